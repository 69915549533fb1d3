package dev.playground.ui.compare;

import dev.playground.engine.compare.Variant;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable column: a prompt (draft or saved version), a connection and model with parameters, retrieval on or off. */
public final class VariantColumn {
    private final String id;
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0.7);
    private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", 1024);
    private final BooleanProperty retrieval = new SimpleBooleanProperty(this, "retrieval", false);
    private final ObjectProperty<PromptChoice> prompt = new SimpleObjectProperty<>(this, "prompt", PromptChoice.DRAFT);

    public VariantColumn(String id, Connection connection, String model, double temperature) {
        this.id = id;
        this.connection.set(connection);
        this.model.set(model == null ? "" : model);
        this.temperature.set(temperature);
        // Another connection brings its own model: the old name would be sent to a server that may not have it.
        this.connection.addListener((obs, old, now) -> {
            if (old != null && now != null && !old.id().equals(now.id())) this.model.set(now.defaultModel());
        });
    }

    public VariantColumn copy(String newId) {
        VariantColumn copy = new VariantColumn(newId, connection.get(), model.get(), temperature.get());
        copy.label.set(label.get());
        copy.maxTokens.set(maxTokens.get());
        copy.retrieval.set(retrieval.get());
        copy.prompt.set(prompt.get());
        return copy;
    }

    /**
     * The engine's variant for this column: its saved prompt version ("name@version"), or the draft
     * of {@code promptName} (blank: an unnamed draft), which the run log files its calls under;
     * {@code retrievalSettings} applies when retrieval is on; {@code draftTools} are the draft's tools.
     */
    Variant toVariant(PromptTemplate draft, ToolSet draftTools, RetrievalSettings retrievalSettings, String promptName, java.util.Locale locale) {
        PromptChoice choice = prompt.get() == null ? PromptChoice.DRAFT : prompt.get();
        PromptTemplate template = choice.isDraft() ? draft : choice.template();
        ToolSet tools = choice.isDraft() ? draftTools : choice.tools();
        String ref = !choice.isDraft() ? choice.ref() : promptName == null || promptName.isBlank() ? Variant.DRAFT : promptName;
        Connection chosen = connection.get() == null ? Connection.dryRun() : connection.get();
        String shownLabel = label.get().isBlank() ? displayName(locale) : label.get();
        ModelSettings settings = ModelSettings.of(Math.round(temperature.get() * 100) / 100.0, maxTokens.get());
        return new Variant(id, shownLabel, template, ref, chosen, model.get(), settings, retrieval.get() ? retrievalSettings : RetrievalSettings.OFF,
                tools);
    }

    /** The model and temperature, the temperature written the way {@code locale} writes numbers. */
    public String displayName(java.util.Locale locale) {
        String name = model.get().isBlank() && connection.get() != null ? connection.get().defaultModel() : model.get();
        return (name.isBlank() ? "?" : name) + " · t=" + dev.playground.ui.common.I18n.number(locale, temperature.get(), 2, 2);
    }

    public String id() { return id; }
    public StringProperty labelProperty() { return label; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty modelProperty() { return model; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public IntegerProperty maxTokensProperty() { return maxTokens; }
    public BooleanProperty retrievalProperty() { return retrieval; }
    /** The current draft or a saved prompt version. */
    public ObjectProperty<PromptChoice> promptProperty() { return prompt; }
}
