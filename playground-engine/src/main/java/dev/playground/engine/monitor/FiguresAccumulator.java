package dev.playground.engine.monitor;

import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Adds calls up into {@link Figures}, keeping the raw latencies so the percentiles are exact. Not thread-safe. */
final class FiguresAccumulator {
    private static final long DAY_MILLIS = 86_400_000L;

    private final String key;
    private long requests;
    private long errors;
    private final long[] byKind = new long[ErrorKind.values().length];
    private long cancelled;
    private long retried;
    private long extraAttempts;
    private long[] latencies = new long[64];
    private int latencyCount;
    private long[] ttfts = new long[64];
    private int ttftCount;
    private long tokensIn;
    private long tokensOut;
    private double cost;
    private long priced;
    private final Map<Long, Double> costByDay = new TreeMap<>();
    private long thumbsUp;
    private long thumbsDown;
    private long rated;
    private long ratingSum;
    private long judged;
    private double judgeSum;
    private long refusals;
    private long answered;
    private long inputChars;
    private long outputChars;

    FiguresAccumulator(String key) {
        this.key = key;
    }

    void add(CallFacts call) {
        requests++;
        if (call.status() == RunStatus.CANCELLED) cancelled++;
        else if (call.errorKind() != null) {
            errors++;
            byKind[call.errorKind().ordinal()]++;
        }
        if (call.attempts() > 1) {
            retried++;
            extraAttempts += call.attempts() - 1;
        }
        if (call.latencyMicros() >= 0) {
            if (latencyCount == latencies.length) latencies = Arrays.copyOf(latencies, latencyCount * 2);
            latencies[latencyCount++] = call.latencyMicros();
        }
        if (call.ttftMicros() >= 0) {
            if (ttftCount == ttfts.length) ttfts = Arrays.copyOf(ttfts, ttftCount * 2);
            ttfts[ttftCount++] = call.ttftMicros();
        }
        tokensIn += call.tokensIn();
        tokensOut += call.tokensOut();
        if (!Double.isNaN(call.cost())) {
            cost += call.cost();
            priced++;
            costByDay.merge(Math.floorDiv(call.startedAtMillis(), DAY_MILLIS), call.cost(), Double::sum);
        }
        if (call.thumbs() > 0) thumbsUp++;
        else if (call.thumbs() < 0) thumbsDown++;
        if (call.rating() > 0) {
            rated++;
            ratingSum += call.rating();
        }
        if (!Double.isNaN(call.judgeScore())) {
            judged++;
            judgeSum += call.judgeScore();
        }
        inputChars += call.inputChars();
        if (call.status() == RunStatus.OK) {
            answered++;
            outputChars += call.outputChars();
            if (call.refused()) refusals++;
        }
    }

    long requests() {
        return requests;
    }

    Figures figures() {
        Map<ErrorKind, Long> kinds = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) if (byKind[kind.ordinal()] > 0) kinds.put(kind, byKind[kind.ordinal()]);
        TreeMap<LocalDate, Double> perDay = new TreeMap<>();
        costByDay.forEach((day, usd) -> perDay.put(LocalDate.ofEpochDay(day), usd));
        long feedback = thumbsUp + thumbsDown;
        return new Figures(key, requests, errors, requests == 0 ? 0 : (double) errors / requests, kinds, cancelled, retried,
                extraAttempts, Percentiles.ofMicros(latencies, latencyCount), Percentiles.ofMicros(ttfts, ttftCount), tokensIn,
                tokensOut, cost, priced, perDay, thumbsUp, thumbsDown, feedback == 0 ? Double.NaN : (double) thumbsUp / feedback,
                rated, rated == 0 ? Double.NaN : (double) ratingSum / rated, judged, judged == 0 ? Double.NaN : judgeSum / judged,
                refusals, answered == 0 ? Double.NaN : (double) refusals / answered,
                requests == 0 ? Double.NaN : (double) inputChars / requests, answered == 0 ? Double.NaN : (double) outputChars / answered);
    }
}
