package dev.playground.engine.suite;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;

/**
 * Where a suite sends its calls, one per variant: a saved connection by name, or a provider described in the file
 * (promptfoo's {@code openai:chat:MODEL} with {@code config.apiBaseUrl}), a model on it, and model settings.
 * {@code source} is the entry as written (a string or a map), written back on export.
 *
 * @param kind      null for a saved connection
 * @param connection the saved connection's name; empty when the provider is described
 */
public record SuiteProvider(String label, String connection, ProviderKind kind, String baseUrl, String apiKeyEnv, String model,
                            ModelSettings settings, Object source) {
    public SuiteProvider {
        connection = connection == null ? "" : connection.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        model = model == null ? "" : model.strip();
        settings = settings == null ? ModelSettings.of(null, null) : settings;
        label = label == null || label.isBlank() ? (connection.isEmpty() ? (kind == null ? "" : kind.cliName()) : connection)
                + (model.isEmpty() ? "" : ":" + model) : label.strip();
    }

    /** The same model and settings on another saved connection ({@code --connection}). */
    public SuiteProvider on(String savedConnection) {
        return new SuiteProvider(label, savedConnection, null, "", "", model, settings, source);
    }
}
