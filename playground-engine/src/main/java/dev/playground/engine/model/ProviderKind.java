package dev.playground.engine.model;

import java.util.Locale;

/** The kinds of model connection the gateway can talk to. */
public enum ProviderKind {
    /** Calls nothing: shows exactly the request that would be sent. */
    DRY_RUN("dry-run"),
    /** Any server that speaks OpenAI chat completions: OpenAI, vLLM, LM Studio, llama.cpp, Databricks, Ollama's /v1. */
    OPENAI_COMPATIBLE("openai-compatible");

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
        throw new IllegalArgumentException("Unknown provider '" + name + "'. Known: dry-run, openai-compatible.");
    }
}
