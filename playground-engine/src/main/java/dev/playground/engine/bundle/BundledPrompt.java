package dev.playground.engine.bundle;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A prompt with its versions, prompt-level tags and aliases (alias to version number), as moved between stores and files. */
public record BundledPrompt(String name, List<String> tags, Map<String, Integer> aliases, List<BundledVersion> versions) {
    public BundledPrompt {
        tags = tags == null ? List.of() : List.copyOf(tags);
        aliases = aliases == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(aliases));
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** Only the versions some alias points at: what a team promotes, without every experiment. */
    public BundledPrompt onlyAliasedVersions() {
        Set<Integer> aliased = new HashSet<>(aliases.values());
        return new BundledPrompt(name, tags, aliases, versions.stream().filter(v -> aliased.contains(v.version())).toList());
    }

    /** Leaves out the recorded scores, which are optional in an export. */
    public BundledPrompt withoutScores() {
        return new BundledPrompt(name, tags, aliases, versions.stream().map(v -> {
            Map<String, Object> extras = new TreeMap<>(v.extras());
            extras.remove(BundleFormat.SCORES);
            return v.withExtras(extras);
        }).toList());
    }
}
