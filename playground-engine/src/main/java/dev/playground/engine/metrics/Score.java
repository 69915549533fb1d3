package dev.playground.engine.metrics;

import java.util.Objects;

/**
 * One score for one output: a number (a metric value, or a judge's 1–5), a pass/fail, or both.
 * {@code detail} explains it (a judge's reasoning, what a regex matched); {@code error} is set
 * when no score could be given, and then {@code detail} holds what we got instead (e.g. the raw
 * judge answer).
 */
public record Score(String name, Double value, Boolean passed, String detail, String error) {
    public Score {
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
        error = error == null ? "" : error;
    }

    public static Score ofValue(String name, double value, String detail) {
        return new Score(name, value, null, detail, "");
    }

    public static Score ofPass(String name, boolean passed, String detail) {
        return new Score(name, passed ? 1.0 : 0.0, passed, detail, "");
    }

    public static Score ofValueAndPass(String name, double value, boolean passed, String detail) {
        return new Score(name, value, passed, detail, "");
    }

    public static Score failed(String name, String error, String detail) {
        return new Score(name, null, null, detail, error);
    }

    public boolean isError() {
        return !error.isEmpty();
    }
}
