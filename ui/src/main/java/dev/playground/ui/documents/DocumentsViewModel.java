package dev.playground.ui.documents;

import dev.playground.engine.model.Connection;
import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.CollectionSettings;
import dev.playground.engine.retrieval.ContextDefaults;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.FileOutcome;
import dev.playground.engine.retrieval.FolderWatcher;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.IndexReport;
import dev.playground.engine.retrieval.SearchFilter;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.SearchMode;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.index.FileRecord;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.DraftRepository;
import dev.playground.ui.common.EditorDraft;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Documents tab: pick or name a collection, attach files and folders, watch indexing progress
 * (with Cancel), see which files were skipped and why, and search the collection directly.
 */
public final class DocumentsViewModel implements AutoCloseable {
    /** A file of the collection as listed: name, folder, and either its chunk count or why it was skipped. */
    public record FileRow(String name, String folder, boolean indexed, int chunks, String message) {}

    private final DocumentCollections collections;
    private final TaskExecutor executor;
    private final CollectionSettingsViewModel settings;
    private I18n i18n;

    private final ObservableList<String> collectionNames = FXCollections.observableArrayList();
    private final StringProperty collection = new SimpleStringProperty(this, "collection", "");
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(this, "indexing", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObjectProperty<FileRow> selectedFile = new SimpleObjectProperty<>(this, "selectedFile");

    private Cancellation cancellation;
    private FolderWatcher watcher;
    private boolean changedWhileIndexing;
    private int opening;
    private final DocumentsDraft draft;

    public DocumentsViewModel(DocumentCollections collections, TaskExecutor executor, I18n i18n) {
        this(collections, executor, i18n, FXCollections.observableArrayList());
    }

    /** {@code connections}: the saved connections, offered as embedding models (the list follows edits in Settings). */
    public DocumentsViewModel(DocumentCollections collections, TaskExecutor executor, I18n i18n, ObservableList<Connection> connections) {
        this(collections, executor, i18n, connections, null);
    }

    /** {@code drafts}: where the unsaved choices and settings are kept (null: nowhere). */
    public DocumentsViewModel(DocumentCollections collections, TaskExecutor executor, I18n i18n, ObservableList<Connection> connections,
                              DraftRepository drafts) {
        this.collections = collections;
        this.executor = executor;
        this.i18n = i18n;
        this.settings = new CollectionSettingsViewModel(connections, i18n);
        this.draft = drafts == null ? null : new DocumentsDraft(this, drafts, executor);
        if (draft != null) draft.draft().onFailure(failure -> status.set(this.i18n.text("documents.settings.autosaveFailed", rootMessage(failure))));
        collection.addListener((obs, old, now) -> onCollectionChosen(now));
        refreshNames();
    }

    /** The unsaved choices and settings kept as a draft (null without a store); the window restores it at start-up. */
    public EditorDraft<?> draft() {
        return draft == null ? null : draft.draft();
    }

    /** Whether a collection is being opened (its saved settings are not in the form yet). */
    boolean opening() {
        return opening > 0;
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        settings.setI18n(i18n);
    }

    /** The collection folders are listed off the FX thread; the first one is chosen when none is yet. */
    private void refreshNames() {
        executor.submit(collections::names).whenComplete((names, failure) -> UiThread.run(() -> {
            if (failure != null) {
                status.set(i18n.text("documents.error.list", rootMessage(failure)));
                return;
            }
            collectionNames.setAll(names);
            // Chosen for the person, not by them: not an edit to keep.
            if (collection.get().isEmpty() && !names.isEmpty()) quietly(() -> collection.set(names.getFirst()));
        }));
    }

    private void quietly(Runnable change) {
        if (draft == null) change.run();
        else draft.quietly(change);
    }

    private void onCollectionChosen(String name) {
        stopWatching();
        files.clear();
        results.clear();
        if (name == null || name.isBlank()) return;
        opening++;
        executor.submit(() -> {
            DocumentCollection chosen = collections.open(name.strip());
            Opened opened = new Opened(rows(chosen), chosen.settings());
            startWatching(chosen);
            return opened;
        }).whenComplete((opened, failure) -> UiThread.run(() -> {
            opening--;
            if (failure != null) {
                status.set(i18n.text("documents.error.open", name, rootMessage(failure)));
            } else {
                List<FileRow> rows = opened.rows();
                files.setAll(rows);
                if (draft == null) settings.load(opened.settings());
                else draft.loaded(name, () -> settings.load(opened.settings()));
                if (!collectionNames.contains(name.strip())) collectionNames.add(name.strip());
                status.set(i18n.text("documents.status.ready", rows.size()));
            }
        }));
    }

    private record Opened(List<FileRow> rows, CollectionSettings settings) {}

    /**
     * Saves the settings form. A new splitter, size, overlap or embedding model re-indexes in the
     * background (progress and Cancel as usual); chunk format, top k and minimum score apply at once.
     */
    public void applySettings() {
        String name = collection.get().strip();
        if (name.isEmpty()) {
            status.set(i18n.text("documents.error.noCollection"));
            return;
        }
        if (indexing.get()) {
            status.set(i18n.text("documents.settings.busy"));
            return;
        }
        Optional<CollectionSettingsViewModel.Values> values = settings.values();
        if (values.isEmpty()) return;
        CollectionSettingsViewModel.Values chosen = values.get();
        executor.submit(() -> {
            DocumentCollection target = collections.open(name);
            CollectionSettings before = target.settings();
            target.setChunking(chosen.chunking());
            target.setEmbedding(chosen.embedding());
            target.setContextDefaults(chosen.context());
            boolean reindex = !before.chunking().equals(chosen.chunking()) || !before.embedding().equals(chosen.embedding());
            return new Applied(target.settings(), reindex);
        }).whenComplete((applied, failure) -> UiThread.run(() -> {
            if (failure != null) {
                status.set(i18n.text("documents.error.open", name, rootMessage(failure)));
                return;
            }
            if (draft == null) {
                settings.load(applied.settings());
            } else {
                draft.quietly(() -> settings.load(applied.settings()));
                draft.applied();
            }
            status.set(i18n.text(applied.reindex() ? "documents.settings.reindexing" : "documents.settings.saved"));
            if (applied.reindex()) reindex();
        }));
    }

    private record Applied(CollectionSettings settings, boolean reindex) {}

    /** Attaches files or folders (from the picker or a drop) and indexes them. */
    public void attach(List<Path> paths) {
        String name = collection.get().strip();
        if (name.isEmpty()) {
            status.set(i18n.text("documents.error.noCollection"));
            return;
        }
        List<Path> existing = paths.stream().filter(Files::exists).toList();
        if (existing.isEmpty()) return;
        executor.submit(() -> {
            DocumentCollection target = collections.open(name);
            for (Path path : existing) target.attach(new Source(path, List.of()));
            return target;
        }).whenComplete((target, failure) -> UiThread.run(() -> {
            if (failure != null) {
                status.set(i18n.text("documents.error.open", name, rootMessage(failure)));
            } else {
                if (!collectionNames.contains(name)) collectionNames.add(name);
                restartWatching(target);
                reindex();
            }
        }));
    }

    /** Brings the index up to date in the background; progress and Cancel are shown meanwhile. */
    public void reindex() {
        String name = collection.get().strip();
        if (name.isEmpty() || indexing.get()) {
            changedWhileIndexing = indexing.get();
            return;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        indexing.set(true);
        progress.set(-1);
        status.set(i18n.text("documents.status.starting"));
        executor.submit(() -> {
            DocumentCollection target = collections.open(name);
            IndexReport report = target.update(this::onProgress, cancel);
            return new Finished(report, rows(target));
        }).whenComplete((finished, failure) -> UiThread.run(() -> {
            indexing.set(false);
            progress.set(failure == null ? 1 : 0);
            if (failure != null) {
                status.set(i18n.text("documents.error.index", rootMessage(failure)));
                return;
            }
            files.setAll(finished.rows());
            IndexReport report = finished.report();
            String summary = i18n.text(report.cancelled() ? "documents.status.cancelled" : "documents.status.done",
                    report.count(FileOutcome.Status.INDEXED), report.count(FileOutcome.Status.UNCHANGED), report.skipped().size());
            status.set(report.embeddingProblem().isEmpty() ? summary
                    : summary + " " + i18n.text("documents.status.embeddingStopped", report.embeddingProblem()));
            if (changedWhileIndexing) {
                changedWhileIndexing = false;
                reindex();
            }
        }));
    }

    private record Finished(IndexReport report, List<FileRow> rows) {}

    private void onProgress(IndexProgress.Phase phase, int done, int total, String current) {
        UiThread.run(() -> {
            progress.set(total == 0 ? -1 : (double) done / total);
            status.set(i18n.text(phase == IndexProgress.Phase.READING ? "documents.status.reading" : "documents.status.embedding",
                    done, total, current));
        });
    }

    public void cancel() {
        if (cancellation != null) cancellation.cancel();
    }

    public void search() {
        String name = collection.get().strip();
        String text = query.get() == null ? "" : query.get().strip();
        if (name.isEmpty() || text.isEmpty()) return;
        executor.submit(() -> {
            DocumentCollection target = collections.open(name);
            ContextDefaults own = target.settings().context();
            return target.searchWithWarning(new SearchRequest(text, own.topK(), own.minScore(), SearchFilter.NONE, SearchMode.HYBRID));
        }).whenComplete((found, failure) -> UiThread.run(() -> {
            if (failure != null) {
                status.set(i18n.text("documents.error.search", rootMessage(failure)));
            } else {
                results.setAll(found.hits());
                String count = i18n.text("documents.status.results", found.hits().size());
                status.set(found.warning().isEmpty() ? count : count + " " + i18n.text("documents.status.keywordOnly", found.warning()));
            }
        }));
    }

    private static List<FileRow> rows(DocumentCollection collection) throws IOException {
        return collection.files().stream().map(DocumentsViewModel::row).toList();
    }

    private static FileRow row(FileRecord record) {
        Path path = Path.of(record.path());
        String folder = path.getParent() == null ? "" : path.getParent().toString();
        String message = record.indexed() ? String.join("; ", record.notes()) : record.message();
        return new FileRow(path.getFileName().toString(), folder, record.indexed(), record.chunks(), message);
    }

    private void restartWatching(DocumentCollection target) {
        stopWatching();
        try {
            startWatching(target);
        } catch (IOException e) {
            status.set(i18n.text("documents.error.watch", e.getMessage()));
        }
    }

    /** Attached folders are followed while the app runs; a burst of saves triggers one re-index. */
    private void startWatching(DocumentCollection target) throws IOException {
        List<Path> roots = target.settings().sources().stream().map(Source::path).toList();
        if (roots.isEmpty()) return;
        FolderWatcher started = new FolderWatcher(roots, Duration.ofMillis(700), changed -> UiThread.run(this::reindex));
        UiThread.run(() -> {
            stopWatching();
            watcher = started;
        });
    }

    private void stopWatching() {
        if (watcher == null) return;
        try {
            watcher.close();
        } catch (IOException ignored) {
            // The watch service is going away either way.
        }
        watcher = null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && (cause instanceof java.util.concurrent.CompletionException || cause.getMessage() == null)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        cancel();
        stopWatching();
    }

    public ObservableList<String> collectionNames() { return collectionNames; }
    public StringProperty collectionProperty() { return collection; }
    public ObservableList<FileRow> files() { return files; }
    public ReadOnlyBooleanProperty indexingProperty() { return indexing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public StringProperty queryProperty() { return query; }
    public ObservableList<SearchHit> results() { return results; }
    public CollectionSettingsViewModel settings() { return settings; }
    /** The file whose details (full path, whole reason) are shown under the list. */
    public ObjectProperty<FileRow> selectedFileProperty() { return selectedFile; }
}
