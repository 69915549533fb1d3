package dev.playground.ui.common;

import dev.playground.engine.model.ProviderKind;

/** A typical base URL per provider, shown as the placeholder of base-URL fields. */
public final class BaseUrlExamples {
    private BaseUrlExamples() {}

    public static String of(ProviderKind kind) {
        if (kind == null) return "";
        return switch (kind) {
            case OPENAI -> "https://api.openai.com/v1";
            case ANTHROPIC -> "https://api.anthropic.com/v1";
            case GEMINI -> "https://generativelanguage.googleapis.com/v1beta";
            case OLLAMA -> "http://localhost:11434";
            case DATABRICKS -> "https://<workspace>/serving-endpoints";
            case OPENAI_COMPATIBLE -> "http://localhost:8000/v1";
            case DRY_RUN -> "";
        };
    }
}
