package dev.playground.ui.tools;

import dev.playground.engine.model.ToolDefinition;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One tool as it is being edited: its name, description, parameters text (JSON or YAML) and saved mock answers,
 * with what is wrong with it in plain words ({@link #problemProperty}, empty when it can be sent).
 */
public final class ToolItem {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty parameters = new SimpleStringProperty(this, "parameters", "");
    private final ObservableList<StringProperty> mocks = FXCollections.observableArrayList(mock -> new Observable[] {mock});
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper nameWrong = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "nameWrong");
    private final javafx.beans.property.ReadOnlyBooleanWrapper parametersWrong = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "parametersWrong");
    /** The parameters as loaded and the text they were shown as: unchanged text gives them back exactly. */
    private final String loadedParameters;
    private final String loadedText;

    ToolItem(ToolDefinition tool) {
        name.set(tool.name());
        description.set(tool.description());
        loadedParameters = tool.parameters();
        loadedText = SchemaText.shown(tool.parameters());
        parameters.set(loadedText);
        tool.mocks().forEach(this::addMock);
    }

    /** Everything that changes what the tool is, for a list that watches its items. */
    Observable[] watched() {
        return new Observable[] {name, description, parameters, mocks};
    }

    StringProperty addMock(String text) {
        StringProperty mock = new SimpleStringProperty(this, "mock", text == null ? "" : text);
        mocks.add(mock);
        return mock;
    }

    /** The tool as the prompt keeps it; blank mock answers are left out. */
    public ToolDefinition definition() {
        String text = parameters.get() == null ? "" : parameters.get();
        String kept = text.equals(loadedText) ? loadedParameters : SchemaText.stored(text);
        List<String> answers = mocks.stream().map(StringProperty::get).filter(m -> m != null && !m.isBlank()).toList();
        return new ToolDefinition(name.get(), description.get(), kept, answers);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty parametersProperty() { return parameters; }
    public ObservableList<StringProperty> mocks() { return mocks; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    void setProblems(ToolProblems.Found found) {
        nameWrong.set(!found.name().isEmpty());
        parametersWrong.set(!found.parameters().isEmpty());
        problem.set(found.joined());
    }

    /** True while the name is what is wrong (empty, a bad character, a duplicate). */
    public javafx.beans.property.ReadOnlyBooleanProperty nameWrongProperty() { return nameWrong.getReadOnlyProperty(); }
    /** True while the parameters are what is wrong. */
    public javafx.beans.property.ReadOnlyBooleanProperty parametersWrongProperty() { return parametersWrong.getReadOnlyProperty(); }

    @Override
    public String toString() {
        return name.get();
    }
}
