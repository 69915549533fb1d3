package dev.playground.engine.monitor;

import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunStatus;

/**
 * The narrow view of one logged call that monitoring reads: no texts, just what the figures need.
 * {@code latencyMicros} and {@code ttftMicros} are -1 when the call never got that far; {@code cost} is
 * NaN without a known price; {@code thumbs} is +1, -1 or 0 (none); {@code rating} 0 when unrated;
 * {@code judgeScore} NaN when no judge scored it. {@code startedAtMillis} is milliseconds since the epoch.
 */
public record CallFacts(String id, long startedAtMillis, String model, String connection, String prompt, int version, String alias,
                        RunStatus status, ErrorKind errorKind, int attempts, int tokensIn, int tokensOut, long latencyMicros,
                        long ttftMicros, double cost, int inputChars, int outputChars, boolean refused, int thumbs, int rating,
                        double judgeScore) {
}
