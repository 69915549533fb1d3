package dev.playground.engine.suite;

import java.util.List;
import java.util.Locale;

/**
 * A row's verdict from its assertions, as promptfoo scores a test: the weighted average of the scores of the
 * assertions that ran; with a threshold the row passes when that average reaches it, without one when every
 * assertion that ran passed. Assertions not run count in neither; a row where none ran does not pass.
 */
public record RowVerdict(boolean passed, double score, int notRun, String reason) {
    public static RowVerdict of(List<AssertionResult> results, Double threshold) {
        double weighted = 0;
        double weights = 0;
        int ran = 0;
        int failed = 0;
        int skipped = 0;
        for (AssertionResult r : results) {
            if (r.notRun()) {
                skipped++;
                continue;
            }
            ran++;
            if (!r.isPassed()) failed++;
            weighted += r.score() * r.weight();
            weights += r.weight();
        }
        if (results.isEmpty()) return new RowVerdict(true, 1, 0, "no assertions: the call succeeded");
        if (ran == 0) return new RowVerdict(false, 0, skipped, "none of its assertions could run");
        double score = weights == 0 ? (failed == 0 ? 1 : 0) : weighted / weights;
        boolean passed = threshold != null ? score >= threshold - 1e-9 : failed == 0;
        String reason = threshold != null
                ? String.format(Locale.ROOT, "score %.2f, %s threshold %.2f", score, passed ? "reaches" : "below", threshold)
                : failed == 0 ? "every assertion passed" : failed + " of " + ran + " assertions failed";
        if (skipped > 0) reason += "; " + skipped + " not run";
        return new RowVerdict(passed, score, skipped, reason);
    }
}
