package dev.playground.ui.datasets;

import dev.playground.engine.connections.SavedConnections;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.dataset.generate.DatasetGenerator;
import dev.playground.engine.dataset.generate.GenerationResult;
import dev.playground.engine.dataset.generate.SkipReason;
import dev.playground.engine.dataset.generate.SourcePassage;
import dev.playground.engine.model.Connection;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Generate from documents…": pick a collection, a connection, a model and how many rows; the generation runs in the
 * background (progress, stop); the rows come back for review (keep, drop, edit each) and only "Add to dataset" stores
 * the kept ones, as the next version of the named dataset. Touched on the FX thread; store and file work on the executor.
 */
public final class GenerateRowsViewModel {
    private final DatasetGenerator generator;
    private final PassageCollections collections;
    private final SavedConnections savedConnections;
    private final DatasetService datasets;
    private final TaskExecutor executor;
    private final String author;
    private final I18n i18n;
    private final ObservableList<String> collectionNames = FXCollections.observableArrayList();
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObservableList<GeneratedCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty collection = new SimpleStringProperty(this, "collection");
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", DatasetGenerator.DEFAULT_COUNT);
    private final StringProperty variable = new SimpleStringProperty(this, "variable", DatasetGenerator.DEFAULT_VARIABLE);
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private DatasetGenerator.Generation generation;
    private Consumer<DatasetVersion> onAdded = saved -> {};

    public GenerateRowsViewModel(DatasetGenerator generator, PassageCollections collections, SavedConnections savedConnections,
                                 DatasetService datasets, TaskExecutor executor, String author, I18n i18n) {
        this.generator = generator;
        this.collections = collections;
        this.savedConnections = savedConnections;
        this.datasets = datasets;
        this.executor = executor;
        this.author = author;
        this.i18n = i18n;
        // A connection's own model is the first guess; a model typed by hand stays when the connection changes.
        connection.addListener((obs, old, now) -> {
            if (now != null && (model.get().isBlank() || old != null && model.get().equals(old.defaultModel()))) model.set(now.defaultModel());
        });
    }

    /** Called with the version "Add to dataset" saved (the Datasets view then shows it). */
    public void onAdded(Consumer<DatasetVersion> listener) {
        this.onAdded = listener;
    }

    /** Reads the collections and the saved connections (off the FX thread); the first of each is chosen. */
    public CompletableFuture<Void> load() {
        record Choices(List<String> collections, List<Connection> connections) {}
        CompletableFuture<Void> done = new CompletableFuture<>();
        executor.submit(() -> new Choices(collections.names(), savedConnections.all())).whenComplete((found, error) -> UiThread.run(() -> {
            if (error != null) {
                say(true, i18n.text("generate.error.load", Failures.readable(error)));
            } else {
                collectionNames.setAll(found.collections());
                connections.setAll(found.connections());
                if (collection.get() == null && !collectionNames.isEmpty()) collection.set(collectionNames.getFirst());
                if (connection.get() == null && !connections.isEmpty()) connection.set(connections.getFirst());
                if (collectionNames.isEmpty()) say(true, i18n.text("generate.error.nocollections"));
            }
            done.complete(null);
        }));
        return done;
    }

    /** Starts generating (the rows under review are replaced); completes once the rows, or the reason there are none, are shown. */
    public CompletableFuture<Void> generate() {
        String problem = problem();
        if (problem != null) {
            say(true, problem);
            return CompletableFuture.completedFuture(null);
        }
        String name = collection.get();
        DatasetGenerator.Options options = new DatasetGenerator.Options(connection.get(), model.get().strip(), count.get(), variable.get(), name);
        candidates.clear();
        running.set(true);
        progress.set(-1);
        say(false, i18n.text("generate.reading", name));
        CompletableFuture<Void> shown = new CompletableFuture<>();
        executor.submit(() -> collections.open(name).passages()).whenComplete((passages, error) -> UiThread.run(() -> {
            if (error != null) finish(shown, () -> say(true, i18n.text("generate.error.read", name, Failures.readable(error))));
            else if (passages.isEmpty()) finish(shown, () -> say(true, i18n.text("generate.error.empty", name)));
            else if (!running.get()) finish(shown, () -> say(false, i18n.text("generate.cancelled")));
            else start(passages, options, shown);
        }));
        return shown;
    }

    private void start(List<SourcePassage> passages, DatasetGenerator.Options options, CompletableFuture<Void> shown) {
        generation = generator.start(passages, options, (done, total, skipped) -> UiThread.run(() -> {
            if (!running.get()) return;
            progress.set(total == 0 ? 1 : (double) done / total);
            say(false, i18n.text("generate.progress", done, total, skipped));
        }));
        say(false, i18n.text("generate.asking", generation.passages().size(), options.model().isBlank()
                ? options.connection().defaultModel() : options.model()));
        generation.result().whenComplete((result, error) -> UiThread.run(() -> finish(shown, () -> show(result, error))));
    }

    private void finish(CompletableFuture<Void> shown, Runnable report) {
        running.set(false);
        generation = null;
        progress.set(0);
        report.run();
        shown.complete(null);
    }

