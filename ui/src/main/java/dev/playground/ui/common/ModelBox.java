package dev.playground.ui.common;

import dev.playground.engine.model.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;

/**
 * An editable model picker: typing a name works as in a text field, and the list offers the models
 * the chosen connection has (filled when it opens). The model property follows what is typed or picked.
 */
public final class ModelBox {
    private ModelBox() {}

    public static ComboBox<String> bind(ComboBox<String> box, StringProperty model, Supplier<Connection> connection,
                                        Function<Connection, CompletableFuture<List<String>>> models) {
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(model);
        box.setOnShowing(e -> {
            Connection chosen = connection.get();
            models.apply(chosen).thenAccept(found -> UiThread.run(() -> {
                if (!Objects.equals(chosen, connection.get())) return;
                setItemsKeepingText(box, found);
            }));
        });
        return box;
    }

    /** New items without touching what the field shows: a list change must never blank the value. */
    public static void setItemsKeepingText(ComboBox<String> box, List<String> items) {
        if (box.getItems().equals(items)) return;
        String text = box.getEditor().getText();
        box.getItems().setAll(items);
        if (!Objects.equals(box.getEditor().getText(), text)) box.getEditor().setText(text);
    }
}
