package dev.playground.engine.study;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A mock exam in progress as it is kept between sessions: the questions in the order drawn (by id), the options chosen
 * for each (0-based, empty while unanswered), the flagged questions (0-based positions), the question on screen, the
 * time limit and the time left when it was kept. The clock stands still while the app is closed: a resumed exam goes
 * on with the time that was left.
 */
public record ExamDraft(List<String> questionIds, List<Set<Integer>> answers, Set<Integer> flags, int position, Duration timeLimit,
        Duration remaining, Instant keptAt) {

    public ExamDraft {
        questionIds = List.copyOf(questionIds);
        answers = answers.stream().map(Set::copyOf).toList();
        flags = Set.copyOf(flags);
        if (answers.size() != questionIds.size()) throw new IllegalArgumentException("one answer set per question");
    }

    public int answeredCount() {
        return (int) answers.stream().filter(a -> !a.isEmpty()).count();
    }
}