    private void show(GenerationResult result, Throwable error) {
        if (error != null) {
            say(true, i18n.text("generate.failed", Failures.readable(error)));
        } else if (result.cancelled()) {
            say(false, i18n.text("generate.cancelled"));
        } else if (result.failure() != null) {
            say(true, i18n.text("generate.failed", Failures.readable(result.failure())));
        } else {
            for (int i = 0; i < result.rows().size(); i++) candidates.add(new GeneratedCandidate(result.rows().get(i), result.sources().get(i)));
            String text = i18n.text("generate.done", result.rows().size());
            if (!result.skipped().isEmpty()) text += " " + i18n.text("generate.skipped", result.skipped().size(), skipWords(result));
            say(result.rows().isEmpty(), text);
        }
    }

    private String skipWords(GenerationResult result) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<SkipReason, Integer> e : result.skipCounts().entrySet()) {
            parts.add(i18n.text("generate.skip." + e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()));
        }
        return String.join(", ", parts);
    }

    /** Stops the generation under way; nothing generated so far is kept. */
    public void cancel() {
        DatasetGenerator.Generation under = generation;
        if (under != null) under.cancel();
        else running.set(false);
    }

    /** Sets the question of a row under review (an edit). */
    public void editQuestion(GeneratedCandidate candidate, String text) {
        Map<String, Object> inputs = new java.util.LinkedHashMap<>(candidate.row().inputs());
        inputs.put(questionVariable(candidate.row()), text == null ? "" : text.strip());
        DatasetRow row = candidate.row();
        candidate.rowProperty().set(new DatasetRow(inputs, row.expectedResponse(), row.expectedFacts(), row.guidelines(), row.description(),
                row.tags(), row.metadata(), row.assertions(), row.threshold()));
    }

    /** Sets the expected facts of a row under review from text, one fact per line. */
    public void editFacts(GeneratedCandidate candidate, String text) {
        candidate.rowProperty().set(GridCells.with(candidate.row(), GridColumn.EXPECTED_FACTS, text));
    }

    /** The question's text as the review shows it. */
    public static String question(DatasetRow row) {
        Object value = row.inputs().get(questionVariable(row));
        return value == null ? "" : String.valueOf(value);
    }

    private static String questionVariable(DatasetRow row) {
        return row.inputs().isEmpty() ? DatasetGenerator.DEFAULT_VARIABLE : row.inputs().keySet().iterator().next();
    }

    /** Stores the kept rows after the latest version of the named dataset, as its next version. */
    public CompletableFuture<Void> addToDataset() {
        String target = dataset.get() == null ? "" : dataset.get().strip();
        List<DatasetRow> kept = candidates.stream().filter(c -> c.keptProperty().get()).map(GeneratedCandidate::row).toList();
        if (target.isEmpty()) return refuse(i18n.text("generate.error.nodataset"));
        if (kept.isEmpty()) return refuse(i18n.text("generate.error.nonekept"));
        String commit = i18n.text("generate.commit", collection.get(), model.get());
        CompletableFuture<Void> done = new CompletableFuture<>();
        running.set(true);
        executor.submit(() -> datasets.append(target, kept, commit, author, "generated from collection " + collection.get()))
                .whenComplete((saved, error) -> UiThread.run(() -> {
                    running.set(false);
                    if (error != null) {
                        say(true, i18n.text("generate.error.add", target, Failures.readable(error)));
                    } else {
                        candidates.clear();
                        say(false, i18n.text("generate.added", kept.size(), saved.version().reference()));
                        onAdded.accept(saved.version());
                    }
                    done.complete(null);
                }));
        return done;
    }

    private CompletableFuture<Void> refuse(String text) {
        say(true, text);
        return CompletableFuture.completedFuture(null);
    }

    /** What stops a generation from starting, in words; null when nothing does. */
    private String problem() {
        if (running.get()) return i18n.text("generate.error.running");
        if (collection.get() == null || collection.get().isBlank()) return i18n.text("generate.error.nocollection");
        if (connection.get() == null) return i18n.text("generate.error.noconnection");
        if (model.get().isBlank() && connection.get().defaultModel().isBlank()) return i18n.text("generate.error.nomodel");
        if (count.get() < 1 || count.get() > DatasetGenerator.MAX_COUNT) return i18n.text("generate.error.count", DatasetGenerator.MAX_COUNT);
        if (variable.get() == null || !variable.get().strip().matches("[\\p{L}_][\\p{L}\\p{N}_]*")) return i18n.text("generate.error.variable");
        return null;
    }

    private void say(boolean error, String text) {
        failed.set(error);
        message.set(text);
    }

    public ObservableList<String> collectionNames() { return collectionNames; }
    public ObservableList<Connection> connections() { return connections; }
    public ObservableList<GeneratedCandidate> candidates() { return candidates; }
    public StringProperty collectionProperty() { return collection; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty modelProperty() { return model; }
    public IntegerProperty countProperty() { return count; }
    public StringProperty variableProperty() { return variable; }
    public StringProperty datasetProperty() { return dataset; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
}
