package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import java.time.Instant;

/** The unsaved state of an editor, kept between sessions. {@code promptName} is empty for a new prompt. */
public record Draft(String id, String promptName, PromptDocument document, Instant updatedAt) {}
