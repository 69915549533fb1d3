package dev.playground.ui.evaluate;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.DraftRepository;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.EditorDraft;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
 * The Evaluate view: a suite file to read and edit, a run of it through the suite runner with progress and Stop, the
 * matrix of rows × variants as cells finish, the selected cell, feedback on cells and the history of runs of the
 * suite's prompt. File work and the run happen off the FX thread; results hop back through {@link UiThread}.
 */
public final class EvaluateViewModel {
    private final SuiteRuns runs;
    private final TaskExecutor executor;
    private I18n i18n;
    private final EvalMatrix matrix = new EvalMatrix();
    private final EvalFeedback feedback = new EvalFeedback();
    private final ObjectProperty<Path> suiteFile = new SimpleObjectProperty<>(this, "suiteFile");
    private final StringProperty suiteText = new SimpleStringProperty(this, "suiteText", "");
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyObjectWrapper<EvalCell> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ObservableList<SuiteRuns.PastRun> history = FXCollections.observableArrayList();
    private SuiteRuns.Running current;
    private String savedText = "";
    /** The matrix position picked, which may still be running. */
    private int selectedRow = -1;
    private int selectedVariant = -1;

    private final EditorDraft<SuiteDraft> draft;

    public EvaluateViewModel(SuiteRuns runs, TaskExecutor executor, I18n i18n) {
        this(runs, null, executor, i18n);
    }

    /** {@code drafts}: where unsaved suite edits are kept until written to the suite file (null: nowhere). */
    public EvaluateViewModel(SuiteRuns runs, DraftRepository drafts, TaskExecutor executor, I18n i18n) {
        this.runs = runs;
        this.executor = executor;
        this.i18n = i18n;
        this.draft = drafts == null ? null
                : new EditorDraft<>(DraftKind.SUITE, SuiteDraft.class, drafts, executor, this::capture, this::show)
                        .watch(suiteText, baseline);
        if (draft != null) draft.onFailure(failure -> say(true, this.i18n.text("evaluate.error.draft", Failures.readable(failure))));
    }

    /** The suite editor's unsaved text kept as a draft (null without a store); the window restores it at start-up. */
    public EditorDraft<SuiteDraft> draft() {
        return draft;
    }

    private SuiteDraft capture() {
        Path file = suiteFile.get();
        return new SuiteDraft(file == null ? null : file.toString(), suiteText.get(), savedText, baseline.get());
    }

    private void show(SuiteDraft state) {
        suiteFile.set(state.file() == null ? null : Path.of(state.file()));
        savedText = state.savedText() == null ? "" : state.savedText();
        suiteText.set(state.text() == null ? "" : state.text());
        baseline.set(state.baseline() == null ? "" : state.baseline());
    }

