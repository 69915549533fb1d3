package dev.playground.ui.library;

import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved prompts and the versions of the selected one. */
public final class LibraryViewModel {
    private final UiServices services;
    private final Consumer<PromptVersion> opener;
    private final ObservableList<PromptSummary> prompts = FXCollections.observableArrayList();
    private final ObservableList<PromptVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PromptSummary> selected = new SimpleObjectProperty<>(this, "selected");

    public LibraryViewModel(UiServices services, Consumer<PromptVersion> opener) {
        this.services = services;
        this.opener = opener;
        selected.addListener((obs, old, now) -> loadVersions(now));
    }

    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().name();
        services.executor().submit(() -> services.store().prompts().listPrompts()).thenAccept(list -> UiThread.run(() -> {
            prompts.setAll(list);
            if (keep != null) list.stream().filter(p -> p.name().equals(keep)).findFirst().ifPresent(selected::set);
        }));
    }

    private void loadVersions(PromptSummary prompt) {
        if (prompt == null) {
            versions.clear();
            return;
        }
        services.executor().submit(() -> services.store().prompts().versions(prompt.name()))
                .thenAccept(list -> UiThread.run(() -> versions.setAll(List.copyOf(list).reversed())));
    }

    public void open(PromptVersion version) {
        if (version != null) opener.accept(version);
    }

    public ObservableList<PromptSummary> prompts() { return prompts; }
    public ObservableList<PromptVersion> versions() { return versions; }
    public ObjectProperty<PromptSummary> selectedProperty() { return selected; }
}
