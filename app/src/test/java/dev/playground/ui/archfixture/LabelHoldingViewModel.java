package dev.playground.ui.archfixture;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A deliberate rule breaker (app test sources only): a view model that keeps nodes. Never used by the app. */
public final class LabelHoldingViewModel {
    final Label status = new Label();
    final ObjectProperty<Node> graphic = new SimpleObjectProperty<>();
    final String fine = "";
}
