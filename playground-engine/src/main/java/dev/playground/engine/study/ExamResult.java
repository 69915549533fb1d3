package dev.playground.engine.study;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A finished mock exam: the score per section with the readiness estimate, the questions missed
 * (with what was chosen), every answer as it goes to the store, the time used, and whether the time
 * ran out.
 */
public record ExamResult(ScoreCard card, List<Missed> missed, List<StudyAnswer> answers, Duration used, boolean timedOut) {

    /** A question answered wrong or left unanswered, at its place in the exam (0-based). */
    public record Missed(int index, Question question, Set<Integer> chosen) {
    }
}
