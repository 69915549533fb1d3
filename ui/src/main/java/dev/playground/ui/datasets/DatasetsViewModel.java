package dev.playground.ui.datasets;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetFiles;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetSummary;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.dataset.DatasetVersionInfo;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.DraftRepository;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.EditorDraft;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Datasets view: the stored datasets and their versions, one version open in the grid, and the file and store
 * work (import, export, save as a new version) done on the executor through {@link DatasetService}, never on the
 * FX thread. The grid and its undo live in {@link DatasetGridModel}.
 */
public final class DatasetsViewModel {
    private final DatasetService service;
    private final TaskExecutor executor;
    private final String author;
    private I18n i18n;
    private final DatasetGridModel grid = new DatasetGridModel();
    private final ObservableList<DatasetSummary> datasets = FXCollections.observableArrayList();
    private final ObservableList<DatasetVersionInfo> versions = FXCollections.observableArrayList();
    /** The name the grid saves under: the open dataset's, or one typed for a new dataset. */
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    /** {@code NAME/VERSION} of the version the grid started from; empty for a new dataset or an imported file. */
    private final ReadOnlyStringWrapper openedFrom = new ReadOnlyStringWrapper(this, "openedFrom", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final EditorDraft<DatasetDraft> draft;
    private Generation generation;

    /** {@code drafts}: where unsaved grid edits are kept until saved as a version (null: nowhere). */
    public DatasetsViewModel(DatasetService service, DraftRepository drafts, TaskExecutor executor, String author, I18n i18n) {
        this.service = service;
        this.executor = executor;
        this.author = author;
        this.i18n = i18n;
        this.draft = drafts == null ? null : new EditorDraft<>(DraftKind.DATASET, DatasetDraft.class, drafts, executor, this::capture, this::show)
                .watch(name, grid.editsProperty());
        if (draft != null) draft.onFailure(failure -> say(true, this.i18n.text("datasets.error.draft", Failures.readable(failure))));
    }

    /** The grid's unsaved rows kept as a draft (null without a store); the window restores it at start-up. */
    public EditorDraft<DatasetDraft> draft() {
        return draft;
    }

    private DatasetDraft capture() {
        return new DatasetDraft(name.get(), openedFrom.get(), List.copyOf(grid.inputColumns()), List.copyOf(grid.rows()));
    }

    private void show(DatasetDraft state) {
        if (state.rows().isEmpty() && state.openedFrom().isEmpty()) grid.load(new Dataset(List.of()));
        else grid.restore(new Dataset(state.rows()));
        name.set(state.name());
        openedFrom.set(state.openedFrom());
    }

    /** A change that is not an edit (opening a version): the draft does not count it. */
    private void quietly(Runnable change) {
        if (draft == null) change.run();
        else draft.quietly(change);
    }

    /**
     * What "Generate from documents…" needs: a review view model in the window's language, and the models a
     * connection offers (for the model list).
     */
    public record Generation(java.util.function.Function<I18n, GenerateRowsViewModel> viewModels,
                             java.util.function.Function<dev.playground.engine.model.Connection, CompletableFuture<List<String>>> models) {}

    /** Turns "Generate from documents…" on (off without a model gateway). */
    public void enableGeneration(Generation setup) {
        this.generation = setup;
    }

    /** Null when rows cannot be generated in this window. */
    public Generation generation() {
        return generation;
    }

    /** A new "Generate from documents…" review, adding to the dataset named in the grid; null when unavailable. */
    public GenerateRowsViewModel newGeneration() {
        if (generation == null) return null;
        GenerateRowsViewModel review = generation.viewModels().apply(i18n);
        review.datasetProperty().set(name.get() == null ? "" : name.get().strip());
        review.onAdded(this::generated);
        return review;
    }

    /** Rows generated from documents were saved as {@code saved}: list it, and open it unless the grid has unsaved edits. */
    void generated(DatasetVersion saved) {
        refresh();
        showVersions(saved.name());
        if (grid.dirtyProperty().get()) say(false, i18n.text("datasets.generated.kept", saved.reference()));
        else open(saved.name(), saved.version());
    }

    /** The window was rebuilt in another language. */
    public void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Reloads the list of datasets. */
    public CompletableFuture<Void> refresh() {
        return background(service::list, list -> datasets.setAll(list), "datasets.error.load");
    }

    /** Lists the versions of {@code dataset}, newest first. */
    public CompletableFuture<Void> showVersions(String dataset) {
        if (dataset == null || dataset.isBlank()) {
            versions.clear();
            return CompletableFuture.completedFuture(null);
        }
        return background(() -> service.versions(dataset).reversed(), list -> versions.setAll(list), "datasets.error.load");
    }

    /** Opens version {@code version} of {@code dataset} in the grid (edits made before are dropped: ask first). */
    public CompletableFuture<Void> open(String dataset, int version) {
        String reference = dataset + "/" + version;
        return background(() -> service.resolve(reference), loaded -> {
            quietly(() -> {
                grid.load(loaded.dataset());
                name.set(loaded.name());
                openedFrom.set(loaded.reference());
            });
            if (draft != null) draft.clear();
            say(false, i18n.text("datasets.opened", loaded.reference(), loaded.dataset().size()));
        }, "datasets.error.open");
    }

    /** An empty grid for a new dataset. */
    public void newDataset() {
        quietly(() -> {
            grid.load(new Dataset(List.of()));
            name.set("");
            openedFrom.set("");
        });
        if (draft != null) draft.clear();
        say(false, i18n.text("datasets.new.hint"));
    }

    /** Reads {@code file} into the grid (undo takes it back); nothing is stored until Save. A broken row refuses the file. */
    public CompletableFuture<Void> importFile(Path file) {
        String fileName = String.valueOf(file.getFileName());
        return background(() -> service.read(file), (DatasetFiles.Read read) -> {
            grid.replaceWith(read.dataset());
            if (name.get().isBlank()) name.set(suggestedName(fileName));
            String note = read.warnings().isEmpty() ? "" : " " + String.join(" ", read.warnings());
            say(false, i18n.text("datasets.imported", read.dataset().size(), fileName) + note);
        }, error -> i18n.text("datasets.error.import", fileName, Failures.readable(error)));
    }

    /** Writes the grid as it is now (saved or not) to {@code file}, in the format its extension names. */
    public CompletableFuture<Void> exportFile(Path file) {
        Dataset rows = grid.toDataset();
        String fileName = String.valueOf(file.getFileName());
        return background(() -> service.write(rows, file), notes -> {
            String note = notes.isEmpty() ? "" : " " + String.join(" ", notes);
            say(false, i18n.text("datasets.exported", rows.size(), fileName) + note);
        }, error -> i18n.text("datasets.error.export", fileName, Failures.readable(error)));
    }

    /** Saves the grid as the next immutable version of the dataset named in {@link #nameProperty()}. */
    public CompletableFuture<Void> saveVersion(String commitMessage) {
        String target = name.get() == null ? "" : name.get().strip();
        if (target.isEmpty()) {
            say(true, i18n.text("datasets.error.noname"));
            return CompletableFuture.completedFuture(null);
        }
        if (grid.rows().isEmpty()) {
            say(true, i18n.text("datasets.error.norows"));
            return CompletableFuture.completedFuture(null);
        }
        Dataset rows = grid.toDataset();
        String source = openedFrom.get().isEmpty() ? "window" : "edited from " + openedFrom.get();
        return background(() -> service.save(target, rows, commitMessage, author, source), (DatasetVersion saved) -> {
            quietly(() -> {
                grid.markSaved();
                openedFrom.set(saved.reference());
            });
            if (draft != null) draft.clear();
            say(false, i18n.text("datasets.saved", saved.reference(), saved.dataset().size()));
            refresh();
            showVersions(saved.name());
        }, error -> i18n.text("datasets.error.save", target, Failures.readable(error)));
    }

    /** Pastes a block of spreadsheet rows after {@code after} (the end when -1); a ragged block is refused with its row. */
    public void paste(String text, int after) {
        try {
            int count = grid.paste(text == null ? "" : text, after < 0 ? -1 : after + 1);
            say(false, count == 0 ? i18n.text("datasets.paste.empty") : i18n.text("datasets.pasted", count));
        } catch (PastedRows.RefusedException e) {
            say(true, i18n.text("datasets.error.paste", e.line(), e.cells(), e.expected()));
        }
    }

    /** Adds an input column; a blank or taken name is refused in words. */
    public void addColumn(String column) {
        try {
            grid.addColumn(column);
            say(false, "");
        } catch (IllegalArgumentException e) {
            say(true, i18n.text("datasets.error.column", column == null ? "" : column.strip()));
        }
    }

    private static String suggestedName(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        String cleaned = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        return cleaned.isEmpty() ? "dataset" : cleaned;
    }

    private <T> CompletableFuture<Void> background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone, String errorKey) {
        return background(work, onDone, error -> i18n.text(errorKey, Failures.readable(error)));
    }

    private <T> CompletableFuture<Void> background(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                                                   java.util.function.Function<Throwable, String> onError) {
        busy.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.submit(work).whenComplete((value, error) -> UiThread.run(() -> {
            busy.set(false);
            if (error != null) say(true, onError.apply(error));
            else onDone.accept(value);
            done.complete(null);
        }));
        return done;
    }

    private void say(boolean error, String text) {
        failed.set(error);
        message.set(text);
    }

    public DatasetGridModel grid() { return grid; }
    public ObservableList<DatasetSummary> datasets() { return datasets; }
    public ObservableList<DatasetVersionInfo> versions() { return versions; }
    public StringProperty nameProperty() { return name; }
    public ReadOnlyStringProperty openedFromProperty() { return openedFrom.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
