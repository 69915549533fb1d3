package dev.playground.ui.settings.connections;

import dev.playground.engine.model.ProviderKind;

/**
 * Starting points for a new connection: each provider, and the common OpenAI-compatible servers with
 * their usual local address. Everything it fills in can be edited before saving.
 */
public enum ConnectionPreset {
    OPENAI(ProviderKind.OPENAI),
    ANTHROPIC(ProviderKind.ANTHROPIC),
    GEMINI(ProviderKind.GEMINI),
    OLLAMA(ProviderKind.OLLAMA, "Ollama", ProviderKind.OLLAMA.defaultBaseUrl(), "", ProviderKind.OLLAMA.starterModel()),
    /** Empty base URL: the gateway takes the workspace from DATABRICKS_HOST. */
    DATABRICKS(ProviderKind.DATABRICKS),
    VLLM(ProviderKind.OPENAI_COMPATIBLE, "vLLM", "http://localhost:8000/v1", "", ""),
    LM_STUDIO(ProviderKind.OPENAI_COMPATIBLE, "LM Studio", "http://localhost:1234/v1", "", ""),
    LLAMA_CPP(ProviderKind.OPENAI_COMPATIBLE, "llama.cpp server", "http://localhost:8080/v1", "", ""),
    OTHER_COMPATIBLE(ProviderKind.OPENAI_COMPATIBLE, "OpenAI-compatible server", "http://localhost:8000/v1", "", ""),
    DRY_RUN(ProviderKind.DRY_RUN, "Dry run", "", "", "dry-run");

    private final ProviderKind kind;
    private final String name;
    private final String baseUrl;
    private final String apiKeyEnv;
    private final String model;

    /** A provider's own service: its name, key variable and starter model as {@link ProviderKind} gives them. */
    ConnectionPreset(ProviderKind kind) {
        this(kind, kind.displayName(), "", kind.keyVariable(), kind.starterModel());
    }

    ConnectionPreset(ProviderKind kind, String name, String baseUrl, String apiKeyEnv, String model) {
        this.kind = kind;
        this.name = name;
        this.baseUrl = baseUrl;
        this.apiKeyEnv = apiKeyEnv;
        this.model = model;
    }

    public ProviderKind kind() { return kind; }
    public String defaultName() { return name; }
    public String baseUrl() { return baseUrl; }
    public String apiKeyEnv() { return apiKeyEnv; }
    public String model() { return model; }

    /** Bundle key of the menu entry. */
    public String labelKey() {
        return "connections.preset." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
