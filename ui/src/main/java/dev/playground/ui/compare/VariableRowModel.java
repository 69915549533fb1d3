package dev.playground.ui.compare;

import dev.playground.engine.compare.VariableRow;
import dev.playground.ui.playground.VariableValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One editable row: a value per template variable and the expected answer. */
public final class VariableRowModel {
    private final String id;
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObservableList<VariableValue> values = FXCollections.observableArrayList();
    private final StringProperty expected = new SimpleStringProperty(this, "expected", "");

    public VariableRowModel(String id, String label) {
        this.id = id;
        this.label.set(label);
    }

    /** Keeps typed values for variables that still exist, adds empty ones for new variables. */
    void syncVariables(List<String> names) {
        if (names.equals(values.stream().map(VariableValue::name).toList())) return;
        Map<String, String> previous = new LinkedHashMap<>();
        values.forEach(v -> previous.put(v.name(), v.valueProperty().get()));
        values.setAll(names.stream().map(n -> new VariableValue(n, previous.getOrDefault(n, ""))).toList());
    }

    /** Gives each empty field the value {@code seeds} has for it (the Playground's); typed values stay. */
    void fillBlanks(Map<String, String> seeds) {
        for (VariableValue value : values) {
            String seed = seeds.get(value.name());
            if (value.valueProperty().get().isBlank() && seed != null && !seed.isBlank()) value.valueProperty().set(seed);
        }
    }

    public void set(String variable, String value) {
        values.stream().filter(v -> v.name().equals(variable)).findFirst().ifPresentOrElse(v -> v.valueProperty().set(value),
                () -> values.add(new VariableValue(variable, value)));
    }

    VariableRow toRow() {
        Map<String, String> filled = new LinkedHashMap<>();
        values.forEach(v -> {
            if (!v.valueProperty().get().isBlank()) filled.put(v.name(), v.valueProperty().get());
        });
        return new VariableRow(id, label.get(), filled, expected.get());
    }

    public String id() { return id; }
    public StringProperty labelProperty() { return label; }
    public ObservableList<VariableValue> values() { return values; }
    public StringProperty expectedProperty() { return expected; }
}
