package dev.playground.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code Foo.fxml} next to {@code FooView} with the given view as its controller (the FXML
 * names no fx:controller), so views receive their view model through the constructor.
 */
public final class ViewLoader {
    private ViewLoader() {}

    public static Parent load(Object view, String fxmlName, I18n i18n) {
        URL url = Objects.requireNonNull(view.getClass().getResource(fxmlName), () -> "Missing FXML " + fxmlName);
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxmlName, e);
        }
    }
}
