package dev.playground.engine.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The values each sampling parameter may take, checked wherever settings come in (command-line options, prompt files,
 * bundles, saves) so the window and the command line refuse the same things. An out-of-range value is refused with
 * its name and range; it is never clamped or dropped.
 */
public final class SettingsRanges {
    public static final double MAX_TEMPERATURE = 2.0;
    public static final double MAX_PENALTY = 2.0;
    public static final int MAX_TOKENS_LIMIT = 10_000_000;

    private SettingsRanges() {}

    /** {@code settings} unchanged, or an IllegalArgumentException naming the value and the range allowed. */
    public static ModelSettings check(ModelSettings settings) {
        Optional<String> problem = problem(settings);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return settings;
    }

    public static Optional<String> problem(ModelSettings s) {
        return first(
                range("temperature", s.temperature(), 0, MAX_TEMPERATURE),
                range("top-p", s.topP(), 0, 1),
                range("top-k", s.topK(), 1, 1_000_000),
                range("max-tokens", s.maxTokens(), 1, MAX_TOKENS_LIMIT),
                range("presence-penalty", s.presencePenalty(), -MAX_PENALTY, MAX_PENALTY),
                range("frequency-penalty", s.frequencyPenalty(), -MAX_PENALTY, MAX_PENALTY));
    }

    /** A number read from a file or option: its value, or an IllegalArgumentException when it is not a number at all. */
    public static Double number(String name, String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a number.");
        }
    }

    private static Optional<String> range(String name, Number value, double min, double max) {
        if (value == null) return Optional.empty();
        double v = value.doubleValue();
        if (!Double.isNaN(v) && v >= min && v <= max) return Optional.empty();
        return Optional.of(name + " " + value + " is out of range: use " + (value instanceof Integer ? "a whole number" : "a number")
                + " from " + format(min) + " to " + format(max) + ".");
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... problems) {
        for (Optional<String> problem : problems) if (problem.isPresent()) return problem;
        return Optional.empty();
    }
}
