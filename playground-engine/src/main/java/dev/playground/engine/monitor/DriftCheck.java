package dev.playground.engine.monitor;

/**
 * One measure compared across two windows: its value before and after, the change (relative for lengths and
 * latency, in points for rates, a cosine distance for topics), the threshold the change is held against and
 * the verdict. Values are NaN when a window had nothing to measure.
 */
public record DriftCheck(Measure measure, double before, double after, double change, double threshold, Verdict verdict) {
    public enum Measure {
        /** Mean characters of the messages sent; change relative. */
        INPUT_LENGTH,
        /** Mean characters of the answers; change relative. */
        OUTPUT_LENGTH,
        /** p95 latency in ms; change relative. */
        LATENCY_P95,
        /** Share of calls that failed; change in points (0-1). */
        ERROR_RATE,
        /** Share of answers that decline the request; change in points (0-1). */
        REFUSAL_RATE,
        /** Cosine distance between the mean embeddings of the inputs (0 same, 1 unrelated). */
        TOPICS
    }

    public enum Verdict { STABLE, DRIFTED, TOO_FEW_CALLS, NOT_MEASURED }

    public boolean drifted() {
        return verdict == Verdict.DRIFTED;
    }
}
