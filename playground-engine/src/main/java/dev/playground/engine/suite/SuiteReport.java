package dev.playground.engine.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a suite run found: every cell (row × variant × sample) in order, and the figures the command line, the
 * reports and the Evaluate view show: pass rate, per variant and per named metric, provider errors apart, and how
 * stable each row × variant was over repeats. {@code cancelled} is set when the run was stopped before the end.
 */
public record SuiteReport(SuitePlan plan, List<SuiteCell> cells, boolean cancelled, Duration duration) {
    public SuiteReport {
        cells = cells.stream().sorted(Comparator.comparingInt(SuiteCell::row).thenComparingInt(SuiteCell::variant)
                .thenComparingInt(SuiteCell::sample)).toList();
    }

    /** Figures of one variant (a column). */
    public record VariantStats(SuiteVariant variant, int total, int passed, int failed, int errors, double meanScore, long meanLatencyMs,
                               Double costUsd) {
        public double passRate() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }

    public int total() {
        return cells.size();
    }

    public int passedCount() {
        return (int) cells.stream().filter(SuiteCell::passed).count();
    }

    public int failedCount() {
        return (int) cells.stream().filter(c -> c.status() == SuiteCell.Status.FAIL).count();
    }

    public int errorCount() {
        return (int) cells.stream().filter(c -> c.status() == SuiteCell.Status.ERROR).count();
    }

    /** Assertions reported as not run (code, webhooks, similarity without a model), over every cell. */
    public long notRunCount() {
        return cells.stream().mapToLong(SuiteCell::notRun).sum();
    }

    /** Passed cells over all cells; provider errors count as failures. */
    public double passRate() {
        return total() == 0 ? 0 : (double) passedCount() / total();
    }

    /** The gate: every cell passed, or, with {@code failUnder} (0–1), the pass rate reached it. A stopped run never passes. */
    public boolean passes(Double failUnder) {
        if (cancelled || total() == 0 || total() < plan.cellCount()) return false;
        return failUnder == null ? passedCount() == total() : passRate() >= failUnder - 1e-9;
    }

    public List<SuiteCell> errors() {
        return cells.stream().filter(c -> c.status() == SuiteCell.Status.ERROR).toList();
    }

    public List<SuiteCell> failures() {
        return cells.stream().filter(c -> c.status() == SuiteCell.Status.FAIL).toList();
    }

    public List<VariantStats> variantStats() {
        List<VariantStats> out = new ArrayList<>();
        for (SuiteVariant variant : plan.variants()) {
            List<SuiteCell> own = cells.stream().filter(c -> c.variant() == variant.index()).toList();
            int passed = (int) own.stream().filter(SuiteCell::passed).count();
            int errors = (int) own.stream().filter(c -> c.status() == SuiteCell.Status.ERROR).count();
            double score = own.stream().mapToDouble(SuiteCell::score).average().orElse(0);
            long latency = Math.round(own.stream().filter(c -> c.status() != SuiteCell.Status.ERROR).mapToLong(SuiteCell::latencyMs).average().orElse(0));
            Double cost = own.stream().anyMatch(c -> c.costUsd() != null)
                    ? own.stream().filter(c -> c.costUsd() != null).mapToDouble(SuiteCell::costUsd).sum() : null;
            out.add(new VariantStats(variant, own.size(), passed, own.size() - passed - errors, errors, score, latency, cost));
        }
        return out;
    }

    /** The mean score of each named metric (an assertion's {@code metric}, else its type) over the cells where it ran. */
    public Map<String, Double> namedScores() {
        Map<String, double[]> sums = new TreeMap<>();
        for (SuiteCell cell : cells) {
            for (AssertionResult result : cell.assertions()) {
                if (result.notRun()) continue;
                double[] sum = sums.computeIfAbsent(result.name(), k -> new double[2]);
                sum[0] += result.score();
                sum[1]++;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((name, sum) -> out.put(name, sum[0] / sum[1]));
        return out;
    }

    /**
     * With repeats, how stable each row × variant was: the share of its samples that agree with its most common verdict
     * (1.0 = every sample the same). Keys are {@code row/variant}. Empty without repeats.
     */
    public Map<String, Double> stability() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (plan.repeat() < 2) return out;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SuiteCell cell : cells) {
            int[] c = counts.computeIfAbsent(cell.row() + "/" + cell.variant(), k -> new int[2]);
            c[cell.passed() ? 0 : 1]++;
        }
        counts.forEach((key, c) -> out.put(key, (double) Math.max(c[0], c[1]) / (c[0] + c[1])));
        return out;
    }

    /** The row's description, else its first input values, for reports. */
    public String rowLabel(int row) {
        var data = plan.rows().get(row);
        if (!data.description().isBlank()) return data.description();
        String inputs = String.join(", ", data.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        return "row " + (row + 1) + (inputs.isEmpty() ? "" : ": " + AssertionEvaluator.shorten(inputs));
    }
}
