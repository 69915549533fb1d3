package dev.playground.engine.runlog;

import java.util.Objects;

/**
 * One judge's verdict on a logged call: which judge (a suite assertion's name, a Compare rubric), whether it passed the
 * answer, and its score from 0 to 1 (NaN when it gave only pass or fail).
 */
public record JudgeVerdict(String judge, boolean passed, double score) {
    public JudgeVerdict {
        Objects.requireNonNull(judge, "judge");
        if (!Double.isNaN(score) && (score < 0 || score > 1)) throw new IllegalArgumentException("A judge's score is between 0 and 1.");
    }
}
