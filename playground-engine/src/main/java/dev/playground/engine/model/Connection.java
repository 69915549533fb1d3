package dev.playground.engine.model;

import java.util.Objects;

/**
 * Where requests go. Holds no secret: {@code apiKeyEnv} names the environment variable to read the
 * key from, and a key typed by the user lives in the {@link dev.playground.engine.provider.SecretResolver}.
 */
public record Connection(String id, String name, ProviderKind kind, String baseUrl, String apiKeyEnv, String defaultModel) {
    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.trim();
        defaultModel = defaultModel == null ? "" : defaultModel.trim();
    }

    public static Connection dryRun() {
        return new Connection("dry-run", "Dry run", ProviderKind.DRY_RUN, "", "", "dry-run");
    }

    public static Connection openAiCompatible(String id, String name, String baseUrl, String apiKeyEnv, String model) {
        return new Connection(id, name, ProviderKind.OPENAI_COMPATIBLE, baseUrl, apiKeyEnv, model);
    }
}
