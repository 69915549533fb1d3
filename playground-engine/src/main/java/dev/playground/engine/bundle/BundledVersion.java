package dev.playground.engine.bundle;

import dev.playground.engine.prompt.PromptDocument;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One version as a bundle carries it. {@code extras} holds sections beside the document: judge
 * settings, latest scores, and fields of a foreign format that we keep without modelling.
 */
public record BundledVersion(int version, PromptDocument document, String commitMessage, String author, Instant createdAt,
                             List<String> tags, Map<String, Object> extras) {
    public BundledVersion {
        Objects.requireNonNull(document, "document");
        commitMessage = commitMessage == null ? "" : commitMessage;
        author = author == null ? "" : author;
        tags = tags == null ? List.of() : List.copyOf(tags);
        extras = extras == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extras));
    }

    public BundledVersion withExtras(Map<String, Object> value) {
        return new BundledVersion(version, document, commitMessage, author, createdAt, tags, value);
    }
}
