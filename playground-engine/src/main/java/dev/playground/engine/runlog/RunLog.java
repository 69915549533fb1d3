package dev.playground.engine.runlog;

/** Where the gateway records every call (the local inference table). Must not throw for ordinary failures. */
@FunctionalInterface
public interface RunLog {
    RunLog NONE = run -> {};

    void record(RunRecord run);

    /**
     * Keeps a person's feedback on a recorded call: {@code thumbs} +1 up, -1 down, 0 none; {@code rating} 1 to 5, 0 none.
     * False when no call has that id (or this log keeps no feedback).
     */
    default boolean feedback(String id, int thumbs, int rating) {
        return false;
    }

    /** Keeps a judge's score (0 to 1) of a recorded call; false when no call has that id (or this log keeps none). */
    default boolean judged(String id, double score) {
        return false;
    }

    /**
     * Keeps each judge's verdict on a recorded call (so a person's feedback on it can be held against each judge) and
     * their mean score as the call's judge score (a verdict without a score counts 1 for pass, 0 for fail). False when
     * no call has that id or there is no verdict. By default only the mean is kept.
     */
    default boolean judged(String id, java.util.List<JudgeVerdict> verdicts) {
        if (verdicts.isEmpty()) return false;
        return judged(id, meanScore(verdicts));
    }

    /** The mean of the verdicts' scores, a verdict without one counting 1 for pass and 0 for fail. */
    static double meanScore(java.util.List<JudgeVerdict> verdicts) {
        return verdicts.stream().mapToDouble(v -> Double.isNaN(v.score()) ? (v.passed() ? 1 : 0) : v.score()).average().orElse(Double.NaN);
    }

    /** A run log found only when first used (a store opened lazily): every call, feedback and score goes to {@code target}'s. */
    static RunLog deferred(java.util.function.Supplier<? extends RunLog> target) {
        return new RunLog() {
            @Override
            public void record(RunRecord run) {
                target.get().record(run);
            }

            @Override
            public boolean feedback(String id, int thumbs, int rating) {
                return target.get().feedback(id, thumbs, rating);
            }

            @Override
            public boolean judged(String id, double score) {
                return target.get().judged(id, score);
            }

            @Override
            public boolean judged(String id, java.util.List<JudgeVerdict> verdicts) {
                return target.get().judged(id, verdicts);
            }
        };
    }
}
