package dev.playground.engine.compare;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import java.util.Objects;

/**
 * One column of a comparison: a prompt (a saved version or the current draft) run on a connection
 * and model with parameters, with retrieval on (settings naming a collection) or off
 * ({@link RetrievalSettings#OFF}). {@code promptRef} says where the prompt came
 * from, e.g. "draft" or "support-bot@3", so a winner can be promoted. {@code tools} are the prompt's tools
 * ({@link ToolSet#EMPTY} for none): with tools, each sample runs the tool loop.
 */
public record Variant(String id, String label, PromptTemplate template, String promptRef, Connection connection, String model,
                      ModelSettings settings, RetrievalSettings retrieval, ToolSet tools) {
    /** The {@code promptRef} of a prompt that has no name yet. */
    public static final String DRAFT = "draft";

    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(connection, "connection");
        promptRef = promptRef == null || promptRef.isBlank() ? DRAFT : promptRef.strip();
        model = model == null || model.isBlank() ? connection.defaultModel() : model.strip();
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        retrieval = retrieval == null ? RetrievalSettings.OFF : retrieval;
        label = label == null || label.isBlank() ? model : label;
        tools = tools == null ? ToolSet.EMPTY : tools;
    }

    /** A variant whose prompt has no tools. */
    public Variant(String id, String label, PromptTemplate template, String promptRef, Connection connection, String model,
                   ModelSettings settings, RetrievalSettings retrieval) {
        this(id, label, template, promptRef, connection, model, settings, retrieval, ToolSet.EMPTY);
    }

    public Variant withTools(ToolSet value) {
        return new Variant(id, label, template, promptRef, connection, model, settings, retrieval, value);
    }

    public Variant withId(String value) {
        return new Variant(value, label, template, promptRef, connection, model, settings, retrieval, tools);
    }

    public Variant withLabel(String value) {
        return new Variant(id, value, template, promptRef, connection, model, settings, retrieval, tools);
    }

    public Variant withModel(String value) {
        return new Variant(id, label, template, promptRef, connection, value, settings, retrieval, tools);
    }

    public Variant withSettings(ModelSettings value) {
        return new Variant(id, label, template, promptRef, connection, model, value, retrieval, tools);
    }

    /**
     * The prompt name the run log files this variant's calls under: the prompt (or prompt@version)
     * it names, or empty for an unnamed draft.
     */
    public String runLogName() {
        return DRAFT.equals(promptRef) ? "" : promptRef;
    }

    public boolean retrievalOn() {
        return retrieval.enabled();
    }

    public Variant withRetrieval(RetrievalSettings value) {
        return new Variant(id, label, template, promptRef, connection, model, settings, value, tools);
    }
}
