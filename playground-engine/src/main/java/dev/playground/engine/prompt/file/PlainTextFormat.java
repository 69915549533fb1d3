package dev.playground.engine.prompt.file;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;

/** A plain text file is one user message; its file name (without extension) names the prompt. */
public final class PlainTextFormat {
    private PlainTextFormat() {}

    public static PromptFile read(String text, String name) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) normalized = normalized.substring(1);
        return PromptFile.of(name, PromptDocument.of(PromptTemplate.of(PromptMessage.user(normalized))));
    }
}
