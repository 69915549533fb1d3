package dev.playground.ui.compare;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.AliasRepository;
import dev.playground.store.PromptRepository;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where Compare meets the prompt library: the versions a column can pick instead of the draft,
 * and promoting a winner as a new version with an alias on it.
 */
public final class ComparePrompts {
    public static final String DEFAULT_ALIAS = "champion";

    private final PromptRepository prompts;
    private final AliasRepository aliases;
    private final TaskExecutor executor;
    private final String author;
    private final ObservableList<PromptChoice> choices = FXCollections.observableArrayList(PromptChoice.DRAFT);

    public ComparePrompts(PromptRepository prompts, AliasRepository aliases, TaskExecutor executor, String author) {
        this.prompts = prompts;
        this.aliases = aliases;
        this.executor = executor;
        this.author = author;
    }

    /** Reads the draft choice and every saved version of every library prompt, newest first, off the FX thread. */
    CompletableFuture<List<PromptChoice>> load() {
        return executor.submit(() -> {
            List<PromptChoice> found = new ArrayList<>();
            found.add(PromptChoice.DRAFT);
            for (PromptSummary summary : prompts.listPrompts()) {
                if (summary.archived()) continue;
                List<PromptVersion> versions = new ArrayList<>(prompts.versions(summary.name()));
                Collections.reverse(versions);
                for (PromptVersion version : versions) {
                    List<String> names = summary.aliases().entrySet().stream().filter(e -> e.getValue() == version.version())
                            .map(Map.Entry::getKey).toList();
                    found.add(new PromptChoice(summary.name(), version.version(), names, version.document().template(), version.document().tools()));
                }
            }
            return found;
        });
    }

    /** On the FX thread, with what {@link #load()} found. */
    void show(List<PromptChoice> found) {
        if (!found.equals(choices)) choices.setAll(found);
    }

    /** Saves {@code document} as the next version of {@code name} and points {@code alias} at it, off the FX thread. */
    CompletableFuture<PromptVersion> promote(PromptDocument document, String name, String alias, String message) {
        return executor.submit(() -> {
            PromptVersion version = prompts.saveVersion(name, document, message, author);
            aliases.set(name, alias, version.version(), author);
            return version;
        });
    }

    /** The current draft and the library's saved versions, for the columns' prompt pickers. */
    public ObservableList<PromptChoice> choices() { return choices; }
}
