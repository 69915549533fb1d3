package dev.playground.engine.suite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history of suite runs per prompt: one entry per finished run and variant, with the prompt version it ran, its
 * pass rate and the mean of each named metric. {@code playground eval} and the Evaluate view keep an entry for every
 * run that was not stopped; {@code playground prompt scores} and the Evaluate view's history chart read them. The store
 * implements it; the engine holds no SQL.
 */
public interface SuiteHistory {
    /**
     * One variant of one run: {@code version} 0 when the prompt was a file outside the store, {@code alias} empty when it
     * was not reached through one; {@code metrics} are the mean score (0–1) of each named metric over its cells.
     */
    record Entry(String runKey, int variant, String suite, String prompt, int version, String alias, String label, Instant finishedAt,
                 int total, int passed, int errors, Map<String, Double> metrics) {
        public Entry {
            alias = alias == null ? "" : alias;
            metrics = Map.copyOf(metrics);
        }

        public double passRate() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }

    /** A prompt reference of a suite variant resolved: its name, the saved version (0: none) and the alias (empty: none). */
    record Resolved(String prompt, int version, String alias) {}

    /** How the caller resolves a variant's prompt reference ({@code support/3}, {@code support@champion}, a file name). */
    @FunctionalInterface
    interface Resolver {
        Resolved resolve(String promptRef);
    }

    void keep(List<Entry> entries);

    /** The entries of {@code prompt}, oldest first. */
    List<Entry> of(String prompt);

    /** Keeps nothing: for a build without a store. */
    SuiteHistory NONE = new SuiteHistory() {
        @Override
        public void keep(List<Entry> entries) {}

        @Override
        public List<Entry> of(String prompt) {
            return List.of();
        }
    };

    /** A reference read as text: {@code NAME/3} is version 3, {@code NAME@alias} the alias (version unknown, 0), else the name alone. */
    static Resolved parse(String promptRef) {
        String ref = promptRef == null ? "" : promptRef.strip();
        int at = ref.lastIndexOf('@');
        if (at > 0) return new Resolved(ref.substring(0, at), 0, ref.substring(at + 1));
        int slash = ref.lastIndexOf('/');
        if (slash > 0 && ref.substring(slash + 1).matches("\\d{1,9}")) return new Resolved(ref.substring(0, slash), Integer.parseInt(ref.substring(slash + 1)), "");
        return new Resolved(ref, 0, "");
    }

    /**
     * What the history chart and {@code prompt scores} show: per version (0: a file outside the store), the latest
     * run's entry, versions in order; {@code runs} counts the entries each version had.
     */
    record VersionFigures(int version, int runs, Entry latest) {}

    static List<VersionFigures> perVersion(List<Entry> entries) {
        Map<Integer, List<Entry>> byVersion = new TreeMap<>();
        for (Entry e : entries) byVersion.computeIfAbsent(e.version(), v -> new ArrayList<>()).add(e);
        List<VersionFigures> out = new ArrayList<>();
        byVersion.forEach((version, list) -> {
            Entry latest = list.stream().max(java.util.Comparator.comparing(Entry::finishedAt).thenComparing(Entry::variant)).orElseThrow();
            out.add(new VersionFigures(version, list.size(), latest));
        });
        return out;
    }

    /** The entries of a finished run, one per variant, under {@code runKey}. */
    static List<Entry> entries(String runKey, SuiteReport report, Instant finishedAt, Resolver resolver) {
        List<Entry> out = new ArrayList<>();
        for (SuiteReport.VariantStats stats : report.variantStats()) {
            SuiteVariant variant = stats.variant();
            // The plan already knows the version and alias it runs (the bundle's or the store's); else ask the resolver.
            Resolved resolved = variant.runLabel().version() > 0
                    ? new Resolved(variant.runLabel().prompt(), variant.runLabel().version(), variant.runLabel().alias())
                    : resolver.resolve(variant.prompt());
            Map<String, double[]> sums = new TreeMap<>();
            for (SuiteCell cell : report.cells()) {
                if (cell.variant() != variant.index()) continue;
                for (AssertionResult result : cell.assertions()) {
                    if (result.notRun()) continue;
                    double[] sum = sums.computeIfAbsent(result.name(), k -> new double[2]);
                    sum[0] += result.score();
                    sum[1]++;
                }
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            sums.forEach((name, sum) -> metrics.put(name, sum[0] / sum[1]));
            out.add(new Entry(runKey, variant.index(), report.plan().suiteName(), resolved.prompt(), resolved.version(), resolved.alias(),
                    variant.label(), finishedAt, stats.total(), stats.passed(), stats.errors(), metrics));
        }
        return out;
    }
}
