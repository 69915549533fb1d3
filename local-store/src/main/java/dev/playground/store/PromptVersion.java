package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable saved version of a prompt. {@code tags} can change at any time; {@code extras}
 * holds sections a feature or an import attached (judge settings, scores, fields of a foreign
 * format we keep but do not model).
 */
public record PromptVersion(String promptName, int version, PromptDocument document, String commitMessage, String author,
                            Instant createdAt, List<String> tags, Map<String, Object> extras) {
    public PromptVersion {
        commitMessage = commitMessage == null ? "" : commitMessage;
        author = author == null ? "" : author;
        tags = tags == null ? List.of() : List.copyOf(tags);
        extras = extras == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    public PromptVersion(String promptName, int version, PromptDocument document, String commitMessage, String author,
                         Instant createdAt) {
        this(promptName, version, document, commitMessage, author, createdAt, List.of(), Map.of());
    }
}
