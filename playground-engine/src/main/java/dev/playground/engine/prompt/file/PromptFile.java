package dev.playground.engine.prompt.file;

import dev.playground.engine.prompt.PromptDocument;
import java.util.Objects;

/**
 * A prompt as it lives in a file: a name and description for people, the provider the file was
 * written for ("openai", "anthropic", ...; blank when it does not say), and the document itself.
 */
public record PromptFile(String name, String description, String provider, PromptDocument document) {
    public PromptFile {
        name = Objects.requireNonNullElse(name, "").strip();
        description = Objects.requireNonNullElse(description, "").strip();
        provider = Objects.requireNonNullElse(provider, "").strip();
        Objects.requireNonNull(document, "document");
    }

    public static PromptFile of(String name, PromptDocument document) {
        return new PromptFile(name, "", "", document);
    }
}
