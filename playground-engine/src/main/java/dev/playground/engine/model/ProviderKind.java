package dev.playground.engine.model;

import java.util.Locale;

/** The kinds of model connection the gateway knows. Which have an adapter is up to the gateway's providers. */
public enum ProviderKind {
    /** Calls nothing: shows exactly the request that would be sent. */
    DRY_RUN("dry-run"),
    /** Any server that speaks OpenAI chat completions: vLLM, LM Studio, llama.cpp server, Ollama's /v1. */
    OPENAI_COMPATIBLE("openai-compatible"),
    OPENAI("openai"),
    ANTHROPIC("anthropic"),
    GEMINI("gemini"),
    OLLAMA("ollama"),
    /** Databricks Model Serving / Foundation Model APIs: OpenAI-compatible at https://HOST/serving-endpoints. */
    DATABRICKS("databricks");

    private final String cliName;

    ProviderKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static ProviderKind fromCliName(String name) {
        for (ProviderKind kind : values()) {
            if (kind.cliName.equals(name.toLowerCase(Locale.ROOT)) || kind.name().equalsIgnoreCase(name)) return kind;
        }
        throw new IllegalArgumentException("Unknown provider '" + name + "'. Known: "
                + String.join(", ", java.util.Arrays.stream(values()).map(ProviderKind::cliName).toList()) + ".");
    }
}
