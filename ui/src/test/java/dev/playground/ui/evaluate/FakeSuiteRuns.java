package dev.playground.ui.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A suite runner for view-model tests: plays back scripted cells on the caller's thread, or holds them until released. */
final class FakeSuiteRuns implements SuiteRuns {
    final List<EvalCell> cells = new ArrayList<>();
    final List<PastRun> past = new ArrayList<>();
    /** Feedback kept through {@link #feedback}: "runId thumbs rating". */
    final List<String> kept = new ArrayList<>();
    java.util.Map<String, dev.playground.engine.compare.AgreementMatrix> perJudge = java.util.Map.of();
    List<String> rows = List.of("Lima", "Quito");
    List<String> variants = List.of("capitals@1", "capitals@2");
    /** When true, the run waits for {@link #release()} after its first cell (to test Stop). */
    boolean holdAfterFirst;
    String lastBaseline;
    private Listener listener;
    private CompletableFuture<Finished> finished;
    private boolean cancelled;

    @Override
    public Running start(Path suiteFile, String baseline, Listener listener) {
        this.listener = listener;
        this.lastBaseline = baseline;
        finished = new CompletableFuture<>();
        cancelled = false;
        listener.started("capitals", rows, variants, cells.size());
        int upTo = holdAfterFirst ? 1 : cells.size();
        for (int i = 0; i < upTo; i++) listener.cell(cells.get(i), i + 1, cells.size());
        if (!holdAfterFirst) complete(cells.size());
        return new Running() {
            @Override
            public void cancel() {
                cancelled = true;
                complete(1);
            }

            @Override
            public CompletableFuture<Finished> finished() {
                return finished;
            }
        };
    }

    void release() {
        for (int i = 1; i < cells.size(); i++) listener.cell(cells.get(i), i + 1, cells.size());
        complete(cells.size());
    }

    private void complete(int done) {
        List<EvalCell> ran = cells.subList(0, done);
        int passed = (int) ran.stream().filter(EvalCell::passed).count();
        int errors = (int) ran.stream().filter(c -> c.status() == EvalCell.Status.ERROR).count();
        finished.complete(new Finished(cancelled, passed, done - passed - errors, errors, java.util.Map.of()));
    }

    @Override
    public List<PastRun> history(String prompt) {
        return List.copyOf(past);
    }

    @Override
    public void feedback(String runId, int thumbs, int rating) {
        kept.add(runId + " " + thumbs + " " + rating);
    }

    @Override
    public java.util.Map<String, dev.playground.engine.compare.AgreementMatrix> agreement(String prompt) {
        return perJudge;
    }

    static EvalCell cell(int row, int variant, EvalCell.Status status, double score, String output, EvalCell.Change change,
                         EvalCell.Check... checks) {
        return new EvalCell(row, variant, status, score, output, List.of(checks), "", status == EvalCell.Status.ERROR ? "HTTP 500" : "",
                12, change);
    }
}
