package dev.playground.engine.retrieval;

import java.util.Set;

/**
 * Restricts a search to chunks whose file (full path or file name), folder (any ancestor), type
 * (extension), tag and page fall within the given values. Empty sets and null pages mean "any".
 */
public record SearchFilter(Set<String> files, Set<String> folders, Set<String> types, Set<String> tags,
                           Integer pageFrom, Integer pageTo) {
    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);

    public SearchFilter {
        files = files == null ? Set.of() : Set.copyOf(files);
        folders = folders == null ? Set.of() : Set.copyOf(folders);
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    public boolean isEmpty() {
        return files.isEmpty() && folders.isEmpty() && types.isEmpty() && tags.isEmpty() && pageFrom == null && pageTo == null;
    }
}
