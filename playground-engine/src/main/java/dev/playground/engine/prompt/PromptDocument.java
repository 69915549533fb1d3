package dev.playground.engine.prompt;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a prompt version or a draft holds: the messages; which connection and model to run
 * them on with which settings; the values last used for the variables; named sets of test
 * inputs; retrieval settings; and the tools the model may call.
 */
public record PromptDocument(PromptTemplate template, String connectionId, String model, ModelSettings settings,
                             Map<String, String> variables, Map<String, Map<String, String>> testInputs,
                             RetrievalSettings retrieval, ToolSet tools) {
    public PromptDocument {
        template = template == null ? PromptTemplate.systemAndUser("", "") : template;
        connectionId = connectionId == null ? "" : connectionId;
        model = model == null ? "" : model;
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        testInputs = testInputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(testInputs));
        retrieval = retrieval == null ? RetrievalSettings.OFF : retrieval;
        tools = tools == null ? ToolSet.EMPTY : tools;
    }

    /** A document without tools (the shape before tools existed). */
    public PromptDocument(PromptTemplate template, String connectionId, String model, ModelSettings settings,
                          Map<String, String> variables, Map<String, Map<String, String>> testInputs, RetrievalSettings retrieval) {
        this(template, connectionId, model, settings, variables, testInputs, retrieval, ToolSet.EMPTY);
    }

    public PromptDocument withTools(ToolSet newTools) {
        return new PromptDocument(template, connectionId, model, settings, variables, testInputs, retrieval, newTools);
    }

    public PromptDocument withTemplate(PromptTemplate newTemplate) {
        return new PromptDocument(newTemplate, connectionId, model, settings, variables, testInputs, retrieval, tools);
    }

    public PromptDocument(PromptTemplate template, String connectionId, String model, ModelSettings settings, Map<String, String> variables) {
        this(template, connectionId, model, settings, variables, Map.of(), RetrievalSettings.OFF);
    }

    public static PromptDocument of(PromptTemplate template) {
        return new PromptDocument(template, "", "", ModelSettings.DEFAULTS, Map.of());
    }
}
