package dev.playground.engine.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run moved against a baseline run of the same suite (the baseline's prompt, e.g. {@code support@champion}, in
 * place of the suite's): per row × variant, whether it newly fails, newly passes or stays, and how its score moved.
 * A variant is matched with the baseline variant on the same provider and parameters; with repeats a row × variant
 * passes when every sample passed, and its score is their mean.
 */
public record BaselineDiff(String baselineRef, SuiteReport baseline, List<Change> changes) {
    public enum Kind { NEWLY_FAILING, NEWLY_PASSING, STILL_PASSING, STILL_FAILING }

    public record Change(int row, int variant, Kind kind, double baselineScore, double score) {
        public double delta() {
            return score - baselineScore;
        }
    }

    public static BaselineDiff of(String baselineRef, SuiteReport baseline, SuiteReport current) {
        List<Change> changes = new ArrayList<>();
        int baseVariants = baseline.plan().variants().size();
        for (int row = 0; row < current.plan().rows().size(); row++) {
            for (SuiteVariant variant : current.plan().variants()) {
                int other = baseVariants == 0 ? -1 : variant.index() % baseVariants;
                Verdict now = verdict(current, row, variant.index());
                Verdict before = verdict(baseline, row, other);
                if (now == null || before == null) continue;
                Kind kind = now.passed ? (before.passed ? Kind.STILL_PASSING : Kind.NEWLY_PASSING)
                        : (before.passed ? Kind.NEWLY_FAILING : Kind.STILL_FAILING);
                changes.add(new Change(row, variant.index(), kind, before.score, now.score));
            }
        }
        return new BaselineDiff(baselineRef, baseline, changes);
    }

    public List<Change> newlyFailing() {
        return changes.stream().filter(c -> c.kind() == Kind.NEWLY_FAILING).toList();
    }

    public List<Change> newlyPassing() {
        return changes.stream().filter(c -> c.kind() == Kind.NEWLY_PASSING).toList();
    }

    private record Verdict(boolean passed, double score) {}

    private static Verdict verdict(SuiteReport report, int row, int variant) {
        List<SuiteCell> cells = report.cells().stream().filter(c -> c.row() == row && c.variant() == variant).toList();
        if (cells.isEmpty()) return null;
        return new Verdict(cells.stream().allMatch(SuiteCell::passed), cells.stream().mapToDouble(SuiteCell::score).average().orElse(0));
    }
}
