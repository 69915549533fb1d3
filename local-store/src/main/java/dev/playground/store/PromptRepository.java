package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prompts and their immutable, numbered versions, with tags, search and archiving. */
public interface PromptRepository {
    /** Saves {@code document} as the next version (1, 2, …) of {@code name}, creating the prompt if new. */
    default PromptVersion saveVersion(String name, PromptDocument document, String commitMessage, String author) {
        return saveVersion(name, document, commitMessage, author, Map.of());
    }

    /** As above, with extra sections (judge settings, scores, kept foreign fields) stored next to the version. */
    PromptVersion saveVersion(String name, PromptDocument document, String commitMessage, String author, Map<String, Object> extras);

    /** Prompts that are not archived, most recently changed first. */
    default List<PromptSummary> listPrompts() {
        return search(PromptQuery.all());
    }

    List<PromptSummary> search(PromptQuery query);

    Optional<PromptSummary> summary(String name);

    List<PromptVersion> versions(String name);

    Optional<PromptVersion> version(String name, int version);

    default Optional<PromptVersion> latest(String name) {
        List<PromptVersion> all = versions(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Hides the prompt from the library; its versions stay and {@link #unarchive} brings it back. */
    void archive(String name);

    void unarchive(String name);

    void setPromptTags(String name, Collection<String> tags);

    void setVersionTags(String name, int version, Collection<String> tags);
}
