package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.compare.AgreementMatrix;
import dev.playground.engine.compare.JudgeAgreements;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.AssertionTypes;
import dev.playground.engine.suite.Suite;
import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteEvaluation;
import dev.playground.engine.suite.SuiteFiles;
import dev.playground.engine.suite.SuiteHistory;
import dev.playground.engine.suite.SuiteListener;
import dev.playground.engine.suite.SuitePlan;
import dev.playground.engine.suite.SuiteReport;
import dev.playground.engine.suite.SuiteVariant;
import dev.playground.ui.evaluate.EvalCell;
import dev.playground.ui.evaluate.SuiteRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Evaluate view's suite runner: the engine's {@link SuiteEvaluation}, which {@code playground eval} uses too (plan
 * against the suite's bundle and the store, run, then the baseline and its diff), with the cells turned into the
 * view's {@link EvalCell}s. The history chart reads the store's suite history; thumbs and ratings go to the cells' calls.
 */
public final class WindowSuiteRuns implements SuiteRuns {
    private final AppContext context;

    public WindowSuiteRuns(AppContext context) {
        this.context = context;
    }

    @Override
    public Running start(Path suiteFile, String baseline, Listener listener) {
        CompletableFuture<Finished> finished = new CompletableFuture<>();
        CompletableFuture<SuiteEvaluation.Running> running = new CompletableFuture<>();
        Thread.ofVirtual().name("window-suite").start(() -> {
            try {
                finished.complete(run(suiteFile, baseline, listener, running));
            } catch (Throwable e) {
                running.cancel(false);
                finished.completeExceptionally(e instanceof java.util.concurrent.ExecutionException x && x.getCause() != null ? x.getCause() : e);
            }
        });
        return new Running() {
            @Override
            public void cancel() {
                // Stopped while still planning: the run is stopped as soon as it starts.
                running.thenAccept(SuiteEvaluation.Running::cancel);
            }

            @Override
            public CompletableFuture<Finished> finished() {
                return finished;
            }
        };
    }

    private Finished run(Path suiteFile, String baseline, Listener listener, CompletableFuture<SuiteEvaluation.Running> running) throws Exception {
        Suite suite = SuiteFiles.load(suiteFile);
        SuiteEvaluation.Planned planned = StoreSuiteSources.evaluation(context).plan(suiteFile, suite, SuiteEvaluation.Options.window(baseline));
        SuitePlan plan = planned.plan();
        String prompt = promptName(plan);
        SuiteEvaluation.Running started = planned.start(new SuiteListener() {
            @Override
            public void onStart(SuitePlan began, int total, int alreadyDone) {
                listener.started(prompt, rowLabels(began), began.variants().stream().map(SuiteVariant::label).toList(), total);
            }

            @Override
            public void onCell(SuiteCell cell, int done, int total) {
                listener.cell(toCell(cell, null), done, total);
            }
        });
        running.complete(started);
        SuiteEvaluation.Result result = started.result().get();
        SuiteReport report = result.report();
        if (result.diff() != null) {
            Map<String, EvalCell.Change> changes = new HashMap<>();
            result.diff().changes().forEach(c -> changes.put(c.row() + "/" + c.variant(), switch (c.kind()) {
                case NEWLY_FAILING -> EvalCell.Change.NEWLY_FAILING;
                case NEWLY_PASSING -> EvalCell.Change.NEWLY_PASSING;
                default -> EvalCell.Change.SAME;
            }));
            // The matrix shows each cell again with how it moved.
            for (SuiteCell cell : report.cells()) {
                listener.cell(toCell(cell, changes.get(cell.row() + "/" + cell.variant())), report.total(), report.total());
            }
        }
        int errors = report.errorCount();
        int passed = report.passedCount();
        // The evaluation kept the run in the store's history (SuiteEvaluation.Sources.history), where history() reads it.
        return new Finished(result.cancelled(), passed, report.total() - passed - errors, errors, report.namedScores());
    }

    /** Per version of {@code prompt}, its latest kept run (as {@code playground prompt scores} prints them). */
    @Override
    public List<PastRun> history(String prompt) {
        List<PastRun> out = new ArrayList<>();
        for (SuiteHistory.VersionFigures figures : SuiteHistory.perVersion(context.store().suiteHistory().of(prompt))) {
            SuiteHistory.Entry latest = figures.latest();
            out.add(new PastRun(latest.suite(), latest.prompt(), figures.version(), latest.finishedAt(), latest.passRate(), latest.metrics()));
        }
        return out;
    }

    @Override
    public void feedback(String runId, int thumbs, int rating) {
        context.store().runs().feedback(runId, thumbs, rating);
    }

    @Override
    public Map<String, AgreementMatrix> agreement(String prompt) {
        return JudgeAgreements.perJudge(context.store().runs().judgedWithFeedback(prompt));
    }

    static EvalCell toCell(SuiteCell cell, EvalCell.Change change) {
        List<EvalCell.Check> checks = new ArrayList<>();
        for (AssertionResult a : cell.assertions()) {
            String type = a.code().startsWith("not-") ? a.code().substring(4) : a.code();
            checks.add(new EvalCell.Check(a.name(), a.passed(), a.score(), a.reason(), AssertionTypes.judged(type)));
        }
        EvalCell.Status status = switch (cell.status()) {
            case PASS -> EvalCell.Status.PASS;
            case FAIL -> EvalCell.Status.FAIL;
            case ERROR -> EvalCell.Status.ERROR;
        };
        return new EvalCell(cell.row(), cell.variant(), status, cell.score(), cell.output(), checks, cell.reason(), cell.error(),
                cell.latencyMs(), change, cell.runId(), cell.toolCalls());
    }

    private static List<String> rowLabels(SuitePlan plan) {
        List<String> labels = new ArrayList<>();
        for (DatasetRow row : plan.rows()) {
            if (!row.description().isBlank()) {
                labels.add(row.description());
                continue;
            }
            List<String> values = new ArrayList<>();
            row.inputs().forEach((key, value) -> values.add(key + "=" + value));
            labels.add(String.join(", ", values));
        }
        return labels;
    }

    /** The prompt the suite runs (the first variant's), without its version or alias. */
    private static String promptName(SuitePlan plan) {
        if (plan.variants().isEmpty()) return plan.suiteName();
        String ref = plan.variants().getFirst().prompt();
        int cut = ref.indexOf('@') >= 0 ? ref.indexOf('@') : ref.lastIndexOf('/');
        return cut > 0 ? ref.substring(0, cut) : ref;
    }
}
