package dev.playground.ui.guard;

import dev.playground.engine.guard.GuardAction;
import dev.playground.engine.guard.GuardPreview;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guardrail lines under the Playground's preview: one per finding ("Would mask EMAIL: ana@… → &lt;EMAIL_1&gt;"),
 * hidden while the rails find nothing.
 */
public final class GuardPreviewView {
    static final String LINE_CLASS = "guard-line";
    private static final int SHOWN = 8;
    private static final int CLIP = 48;

    private final GuardPreviewViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private VBox box;
    @FXML private Label titleLabel;
    @FXML private VBox lines;
    @FXML private Label hintLabel;

    public GuardPreviewView(GuardPreviewViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "GuardPreview.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // The view model outlives this view (a language switch builds a new one): follow it through weak listeners.
        // The lines keep their height; the preview's scroll pane above gives way.
        box.setMinHeight(Region.USE_PREF_SIZE);
        ViewListeners listeners = ViewListeners.of(box);
        listeners.onListChange(viewModel.items(), (ListChangeListener<GuardPreview.Item>) change -> refresh());
        listeners.onChange(viewModel.policySetProperty(), (obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        var items = viewModel.items();
        box.setVisible(!items.isEmpty());
        box.setManaged(!items.isEmpty());
        titleLabel.setText(i18n.text("guard.preview.title", items.size()));
        lines.getChildren().clear();
        for (GuardPreview.Item item : items.subList(0, Math.min(SHOWN, items.size()))) {
            Label line = new Label(line(item));
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.getStyleClass().addAll(LINE_CLASS, "guard-" + item.action().cliName());
            lines.getChildren().add(line);
        }
        if (items.size() > SHOWN) lines.getChildren().add(new Label(i18n.text("guard.preview.more", items.size() - SHOWN)));
        String hint = !viewModel.policySetProperty().get() ? i18n.text("guard.preview.noPolicy")
                : viewModel.blockedProperty().get() ? i18n.text("guard.preview.blocked") : "";
        hintLabel.setText(hint);
        hintLabel.setVisible(!hint.isEmpty());
        hintLabel.setManaged(!hint.isEmpty());
    }

    /** "Would mask EMAIL: ana@correo.es → <EMAIL_1>" in the window's language. */
    String line(GuardPreview.Item item) {
        String text = clip(item.finding().text());
        String kind = item.finding().kind();
        return item.action() == GuardAction.MASK
                ? i18n.text("guard.preview.mask", kind, text, item.placeholder())
                : i18n.text("guard.preview." + item.action().cliName(), kind, text);
    }

    private static String clip(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > CLIP ? t.substring(0, CLIP - 1) + "…" : t;
    }
}
