package dev.playground.ui.editor;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.model.Role;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable message of the prompt: its role and template text. */
public final class MessageBlock {
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public MessageBlock(Role role, String text) {
        this.role.set(role);
        this.text.set(text == null ? "" : text);
    }

    public PromptMessage toMessage() {
        return new PromptMessage(role.get(), text.get());
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty textProperty() {
        return text;
    }
}
