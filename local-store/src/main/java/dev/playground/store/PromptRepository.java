package dev.playground.store;

import dev.playground.engine.prompt.PromptDocument;
import java.util.List;
import java.util.Optional;

/** Prompts and their immutable, numbered versions. */
public interface PromptRepository {
    /** Saves {@code document} as the next version (1, 2, …) of {@code name}, creating the prompt if new. */
    PromptVersion saveVersion(String name, PromptDocument document, String commitMessage, String author);

    List<PromptSummary> listPrompts();

    List<PromptVersion> versions(String name);

    Optional<PromptVersion> version(String name, int version);

    default Optional<PromptVersion> latest(String name) {
        List<PromptVersion> all = versions(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
