package dev.playground.ui.history;

import dev.playground.engine.diff.DocumentDiff;
import dev.playground.store.AliasMove;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.store.VersionUsage;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One prompt's history: its versions newest first, a diff of any two (left = base, right =
 * compared), aliases and their moves, tags, and what used the compared version. Restoring hands a
 * version to the editor as the new draft; nothing in the store changes until the user saves.
 */
public final class HistoryViewModel {
    /** An alias and the version it points at. */
    public record AliasEntry(String alias, int version) {}

    /** A status line: a message key and its arguments, or an error text from the store. */
    public record Status(String key, Object... args) {}

    private final UiServices services;
    private final Consumer<PromptVersion> restorer;
    private final ReadOnlyStringWrapper promptName = new ReadOnlyStringWrapper(this, "promptName", "");
    private final ObservableList<PromptVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<AliasEntry> aliases = FXCollections.observableArrayList();
    private final ObservableList<AliasMove> aliasMoves = FXCollections.observableArrayList();
    private final ObservableList<VersionUsage> lineage = FXCollections.observableArrayList();
    private final ObservableList<String> aliasNames = FXCollections.observableArrayList(RegistryNames.WELL_KNOWN_ALIASES);
    private final ObjectProperty<PromptVersion> left = new SimpleObjectProperty<>(this, "left");
    private final ObjectProperty<PromptVersion> right = new SimpleObjectProperty<>(this, "right");
    private final ReadOnlyObjectWrapper<DocumentDiff> diff = new ReadOnlyObjectWrapper<>(this, "diff");
    private final StringProperty tagsText = new SimpleStringProperty(this, "tagsText", "");
    private final StringProperty versionTagsText = new SimpleStringProperty(this, "versionTagsText", "");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final AtomicLong generation = new AtomicLong();

    public HistoryViewModel(UiServices services, Consumer<PromptVersion> restorer) {
        this.services = services;
        this.restorer = restorer;
        left.addListener((obs, old, now) -> updateDiff());
        right.addListener((obs, old, now) -> {
            updateDiff();
            versionTagsText.set(now == null ? "" : String.join(", ", now.tags()));
            loadLineage(now);
        });
    }

    private record Loaded(List<PromptVersion> versions, Map<String, Integer> aliases, List<AliasMove> moves, PromptSummary summary) {}

    /** Loads the prompt's history in the background; a later call wins over an earlier one still loading. */
    public void load(String name) {
        long mine = generation.incrementAndGet();
        promptName.set(name);
        services.executor().submit(() -> new Loaded(services.prompts().versions(name), services.aliases().aliases(name),
                        services.aliases().history(name), services.prompts().summary(name).orElse(null)))
                .whenComplete((loaded, error) -> UiThread.run(() -> {
                    if (generation.get() != mine) return;
                    if (error != null) {
                        status.set(new Status("history.error", cause(error)));
                        return;
                    }
                    show(loaded);
                }));
    }

    private void show(Loaded loaded) {
        Integer keepLeft = left.get() == null ? null : left.get().version();
        Integer keepRight = right.get() == null ? null : right.get().version();
        List<PromptVersion> newestFirst = loaded.versions().reversed();
        aliases.setAll(loaded.aliases().entrySet().stream().map(e -> new AliasEntry(e.getKey(), e.getValue())).toList());
        versions.setAll(newestFirst);
        aliasMoves.setAll(loaded.moves().reversed());
        Set<String> names = new LinkedHashSet<>(RegistryNames.WELL_KNOWN_ALIASES);
        names.addAll(loaded.aliases().keySet());
        aliasNames.setAll(names);
        tagsText.set(loaded.summary() == null ? "" : String.join(", ", loaded.summary().tags()));
        right.set(find(keepRight).orElse(newestFirst.isEmpty() ? null : newestFirst.getFirst()));
        left.set(find(keepLeft).orElse(newestFirst.size() > 1 ? newestFirst.get(1) : right.get()));
        status.set(null);
    }

    private java.util.Optional<PromptVersion> find(Integer number) {
        if (number == null) return java.util.Optional.empty();
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    private void updateDiff() {
        diff.set(left.get() == null || right.get() == null ? null : DocumentDiff.between(left.get().document(), right.get().document()));
    }

    private void loadLineage(PromptVersion version) {
        if (version == null) {
            lineage.clear();
            return;
        }
        services.executor().submit(() -> services.lineage().usages(version.promptName(), version.version()))
                .whenComplete((usages, error) -> UiThread.run(() -> {
                    if (right.get() != version) return;
                    if (error != null) status.set(new Status("history.error", cause(error)));
                    else lineage.setAll(usages);
                }));
    }

    /** Opens the compared version in the editor as the new draft. */
    public void restoreCompared() {
        PromptVersion version = right.get();
        if (version == null) return;
        restorer.accept(version);
        status.set(new Status("history.restored", version.promptName(), version.version()));
    }

    /** Points {@code alias} at the compared version; the move is recorded. */
    public void pointAlias(String alias) {
        PromptVersion version = right.get();
        if (version == null || alias == null || alias.isBlank()) return;
        write(() -> services.aliases().set(version.promptName(), alias.strip(), version.version(), services.author()),
                new Status("history.aliasMoved", alias.strip(), version.version()));
    }

    public void removeAlias(String alias) {
        if (alias == null || promptName.get().isEmpty()) return;
        write(() -> services.aliases().remove(promptName.get(), alias, services.author()), new Status("history.aliasRemoved", alias));
    }

    /** Saves the comma-separated prompt tags. */
    public void saveTags() {
        List<String> tags = split(tagsText.get());
        write(() -> {
            services.prompts().setPromptTags(promptName.get(), tags);
            return null;
        }, new Status("history.tagsSaved"));
    }

    public void saveVersionTags() {
        PromptVersion version = right.get();
        if (version == null) return;
        List<String> tags = split(versionTagsText.get());
        write(() -> {
            services.prompts().setVersionTags(version.promptName(), version.version(), tags);
            return null;
        }, new Status("history.tagsSaved"));
    }

    private static List<String> split(String text) {
        return Arrays.stream((text == null ? "" : text).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Runs a store write in the background, then reloads; a refused write shows why and keeps what was typed. */
    private void write(java.util.concurrent.Callable<?> work, Status done) {
        String name = promptName.get();
        services.executor().submit(work).whenComplete((ignored, error) -> UiThread.run(() -> {
            if (error != null) {
                status.set(new Status("history.error", cause(error)));
                return;
            }
            load(name);
            status.set(done);
        }));
    }

    private static String cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public ReadOnlyStringProperty promptNameProperty() { return promptName.getReadOnlyProperty(); }
    public ObservableList<PromptVersion> versions() { return versions; }
    public ObservableList<AliasEntry> aliases() { return aliases; }
    public ObservableList<AliasMove> aliasMoves() { return aliasMoves; }
    public ObservableList<VersionUsage> lineage() { return lineage; }
    public ObservableList<String> aliasNames() { return aliasNames; }
    public ObjectProperty<PromptVersion> leftProperty() { return left; }
    public ObjectProperty<PromptVersion> rightProperty() { return right; }
    public ReadOnlyObjectProperty<DocumentDiff> diffProperty() { return diff.getReadOnlyProperty(); }
    public StringProperty tagsTextProperty() { return tagsText; }
    public StringProperty versionTagsTextProperty() { return versionTagsText; }
    public ReadOnlyObjectProperty<Status> statusProperty() { return status.getReadOnlyProperty(); }
}
