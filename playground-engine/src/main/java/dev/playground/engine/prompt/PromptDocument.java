package dev.playground.engine.prompt;

import dev.playground.engine.model.ModelSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a prompt version or a draft holds: the messages, which connection and model to
 * run them on with which settings, and the values last used for the variables.
 */
public record PromptDocument(PromptTemplate template, String connectionId, String model, ModelSettings settings,
                             Map<String, String> variables) {
    public PromptDocument {
        template = template == null ? PromptTemplate.systemAndUser("", "") : template;
        connectionId = connectionId == null ? "" : connectionId;
        model = model == null ? "" : model;
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        variables = variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public static PromptDocument of(PromptTemplate template) {
        return new PromptDocument(template, "", "", ModelSettings.DEFAULTS, Map.of());
    }
}
