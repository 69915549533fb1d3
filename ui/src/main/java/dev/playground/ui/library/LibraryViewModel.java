package dev.playground.ui.library;

import dev.playground.store.PromptQuery;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved prompts, found by name, text and tag ({@code tag:x}, {@code @alias} in the search box)
 * and filtered by alias, and the versions of the selected one.
 */
public final class LibraryViewModel {
    private final UiServices services;
    private final Consumer<PromptVersion> opener;
    private final ObservableList<PromptSummary> prompts = FXCollections.observableArrayList();
    private final ObservableList<PromptVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PromptSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    /** "" means every prompt. */
    private final StringProperty aliasFilter = new SimpleStringProperty(this, "aliasFilter", "");
    private final ObservableList<String> aliasChoices = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private Consumer<String> historyOpener = name -> {};

    public LibraryViewModel(UiServices services, Consumer<PromptVersion> opener) {
        this.services = services;
        this.opener = opener;
        selected.addListener((obs, old, now) -> loadVersions(now));
        aliasChoices.add("");
        aliasChoices.addAll(RegistryNames.WELL_KNOWN_ALIASES);
        query.addListener((obs, old, now) -> refresh());
        aliasFilter.addListener((obs, old, now) -> refresh());
    }

    /** Searches again; results of an older search that arrive late are dropped. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().name());
    }

    /** After a save: the list searched again with this prompt selected and its versions (the new one first) shown. */
    public void show(String name) {
        refresh(name);
    }

    private void refresh(String keep) {
        long mine = generation.incrementAndGet();
        PromptQuery search = PromptQuery.parse(query.get(), false);
        String alias = aliasFilter.get();
        if (alias != null && !alias.isBlank()) search = search.withAlias(alias);
        PromptQuery finalSearch = search;
        services.executor().submit(() -> services.prompts().search(finalSearch)).thenAccept(list -> UiThread.run(() -> {
            if (generation.get() != mine) return;
            prompts.setAll(list);
            if (keep != null) list.stream().filter(p -> p.name().equals(keep)).findFirst().ifPresent(found -> {
                boolean same = found.equals(selected.get());
                selected.set(found);
                if (same) loadVersions(found);
            });
            TreeSet<String> seen = new TreeSet<>();
            list.forEach(p -> seen.addAll(p.aliases().keySet()));
            seen.removeAll(aliasChoices);
            aliasChoices.addAll(seen);
        }));
    }

    /** Who shows a prompt's history (the window's history tab). */
    public void setHistoryOpener(Consumer<String> opener) {
        this.historyOpener = opener;
    }

    public void openHistory() {
        if (selected.get() != null) historyOpener.accept(selected.get().name());
    }

    private void loadVersions(PromptSummary prompt) {
        if (prompt == null) {
            versions.clear();
            return;
        }
        services.executor().submit(() -> services.prompts().versions(prompt.name()))
                .thenAccept(list -> UiThread.run(() -> versions.setAll(List.copyOf(list).reversed())));
    }

    /** A fresh import; the list is searched again after it writes. */
    public BundleImportViewModel newImport() {
        return new BundleImportViewModel(services, this::refresh);
    }

    /** A fresh export that offers the selected prompt on its own. */
    public BundleExportViewModel newExport() {
        return new BundleExportViewModel(services, selected.get() == null ? null : selected.get().name());
    }

    public void open(PromptVersion version) {
        if (version != null) opener.accept(version);
    }

    public ObservableList<PromptSummary> prompts() { return prompts; }
    public ObservableList<PromptVersion> versions() { return versions; }
    public ObjectProperty<PromptSummary> selectedProperty() { return selected; }
    public StringProperty queryProperty() { return query; }
    public StringProperty aliasFilterProperty() { return aliasFilter; }
    public ObservableList<String> aliasChoices() { return aliasChoices; }
}
