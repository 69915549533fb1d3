package dev.playground.app.cli;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.DatabricksWorkspace;
import picocli.CommandLine.Option;

/** Where {@code run} and {@code compare} send their calls: the provider, its address and the variable holding the key. */
final class ConnectionOptions {
    @Option(names = "--provider", paramLabel = "KIND", defaultValue = "openai-compatible",
            description = "openai-compatible (default), openai, anthropic, gemini, ollama, databricks, or dry-run (print the request, call nothing).")
    String provider;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Server base URL, e.g. http://localhost:8000/v1. Required for openai-compatible; for databricks the workspace URL "
                    + "(default $DATABRICKS_HOST); the others default to the provider's public API (ollama: http://localhost:11434).")
    String baseUrl;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Environment variable holding the API key (default: OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or "
                    + "DATABRICKS_TOKEN by provider; none for ollama).")
    String apiKeyEnv;

    /** The connection the options describe, with {@code model} as its default model (may be empty). */
    Connection connection(String model) {
        ProviderKind kind;
        try {
            kind = ProviderKind.fromCliName(provider);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (kind == ProviderKind.DRY_RUN) return Connection.dryRun();
        if (kind == ProviderKind.OPENAI_COMPATIBLE && (baseUrl == null || baseUrl.isBlank())) {
            throw new BadInputException("--base-url is required for " + provider + " (e.g. http://localhost:8000/v1).");
        }
        return new Connection("cli-" + kind.cliName(), kind.cliName() + " (command line)", kind, baseUrl,
                apiKeyEnv != null ? apiKeyEnv : defaultKeyVariable(kind), model);
    }

    boolean dryRun() {
        return ProviderKind.DRY_RUN.cliName().equalsIgnoreCase(provider);
    }

    private static String defaultKeyVariable(ProviderKind kind) {
        return switch (kind) {
            case ANTHROPIC -> "ANTHROPIC_API_KEY";
            case GEMINI -> "GEMINI_API_KEY";
            case DATABRICKS -> DatabricksWorkspace.TOKEN_ENV;
            case OLLAMA, DRY_RUN -> "";
            case OPENAI, OPENAI_COMPATIBLE -> "OPENAI_API_KEY";
        };
    }
}
