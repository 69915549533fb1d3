package dev.playground.app.cli;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import picocli.CommandLine.Option;

/**
 * Where {@code run} and {@code compare} send their calls: a saved connection by name (with its key,
 * timeouts, retries and limits), or a provider, its address and the variable holding the key.
 */
final class ConnectionOptions {
    @Option(names = "--connection", paramLabel = "NAME",
            description = "A saved connection (see 'playground connections list'): its URL, key, timeouts, retries and limits.")
    String connectionName;

    @Option(names = "--provider", paramLabel = "KIND",
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

    /**
     * The connection to call: the saved one named by --connection (its policy put in force), else the one
     * the options describe, else the saved connection the prompt itself names, else an OpenAI-compatible
     * server at --base-url. {@code model} becomes an ad-hoc connection's default model (may be empty).
     */
    Connection resolve(ConnectionService saved, String model, String promptConnectionId) {
        if (connectionName != null) {
            if (describesOwn()) {
                throw new BadInputException("--connection " + connectionName + " already says where to send the call; leave out "
                        + "--provider, --base-url and --api-key-env (or drop --connection).");
            }
            return saved.use(connectionName);
        }
        if (!describesOwn() && promptConnectionId != null && !promptConnectionId.isBlank()) {
            var named = saved.find(promptConnectionId);
            if (named.isPresent()) return saved.use(named.get().id());
        }
        return connection(model);
    }

    /** The connection the options describe, with {@code model} as its default model (may be empty). */
    Connection connection(String model) {
        ProviderKind kind = ConnectionsCommand.kind(provider == null ? ProviderKind.OPENAI_COMPATIBLE.cliName() : provider);
        if (kind == ProviderKind.DRY_RUN) return Connection.dryRun();
        if (kind.baseUrlRequired() && (baseUrl == null || baseUrl.isBlank())) {
            throw new BadInputException("--base-url is required for " + kind.cliName() + " (e.g. " + kind.exampleBaseUrl()
                    + "), or give a saved connection with --connection NAME.");
        }
        return new Connection("cli-" + kind.cliName(), kind.cliName() + " (command line)", kind, baseUrl,
                apiKeyEnv != null ? apiKeyEnv : kind.keyVariable(), model);
    }

    boolean dryRun() {
        return connectionName == null && ProviderKind.DRY_RUN.cliName().equalsIgnoreCase(provider);
    }

    private boolean describesOwn() {
        return provider != null || baseUrl != null || apiKeyEnv != null;
    }
}
