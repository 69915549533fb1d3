package dev.playground.engine.monitor;

import dev.playground.engine.runlog.ErrorKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * The monitoring figures of a set of calls (all of a time range, or one group of it). Calls count once, by
 * their final outcome: {@code errors} are calls that ended in an error (cancelled calls are not errors), and
 * {@code retried} calls needed more than one attempt, {@code extraAttempts} attempts beyond the first in all.
 * {@code cost} sums the calls with a known price ({@code priced} of them). Ratios are NaN when nothing was
 * there to count (no feedback, no judged calls).
 */
public record Figures(String key, long requests, long errors, double errorRate, Map<ErrorKind, Long> errorsByKind, long cancelled,
                      long retried, long extraAttempts, Percentiles latencyMs, Percentiles ttftMs, long tokensIn, long tokensOut,
                      double cost, long priced, SortedMap<LocalDate, Double> costPerDay, long thumbsUp, long thumbsDown,
                      double thumbsUpRatio, long rated, double meanRating, long judged, double meanJudgeScore, long refusals,
                      double refusalRate, double meanInputChars, double meanOutputChars) {
    public Figures {
        errorsByKind = Map.copyOf(errorsByKind);
        costPerDay = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(costPerDay));
    }

    /** Errors of one kind (0 when none). */
    public long errors(ErrorKind kind) {
        return errorsByKind.getOrDefault(kind, 0L);
    }

    /** Share of feedback that was thumbs down, NaN when there was none. */
    public double thumbsDownRatio() {
        long feedback = thumbsUp + thumbsDown;
        return feedback == 0 ? Double.NaN : (double) thumbsDown / feedback;
    }
}
