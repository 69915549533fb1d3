package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.ComparisonExport;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.ComparisonRepository;
import dev.playground.ui.common.UiThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Saved comparisons: the list to reopen from, saving the one on screen (and, once saved, each
 * finished cell and each piece of feedback as it comes), reopening, and export. All store and file
 * work runs on the executor; results come back on the FX thread.
 */
public final class CompareArchive {
    public enum ExportFormat { CSV, JSON, HTML }

    private final ComparisonRepository repository;
    private final TaskExecutor executor;
    private final ObservableList<ComparisonRepository.Summary> saved = FXCollections.observableArrayList();
    private Long savedId;

    public CompareArchive(ComparisonRepository repository, TaskExecutor executor) {
        this.repository = repository;
        this.executor = executor;
    }

    /** Creates the comparison, or replaces it if it was saved or opened before; completes on the FX thread. */
    CompletableFuture<Long> save(ComparisonRecord record) {
        Long existing = savedId;
        CompletableFuture<Long> done = new CompletableFuture<>();
        executor.submit(() -> {
            if (existing == null) return repository.create(record);
            repository.replace(existing, record);
            return existing;
        }).whenComplete((id, error) -> UiThread.run(() -> {
            if (error != null) {
                done.completeExceptionally(error);
                return;
            }
            savedId = id;
            done.complete(id);
            refreshSaved();
        }));
        return done;
    }

    /** Loads comparison {@code id}; completes on the FX thread, empty if it is gone. */
    CompletableFuture<Optional<ComparisonRecord>> open(long id) {
        CompletableFuture<Optional<ComparisonRecord>> done = new CompletableFuture<>();
        executor.submit(() -> repository.load(id)).whenComplete((found, error) -> UiThread.run(() -> {
            if (error != null) {
                done.completeExceptionally(error);
                return;
            }
            if (found.isPresent()) savedId = id;
            done.complete(found);
        }));
        return done;
    }

    public void refreshSaved() {
        executor.submit(repository::list).thenAccept(list -> UiThread.run(() -> saved.setAll(list)));
    }

    /** Once the comparison is saved, a finished cell is added to it at once. */
    void cellFinished(CellResult result) {
        if (savedId == null) return;
        long id = savedId;
        executor.run(() -> repository.saveCell(id, result));
    }

    /** Once the comparison is saved, feedback is written as it is given. */
    void feedbackChanged(CellFeedback feedback) {
        if (savedId == null) return;
        long id = savedId;
        executor.run(() -> repository.saveFeedback(id, feedback));
    }

    /** Writes {@code record} to {@code file}; completes off the FX thread. */
    CompletableFuture<Void> export(ComparisonRecord record, ExportFormat format, Path file) {
        return executor.<Void>submit(() -> {
            String text = switch (format) {
                case CSV -> ComparisonExport.csv(record);
                case JSON -> ComparisonExport.json(record);
                case HTML -> ComparisonExport.html(record);
            };
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return null;
        });
    }

    /** A restored draft goes on editing the saved comparison it came from (null: a new one). */
    void resume(Long id) {
        savedId = id;
    }

    public ObservableList<ComparisonRepository.Summary> savedComparisons() { return saved; }
    public Optional<Long> savedId() { return Optional.ofNullable(savedId); }
}
