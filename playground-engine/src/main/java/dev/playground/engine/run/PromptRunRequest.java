package dev.playground.engine.run;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.runlog.RunLabel;
import java.util.Map;
import java.util.Objects;

/**
 * One prompt run as either face asks for it: the template with its variable values, the retrieval
 * that fills {@code {{context}}} (off by default), where and how to call the model, and the name the
 * run log files it under (empty for an unsaved draft). {@code sample} numbers repeated samples of the same request (a suite's
 * {@code --repeat}): each is a call (and a cache entry) of its own; 0 for a single run. {@code label} adds the saved
 * version and alias to the name (null: the name alone).
 */
public record PromptRunRequest(PromptTemplate template, Map<String, String> values, RetrievalSettings retrieval,
                               Connection connection, String model, ModelSettings settings, String logName, int sample,
                               RunLabel label) {
    public PromptRunRequest(PromptTemplate template, Map<String, String> values, RetrievalSettings retrieval,
                            Connection connection, String model, ModelSettings settings, String logName, int sample) {
        this(template, values, retrieval, connection, model, settings, logName, sample, null);
    }

    public PromptRunRequest(PromptTemplate template, Map<String, String> values, RetrievalSettings retrieval,
                            Connection connection, String model, ModelSettings settings, String logName) {
        this(template, values, retrieval, connection, model, settings, logName, 0);
    }

    public PromptRunRequest {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(connection, "connection");
        values = Map.copyOf(values);
        retrieval = retrieval == null ? RetrievalSettings.OFF : retrieval;
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        logName = logName == null ? "" : logName;
        label = label == null ? RunLabel.of(logName) : label;
    }

    /** The same request filed in the run log under {@code label} (a saved version, reached through an alias). */
    public PromptRunRequest withLabel(RunLabel label) {
        return new PromptRunRequest(template, values, retrieval, connection, model, settings, label.prompt(), sample, label);
    }
}