    /** A change that is not an edit (reading a suite file): the draft does not count it. */
    private void quietly(Runnable change) {
        if (draft == null) change.run();
        else draft.quietly(change);
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Reads the suite in {@code file} into the editor. */
    public CompletableFuture<Void> openSuite(Path file) {
        return executor.submit(() -> Files.isDirectory(file) ? "" : Files.readString(file, StandardCharsets.UTF_8))
                .handle((text, error) -> {
                    UiThread.run(() -> {
                        if (error != null) {
                            say(true, i18n.text("evaluate.error.open", String.valueOf(file.getFileName()), Failures.readable(error)));
                            return;
                        }
                        quietly(() -> {
                            suiteFile.set(file);
                            savedText = text;
                            suiteText.set(text);
                        });
                        if (draft != null) draft.clear();
                        say(false, i18n.text("evaluate.opened", String.valueOf(file.getFileName())));
                    });
                    return null;
                });
    }

    /** Writes the edited suite back to its file. */
    public CompletableFuture<Void> saveSuite() {
        Path file = suiteFile.get();
        String text = suiteText.get();
        if (file == null || Files.isDirectory(file)) return CompletableFuture.completedFuture(null);
        return executor.run(() -> {
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).handle((ok, error) -> {
            UiThread.run(() -> {
                if (error != null) {
                    say(true, i18n.text("evaluate.error.save", String.valueOf(file.getFileName()), Failures.readable(error)));
                } else {
                    savedText = text;
                    if (draft != null && text.equals(suiteText.get())) draft.clear();
                    say(false, i18n.text("evaluate.saved", String.valueOf(file.getFileName())));
                }
            });
            return null;
        });
    }

    public boolean suiteEdited() {
        return !suiteText.get().equals(savedText);
    }

    /** Runs the open suite (saving edits first); the matrix fills as cells finish. */
    public void run() {
        Path file = suiteFile.get();
        if (file == null) {
            say(true, i18n.text("evaluate.error.nosuite"));
            return;
        }
        if (running.get()) return;
        running.set(true);
        progress.set(-1);
        feedback.clear();
        select(-1, -1);
        say(false, i18n.text("evaluate.starting"));
        CompletableFuture<Void> saved = suiteEdited() ? saveSuite() : CompletableFuture.completedFuture(null);
        saved.thenRun(() -> UiThread.run(() -> start(file)));
    }

    private void start(Path file) {
        String base = baseline.get() == null ? "" : baseline.get().strip();
        SuiteRuns.Running started;
        try {
            started = runs.start(file, base.isEmpty() ? null : base, new SuiteRuns.Listener() {
                @Override
                public void started(String promptName, List<String> rows, List<String> variants, int total) {
                    UiThread.run(() -> {
                        prompt.set(promptName == null ? "" : promptName);
                        matrix.reset(rows, variants);
                        progress.set(0);
                        say(false, i18n.text("evaluate.progress", 0, total));
                    });
                }

                @Override
                public void cell(EvalCell cell, int done, int total) {
                    UiThread.run(() -> {
                        matrix.put(cell);
                        if (cell.row() == selectedRow && cell.variant() == selectedVariant) selected.set(cell);
                        progress.set(total == 0 ? 1 : (double) done / total);
                        say(false, i18n.text("evaluate.progress", done, total));
                    });
                }
            });
        } catch (UnsupportedOperationException e) {
            running.set(false);
            progress.set(0);
            say(true, i18n.text("evaluate.error.unavailable"));
            return;
        } catch (RuntimeException e) {
            finish(null, e);
            return;
        }
        current = started;
        started.finished().whenComplete((result, error) -> UiThread.run(() -> finish(result, error)));
    }

    private void finish(SuiteRuns.Finished result, Throwable error) {
        running.set(false);
        current = null;
        if (error != null) {
            progress.set(0);
            say(true, i18n.text("evaluate.error.run", Failures.readable(error)));
            return;
        }
        progress.set(1);
        String rate = String.format(i18n.locale(), "%.0f%%", result.passRate() * 100);
        say(result.failed() + result.errors() > 0, i18n.text(result.cancelled() ? "evaluate.cancelled" : "evaluate.finished",
                result.passed(), result.total(), rate, result.failed(), result.errors()));
        feedback.recount(matrix.cells());
        refreshHistory();
        refreshAgreement();
    }

    /** Stops the run; the cells that finished stay in the matrix. */
    public void cancel() {
        if (current != null) current.cancel();
    }

    /** Loads the runs of the current prompt for the chart. */
    public CompletableFuture<Void> refreshHistory() {
        String name = prompt.get();
        if (name.isEmpty()) return CompletableFuture.completedFuture(null);
        return executor.submit(() -> runs.history(name)).handle((list, error) -> {
            UiThread.run(() -> {
                if (error == null) history.setAll(list);
            });
            return null;
        });
    }

    /** Shows the cell at row × variant; one still running shows as soon as it finishes. */
    public void select(int row, int variant) {
        selectedRow = row;
        selectedVariant = variant;
        selected.set(matrix.cell(row, variant));
    }

    public void thumb(CellFeedback.Thumb thumb) {
        EvalCell cell = selected.get();
        if (cell == null) return;
        feedback.thumb(cell.row(), cell.variant(), thumb, matrix.cells());
        keep(cell);
    }

    public void rate(Integer rating) {
        EvalCell cell = selected.get();
        if (cell == null) return;
        feedback.rate(cell.row(), cell.variant(), rating, matrix.cells());
        keep(cell);
    }

    /** The person's feedback on the cell goes to its call in the store, then each judge's agreement is counted again. */
    private void keep(EvalCell cell) {
        if (cell.runId() == null) return;
        CellFeedback given = feedback.of(cell.row(), cell.variant());
        int thumbs = given.thumb() == CellFeedback.Thumb.UP ? 1 : given.thumb() == CellFeedback.Thumb.DOWN ? -1 : 0;
        int rating = given.rating() == null ? 0 : given.rating();
        executor.run(() -> runs.feedback(cell.runId(), thumbs, rating)).whenComplete((ok, error) -> UiThread.run(() -> {
            if (error != null) say(true, i18n.text("evaluate.error.feedback", Failures.readable(error)));
            else refreshAgreement();
        }));
    }

    /** Loads each judge's agreement with people for the current prompt (all its kept calls, Compare's too). */
    public CompletableFuture<Void> refreshAgreement() {
        String name = prompt.get();
        if (name.isEmpty()) return CompletableFuture.completedFuture(null);
        return executor.submit(() -> runs.agreement(name)).handle((perJudge, error) -> {
            UiThread.run(() -> {
                if (error == null) feedback.showPerJudge(perJudge);
            });
            return null;
        });
    }

    private void say(boolean error, String text) {
        failed.set(error);
        message.set(text);
    }

    public EvalMatrix matrix() { return matrix; }
    public EvalFeedback feedback() { return feedback; }
    public ObjectProperty<Path> suiteFileProperty() { return suiteFile; }
    public StringProperty suiteTextProperty() { return suiteText; }
    public StringProperty baselineProperty() { return baseline; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** 0–1, or -1 while the run is starting (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<EvalCell> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }
    public ObservableList<SuiteRuns.PastRun> history() { return history; }
}
