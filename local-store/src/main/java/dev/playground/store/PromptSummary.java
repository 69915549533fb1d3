package dev.playground.store;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A prompt as the library lists it: its tags, and which version each alias points at. */
public record PromptSummary(String name, int latestVersion, Instant updatedAt, List<String> tags, Map<String, Integer> aliases,
                            boolean archived) {
    public PromptSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
        aliases = aliases == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(aliases));
    }

    public PromptSummary(String name, int latestVersion, Instant updatedAt) {
        this(name, latestVersion, updatedAt, List.of(), Map.of(), false);
    }
}
