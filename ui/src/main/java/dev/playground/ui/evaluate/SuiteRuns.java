package dev.playground.ui.evaluate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the Evaluate view needs from the engine's suite runner (the same runner {@code playground eval} uses), in the
 * view's own terms. The composition root hands in an adapter over the engine service; view-model tests hand in a fake.
 */
public interface SuiteRuns {
    /** For a build or a test without the engine's suite runner: every start is refused, there is no history. */
    SuiteRuns UNAVAILABLE = new SuiteRuns() {
        @Override
        public Running start(Path suiteFile, String baseline, Listener listener) {
            throw new UnsupportedOperationException("no suite runner");
        }

        @Override
        public List<PastRun> history(String prompt) {
            return List.of();
        }
    };

    /**
     * Starts running the suite in {@code suiteFile} (a suite file, bundle folder or promptfoo config); with a
     * {@code baseline} (such as {@code support@champion}) each cell also says how it moved. Listener calls come on
     * background threads.
     */
    Running start(Path suiteFile, String baseline, Listener listener);

    /** Past suite runs that ran {@code prompt}, oldest first (empty when none are kept). */
    List<PastRun> history(String prompt);

    /** Keeps a person's thumb (+1, -1, 0) and rating (1–5, 0 none) on the call with run-log id {@code runId}. */
    default void feedback(String runId, int thumbs, int rating) {}

    /**
     * Judge against person for {@code prompt}, per judge (Cohen's kappa and the confusion matrix), over every kept call
     * of the prompt that has both a judge's verdict and a person's feedback; empty when none is kept.
     */
    default java.util.Map<String, dev.playground.engine.compare.AgreementMatrix> agreement(String prompt) {
        return java.util.Map.of();
    }

    interface Listener {
        /** Before the first call: the rows' and variants' labels, and how many cells the run has. */
        void started(String prompt, List<String> rows, List<String> variants, int total);

        /** A cell finished; {@code done} counts every finished cell. */
        void cell(EvalCell cell, int done, int total);
    }

    interface Running {
        /** Stops the run: no new call starts; the cells finished so far are kept. */
        void cancel();

        /** Completes when the run ends, cancelled or not; fails with a plain-words message for a bad suite. */
        CompletableFuture<Finished> finished();
    }

    /** How a run ended. {@code metrics} are the named scores (mean per metric). */
    record Finished(boolean cancelled, int passed, int failed, int errors, Map<String, Double> metrics) {
        public int total() {
            return passed + failed + errors;
        }

        public double passRate() {
            return total() == 0 ? 0 : (double) passed / total();
        }
    }

    /** One past run of a suite over a prompt version: when, its pass rate and named scores. */
    record PastRun(String suite, String prompt, int promptVersion, Instant at, double passRate, Map<String, Double> metrics) {}
}
