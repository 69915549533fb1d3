package dev.playground.engine.monitor;

import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.monitor.DriftCheck.Measure;
import dev.playground.engine.monitor.DriftCheck.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two windows of the run log, as a data-profile monitor compares two slices of a table: input and
 * output length, p95 latency, error rate, refusal rate, and the topics of the inputs (the cosine distance
 * between the mean embeddings of up to {@link #TOPIC_SAMPLE} inputs per window, with the embedder given;
 * without one, topics are not measured). Each check says drifted when its change passes its threshold.
 */
public final class DriftService {
    /** Below this many calls in either window, no verdict is given. */
    public static final int MIN_CALLS = 10;
    public static final int TOPIC_SAMPLE = 200;
    public static final double LENGTH_THRESHOLD = 0.25;
    public static final double LATENCY_THRESHOLD = 0.50;
    public static final double RATE_THRESHOLD = 0.05;
    public static final double TOPIC_THRESHOLD = 0.15;

    private final MonitorSource source;
    private final TextEmbedder embedder;

    /** {@code embedder} may be null: topics are then reported as not measured. */
    public DriftService(MonitorSource source, TextEmbedder embedder) {
        this.source = source;
        this.embedder = embedder;
    }

    /** The range [from, to) against the range of the same length just before it. */
    public DriftReport againstPrevious(Instant from, Instant to) {
        Duration length = Duration.between(from, to);
        return compare(DriftWindow.of("before", from.minus(length), from), DriftWindow.of("after", from, to));
    }

    /** Version {@code version} of {@code prompt} against the version before it, each over [from, to). */
    public DriftReport againstPreviousVersion(String prompt, int version, Instant from, Instant to) {
        if (version < 2) throw new IllegalArgumentException("Version " + version + " of '" + prompt + "' has no earlier version to compare with.");
        return compare(new DriftWindow(prompt + "/" + (version - 1), from, to, prompt, version - 1),
                new DriftWindow(prompt + "/" + version, from, to, prompt, version));
    }

    public DriftReport compare(DriftWindow before, DriftWindow after) {
        Figures a = figures(before);
        Figures b = figures(after);
        boolean enough = a.requests() >= MIN_CALLS && b.requests() >= MIN_CALLS;
        List<DriftCheck> checks = new ArrayList<>();
        checks.add(relative(Measure.INPUT_LENGTH, a.meanInputChars(), b.meanInputChars(), LENGTH_THRESHOLD, enough));
        checks.add(relative(Measure.OUTPUT_LENGTH, a.meanOutputChars(), b.meanOutputChars(), LENGTH_THRESHOLD, enough));
        checks.add(relative(Measure.LATENCY_P95, a.latencyMs().p95(), b.latencyMs().p95(), LATENCY_THRESHOLD, enough));
        checks.add(points(Measure.ERROR_RATE, a.errorRate(), b.errorRate(), enough));
        checks.add(points(Measure.REFUSAL_RATE, a.refusalRate(), b.refusalRate(), enough));
        checks.add(topics(before, after, enough));
        return new DriftReport(before, after, a.requests(), b.requests(), checks);
    }

    private Figures figures(DriftWindow window) {
        FiguresAccumulator sum = new FiguresAccumulator(window.label());
        source.scan(window.from(), window.to(), call -> {
            if (window.holds(call)) sum.add(call);
        });
        return sum.figures();
    }

    private static DriftCheck relative(Measure measure, double before, double after, double threshold, boolean enough) {
        if (!enough) return new DriftCheck(measure, before, after, Double.NaN, threshold, Verdict.TOO_FEW_CALLS);
        if (Double.isNaN(before) || Double.isNaN(after)) return new DriftCheck(measure, before, after, Double.NaN, threshold, Verdict.NOT_MEASURED);
        double change = before == 0 ? (after == 0 ? 0 : Double.POSITIVE_INFINITY) : (after - before) / before;
        return new DriftCheck(measure, before, after, change, threshold, Math.abs(change) > threshold ? Verdict.DRIFTED : Verdict.STABLE);
    }

    private static DriftCheck points(Measure measure, double before, double after, boolean enough) {
        if (!enough) return new DriftCheck(measure, before, after, Double.NaN, RATE_THRESHOLD, Verdict.TOO_FEW_CALLS);
        if (Double.isNaN(before) || Double.isNaN(after)) return new DriftCheck(measure, before, after, Double.NaN, RATE_THRESHOLD, Verdict.NOT_MEASURED);
        double change = after - before;
        return new DriftCheck(measure, before, after, change, RATE_THRESHOLD, Math.abs(change) > RATE_THRESHOLD ? Verdict.DRIFTED : Verdict.STABLE);
    }

    private DriftCheck topics(DriftWindow before, DriftWindow after, boolean enough) {
        if (!enough) return new DriftCheck(Measure.TOPICS, Double.NaN, Double.NaN, Double.NaN, TOPIC_THRESHOLD, Verdict.TOO_FEW_CALLS);
        if (embedder == null) return new DriftCheck(Measure.TOPICS, Double.NaN, Double.NaN, Double.NaN, TOPIC_THRESHOLD, Verdict.NOT_MEASURED);
        double[] a = centroid(source.inputs(before.from(), before.to(), before.prompt(), before.version(), TOPIC_SAMPLE));
        double[] b = centroid(source.inputs(after.from(), after.to(), after.prompt(), after.version(), TOPIC_SAMPLE));
        if (a == null || b == null) return new DriftCheck(Measure.TOPICS, Double.NaN, Double.NaN, Double.NaN, TOPIC_THRESHOLD, Verdict.NOT_MEASURED);
        double distance = 1 - cosine(a, b);
        return new DriftCheck(Measure.TOPICS, 0, distance, distance, TOPIC_THRESHOLD, distance > TOPIC_THRESHOLD ? Verdict.DRIFTED : Verdict.STABLE);
    }

    /** The mean of the unit-length embeddings of the texts, or null when there are none. */
    private double[] centroid(List<String> texts) {
        double[] sum = null;
        for (String text : texts) {
            float[] vector = embedder.embed(text);
            double norm = 0;
            for (float v : vector) norm += v * v;
            norm = Math.sqrt(norm);
            if (norm == 0) continue;
            if (sum == null) sum = new double[vector.length];
            for (int i = 0; i < vector.length; i++) sum[i] += vector[i] / norm;
        }
        return sum;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
