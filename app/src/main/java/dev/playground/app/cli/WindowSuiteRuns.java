package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.AssertionTypes;
import dev.playground.engine.suite.BaselineDiff;
import dev.playground.engine.suite.BundlePrompts;
import dev.playground.engine.suite.Suite;
import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteFiles;
import dev.playground.engine.suite.SuiteListener;
import dev.playground.engine.suite.SuitePlan;
import dev.playground.engine.suite.SuitePlanner;
import dev.playground.engine.suite.SuitePrompt;
import dev.playground.engine.suite.SuiteReport;
import dev.playground.engine.suite.SuiteRun;
import dev.playground.engine.suite.SuiteVariant;
import dev.playground.ui.evaluate.EvalCell;
import dev.playground.ui.evaluate.SuiteRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Evaluate view's suite runner: the same steps as {@code playground eval} (load the suite, plan it against the
 * suite's bundle and the store, run it through the engine's {@code SuiteRunner}, then the baseline and its diff), with
 * the cells turned into the view's {@link EvalCell}s. Runs of this session feed the history chart.
 */
public final class WindowSuiteRuns implements SuiteRuns {
    private final AppContext context;
    private final List<PastRun> past = new CopyOnWriteArrayList<>();

    public WindowSuiteRuns(AppContext context) {
        this.context = context;
    }

    @Override
    public Running start(Path suiteFile, String baseline, Listener listener) {
        CompletableFuture<Finished> finished = new CompletableFuture<>();
        Holder holder = new Holder();
        Thread.ofVirtual().name("window-suite").start(() -> {
            try {
                finished.complete(run(suiteFile, baseline, listener, holder));
            } catch (Throwable e) {
                finished.completeExceptionally(e);
            }
        });
        return new Running() {
            @Override
            public void cancel() {
                holder.cancel();
            }

            @Override
            public CompletableFuture<Finished> finished() {
                return finished;
            }
        };
    }

    /** The run under way (the suite's, then the baseline's), so Stop reaches whichever is running. */
    private static final class Holder {
        private volatile SuiteRun current;
        private volatile boolean cancelled;

        void set(SuiteRun run) {
            current = run;
            if (cancelled) run.cancel();
        }

        void cancel() {
            cancelled = true;
            SuiteRun run = current;
            if (run != null) run.cancel();
        }
    }

    private Finished run(Path suiteFile, String baseline, Listener listener, Holder holder) throws Exception {
        Suite suite = SuiteFiles.load(suiteFile);
        SuitePlanner planner = new SuitePlanner(lookups(suiteFile));
        SuitePlan plan = planner.plan(suite, null).withOptions(suite.repeat(), suite.concurrency());
        var runner = context.suiteRunner(context.store().suiteRuns());
        String prompt = promptName(plan);
        List<EvalCell> cells = new CopyOnWriteArrayList<>();
        SuiteRun run = runner.start(plan, new SuiteListener() {
            @Override
            public void onStart(SuitePlan started, int total, int alreadyDone) {
                listener.started(prompt, rowLabels(started), started.variants().stream().map(SuiteVariant::label).toList(), total);
            }

            @Override
            public void onCell(SuiteCell cell, int done, int total) {
                EvalCell shown = toCell(cell, null);
                cells.add(shown);
                listener.cell(shown, done, total);
            }
        }, false);
        holder.set(run);
        SuiteReport report = run.report().get();
        if (!report.cancelled() && baseline != null && !baseline.isBlank() && !holder.cancelled) {
            SuitePlan before = planner.plan(suite.withPrompts(List.of(SuitePrompt.saved(baseline.strip()))), null)
                    .withOptions(suite.repeat(), suite.concurrency());
            SuiteRun baselineRun = runner.start(before, SuiteListener.NONE, false);
            holder.set(baselineRun);
            SuiteReport baselineReport = baselineRun.report().get();
            if (!baselineReport.cancelled()) {
                BaselineDiff diff = BaselineDiff.of(baseline.strip(), baselineReport, report);
                Map<String, EvalCell.Change> changes = new HashMap<>();
                diff.changes().forEach(c -> changes.put(c.row() + "/" + c.variant(), switch (c.kind()) {
                    case NEWLY_FAILING -> EvalCell.Change.NEWLY_FAILING;
                    case NEWLY_PASSING -> EvalCell.Change.NEWLY_PASSING;
                    default -> EvalCell.Change.SAME;
                }));
                // The matrix shows each cell again with how it moved.
                for (SuiteCell cell : report.cells()) {
                    listener.cell(toCell(cell, changes.get(cell.row() + "/" + cell.variant())), report.total(), report.total());
                }
            }
        }
        int errors = report.errorCount();
        int passed = report.passedCount();
        Finished result = new Finished(report.cancelled() || holder.cancelled, passed, report.total() - passed - errors, errors,
                report.namedScores());
        if (!result.cancelled()) past.add(new PastRun(suite.name(), prompt, version(plan, past.size() + 1), Instant.now(), result.passRate(),
                report.namedScores()));
        return result;
    }

    @Override
    public List<PastRun> history(String prompt) {
        return past.stream().filter(run -> run.prompt().equals(prompt)).toList();
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
                cell.latencyMs(), change);
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

    /** {@code NAME/3} gives 3; otherwise the run's place in this session. */
    private static int version(SuitePlan plan, int fallback) {
        if (plan.variants().isEmpty()) return fallback;
        String ref = plan.variants().getFirst().prompt();
        int slash = ref.lastIndexOf('/');
        if (slash > 0 && ref.substring(slash + 1).matches("\\d{1,9}")) return Integer.parseInt(ref.substring(slash + 1));
        return fallback;
    }

    /** Prompts from the suite's bundle first, then the store; connections and datasets from the store (as {@code eval} does). */
    private SuitePlanner.Lookups lookups(Path suite) throws BundleFileException {
        Path bundle = Files.isDirectory(suite) ? suite : SuiteFiles.bundleOf(suite);
        BundlePrompts inBundle = bundle == null ? null : BundlePrompts.read(bundle);
        return new SuitePlanner.Lookups() {
            @Override
            public PromptDocument prompt(String ref) {
                if (inBundle != null) {
                    var found = inBundle.find(ref);
                    if (found.isPresent()) return found.get();
                }
                try {
                    return PromptRef.parse(ref).resolve(context.store()).document();
                } catch (BadInputException | dev.playground.store.UnknownPromptException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }

            @Override
            public Connection connection(String name) {
                return context.connections().use(name);
            }

            @Override
            public dev.playground.engine.dataset.DatasetVersion dataset(String ref) {
                return new DatasetService(context.store().datasets()).resolve(ref);
            }
        };
    }
}
