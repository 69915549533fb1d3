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
    private static final Object SCALED = new Object();

    private ViewLoader() {}

    public static Parent load(Object view, String fxmlName, I18n i18n) {
        URL url = Objects.requireNonNull(view.getClass().getResource(fxmlName), () -> "Missing FXML " + fxmlName);
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle());
        loader.setController(view);
        try {
            Parent root = loader.load();
            scaleSizes(root, Theme.fontScale());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxmlName, e);
        }
    }

    /**
     * With larger text (Theme.fontScale), the widths and heights an FXML file fixes in pixels (a sidebar's width,
     * a table's columns) grow in step, so the words still fit. Sizes left to the layout are untouched.
     */
    static void scaleSizes(javafx.scene.Node node, double factor) {
        // A view built inside another one's loading (the Playground in the main window) is scaled once.
        if (factor == 1 || node.getProperties().putIfAbsent(SCALED, Boolean.TRUE) != null) return;
        if (node instanceof javafx.scene.layout.Region region) {
            // A size bound to something else (a view that scales it itself) is left alone.
            if (region.getPrefWidth() > 0 && !region.prefWidthProperty().isBound()) region.setPrefWidth(region.getPrefWidth() * factor);
            if (region.getMinWidth() > 0 && !region.minWidthProperty().isBound()) region.setMinWidth(region.getMinWidth() * factor);
            if (region.getMaxWidth() > 0 && region.getMaxWidth() < Double.MAX_VALUE && !region.maxWidthProperty().isBound()) {
                region.setMaxWidth(region.getMaxWidth() * factor);
            }
            if (region.getPrefHeight() > 0 && !region.prefHeightProperty().isBound()) region.setPrefHeight(region.getPrefHeight() * factor);
            if (region.getMinHeight() > 0 && !region.minHeightProperty().isBound()) region.setMinHeight(region.getMinHeight() * factor);
        }
        if (node instanceof javafx.scene.control.TableView<?> table) {
            for (var column : table.getColumns()) column.setPrefWidth(column.getPrefWidth() * factor);
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) scaleSizes(scroll.getContent(), factor);
        if (node instanceof javafx.scene.control.SplitPane split) split.getItems().forEach(item -> scaleSizes(item, factor));
        if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(tab -> {
                if (tab.getContent() != null) scaleSizes(tab.getContent(), factor);
            });
        }
        if (node instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) scaleSizes(titled.getContent(), factor);
        if (node instanceof javafx.scene.control.Control) return;
        if (node instanceof javafx.scene.Parent parent) parent.getChildrenUnmodifiable().forEach(child -> scaleSizes(child, factor));
    }
}
