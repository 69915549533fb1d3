package dev.playground.engine.suite;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import java.util.List;
import java.util.Map;

/**
 * A suite made ready to run: every variant with its connection, every row with its assertions known good, where the
 * rows came from ({@code datasetRef}, e.g. {@code questions/2}, or the suite's file), and the run's options.
 * {@code judge} is null when each variant judges with its own connection and model.
 */
public record SuitePlan(String suiteName, String source, List<SuiteVariant> variants, List<DatasetRow> rows, Map<String, String> defaultVars,
                        List<SuiteAssertion> asserts, List<List<SuiteAssertion>> rowAsserts, Double threshold, JudgeModel judge,
                        int repeat, int concurrency, String datasetRef, List<String> warnings) {
    public SuitePlan {
        variants = List.copyOf(variants);
        rows = List.copyOf(rows);
        defaultVars = Map.copyOf(defaultVars);
        asserts = List.copyOf(asserts);
        rowAsserts = List.copyOf(rowAsserts);
        warnings = List.copyOf(warnings);
    }

    /** How many cells a full run has: rows × variants × repeat. */
    public int cellCount() {
        return rows.size() * variants.size() * repeat;
    }

    public SuitePlan withOptions(int newRepeat, int newConcurrency) {
        return new SuitePlan(suiteName, source, variants, rows, defaultVars, asserts, rowAsserts, threshold, judge, Math.max(1, newRepeat),
                Math.max(1, newConcurrency), datasetRef, warnings);
    }

    /** A digest of what the run does, so an interrupted run is resumed only by the same suite on the same rows. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(suiteName).append('|').append(source).append('|').append(datasetRef).append('|').append(repeat);
        for (SuiteVariant v : variants) text.append('|').append(v.label()).append(v.document().hashCode()).append(v.connection().id())
                .append(v.model()).append(v.settings());
        text.append('|').append(rows.hashCode()).append('|').append(asserts.hashCode());
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
