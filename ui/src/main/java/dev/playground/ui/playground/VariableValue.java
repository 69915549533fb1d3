package dev.playground.ui.playground;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One template variable and the value the user gave it. */
public final class VariableValue {
    private final String name;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public VariableValue(String name, String value) {
        this.name = name;
        this.value.set(value == null ? "" : value);
    }

    public String name() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
