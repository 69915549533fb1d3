package dev.playground.engine.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of model connection, and everything a kind needs in one place: its command-line and
 * display names, the environment variable its key usually lives in, the address used when a
 * connection gives none, an example address for empty fields, a starting model, whether a key is
 * required, and which parameters its API does not take. Which kinds have an adapter is up to the
 * gateway's providers.
 */
public enum ProviderKind {
    /** Calls nothing: shows exactly the request that would be sent. */
    DRY_RUN("dry-run", "Dry run", "", "", "", "dry-run", false, false),
    /** Any server that speaks OpenAI chat completions: vLLM, LM Studio, llama.cpp server, Ollama's /v1. */
    OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible server", "OPENAI_API_KEY", "", "http://localhost:8000/v1", "", false, true),
    OPENAI("openai", "OpenAI", "OPENAI_API_KEY", "https://api.openai.com/v1", "https://api.openai.com/v1", "gpt-4o-mini", true, true),
    ANTHROPIC("anthropic", "Anthropic", "ANTHROPIC_API_KEY", "https://api.anthropic.com/v1", "https://api.anthropic.com/v1",
            "claude-haiku-4-5", true, false),
    GEMINI("gemini", "Gemini", "GEMINI_API_KEY", "https://generativelanguage.googleapis.com/v1beta",
            "https://generativelanguage.googleapis.com/v1beta", "gemini-2.0-flash", true, false),
    OLLAMA("ollama", "Ollama", "", "http://localhost:11434", "http://localhost:11434", "llama3.2", false, true),
    /**
     * Databricks Model Serving / Foundation Model APIs: OpenAI-compatible at https://HOST/serving-endpoints.
     * No fixed address: an empty base URL means the workspace in $DATABRICKS_HOST.
     */
    DATABRICKS("databricks", "Databricks", "DATABRICKS_TOKEN", "", "https://<workspace>/serving-endpoints",
            "databricks-meta-llama-3-3-70b-instruct", true, true),
    /**
     * A GGUF chat model run in-process by llama.cpp (the playground-local module). No address and no key: the
     * connection's model is the path of the model file.
     */
    LOCAL("local", "Local model", "", "", "", "", false, false);

    private static final Map<ProviderKind, Map<ModelParameter, String>> UNSUPPORTED = new EnumMap<>(ProviderKind.class);

    static {
        unsupported(OPENAI, ModelParameter.TOP_K, "OpenAI's chat completions API has no top-k parameter.");
        unsupported(ANTHROPIC, ModelParameter.SEED, "Anthropic's Messages API has no seed: answers cannot be pinned.");
        unsupported(ANTHROPIC, ModelParameter.PRESENCE_PENALTY, "Anthropic's Messages API has no presence penalty.");
        unsupported(ANTHROPIC, ModelParameter.FREQUENCY_PENALTY, "Anthropic's Messages API has no frequency penalty.");
        unsupported(ANTHROPIC, ModelParameter.JSON_MODE, "Anthropic has no plain JSON mode; give a JSON schema instead (structured outputs).");
        unsupported(OLLAMA, ModelParameter.PRESENCE_PENALTY,
                "Ollama's chat API tunes repetition with repeat_penalty, not an OpenAI-style presence penalty.");
        unsupported(OLLAMA, ModelParameter.FREQUENCY_PENALTY,
                "Ollama's chat API tunes repetition with repeat_penalty, not an OpenAI-style frequency penalty.");
        unsupported(DATABRICKS, ModelParameter.SEED, "Databricks serving endpoints do not document a seed parameter.");
        unsupported(DATABRICKS, ModelParameter.PRESENCE_PENALTY, "Databricks serving endpoints do not document a presence penalty.");
        unsupported(DATABRICKS, ModelParameter.FREQUENCY_PENALTY, "Databricks serving endpoints do not document a frequency penalty.");
    }

    private final String cliName;
    private final String displayName;
    private final String keyVariable;
    private final String defaultBaseUrl;
    private final String exampleBaseUrl;
    private final String starterModel;
    private final boolean keyRequired;
    private final boolean embeddings;

    ProviderKind(String cliName, String displayName, String keyVariable, String defaultBaseUrl, String exampleBaseUrl,
                 String starterModel, boolean keyRequired, boolean embeddings) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.keyVariable = keyVariable;
        this.defaultBaseUrl = defaultBaseUrl;
        this.exampleBaseUrl = exampleBaseUrl;
        this.starterModel = starterModel;
        this.keyRequired = keyRequired;
        this.embeddings = embeddings;
    }

    private static void unsupported(ProviderKind kind, ModelParameter parameter, String reason) {
        UNSUPPORTED.computeIfAbsent(kind, k -> new EnumMap<>(ModelParameter.class)).put(parameter, reason);
    }

    /** The name on the command line and in files: "openai-compatible". */
    public String cliName() {
        return cliName;
    }

    /** The provider's own name, for lists and new connections: "OpenAI-compatible server". */
    public String displayName() {
        return displayName;
    }

    /** The environment variable a key for this kind usually lives in; empty when it takes none. */
    public String keyVariable() {
        return keyVariable;
    }

    /** The address used when a connection gives none; empty when the kind has no public one (it must be given). */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** A typical address, shown in empty base-URL fields. */
    public String exampleBaseUrl() {
        return exampleBaseUrl;
    }

    /** A model to start a new connection with; empty when the server decides. */
    public String starterModel() {
        return starterModel;
    }

    /** Whether a call cannot go out without a key (local and self-hosted servers usually need none). */
    public boolean keyRequired() {
        return keyRequired;
    }

    /** Whether calls stay on this machine without any network (the offline switch lets them through). */
    public boolean inProcess() {
        return this == LOCAL || this == DRY_RUN;
    }

    /** Whether a connection must give its own base URL. */
    public boolean baseUrlRequired() {
        return this == OPENAI_COMPATIBLE;
    }

    /** Whether collections can embed with this kind's models. */
    public boolean hasEmbeddings() {
        return embeddings;
    }

    /**
     * The provider name the price table is searched under. Servers that only speak OpenAI's protocol,
     * and a dry run (which shows what the chosen model would cost), match the model under any provider.
     */
    public String priceProvider() {
        return switch (this) {
            case OPENAI_COMPATIBLE, DATABRICKS, DRY_RUN -> "";
            case LOCAL -> "local";
            default -> cliName;
        };
    }

    /** The address a connection of this kind calls: its own, else the kind's default (may be empty). */
    public String baseUrlOf(Connection connection) {
        String url = connection.baseUrl();
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        return url.isEmpty() ? defaultBaseUrl : url;
    }

    /** Every parameter this kind's API does not take, with the reason (worded for a tooltip). */
    public Map<ModelParameter, String> unsupportedParameters() {
        return Collections.unmodifiableMap(UNSUPPORTED.getOrDefault(this, Map.of()));
    }

    public static ProviderKind fromCliName(String name) {
        for (ProviderKind kind : values()) {
            if (kind.cliName.equals(name.toLowerCase(Locale.ROOT)) || kind.name().equalsIgnoreCase(name)) return kind;
        }
        throw new IllegalArgumentException("Unknown provider '" + name + "'. Known: "
                + String.join(", ", Arrays.stream(values()).map(ProviderKind::cliName).toList()) + ".");
    }
}
