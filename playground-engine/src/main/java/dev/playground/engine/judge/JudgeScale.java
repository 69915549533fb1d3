package dev.playground.engine.judge;

/** How a judge answers: a 1–5 score (4 or more counts as a pass) or a plain pass/fail. */
public enum JudgeScale {
    ONE_TO_FIVE, PASS_FAIL;

    /** Scores at or above this count as a pass when comparing with people's thumbs. */
    public static final int PASSING_SCORE = 4;
}
