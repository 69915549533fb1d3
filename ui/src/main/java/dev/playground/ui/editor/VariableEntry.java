package dev.playground.ui.editor;

import dev.playground.engine.prompt.TemplateVariables;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One variable the template uses and the (possibly multi-line) value typed for it. */
public final class VariableEntry {
    private final String name;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public VariableEntry(String name, String value) {
        this.name = name;
        this.value.set(value == null ? "" : value);
    }

    public String name() {
        return name;
    }

    /** {@code context} is filled by retrieval; the panel says so, and a typed value is used only when retrieval is off. */
    public boolean reserved() {
        return TemplateVariables.isReserved(name);
    }

    public StringProperty valueProperty() {
        return value;
    }
}
