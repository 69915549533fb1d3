package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import java.time.Instant;

/** One immutable saved version of a prompt. */
public record PromptVersion(String promptName, int version, PromptDocument document, String commitMessage, String author,
                            Instant createdAt) {}
