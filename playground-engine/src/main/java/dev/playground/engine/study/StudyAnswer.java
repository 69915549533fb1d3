package dev.playground.engine.study;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One answer a student gave, as kept in the store: which question (with its section and topic, so
 * progress can be read without the bank), the options chosen (0-based, sorted; empty when skipped),
 * whether that was right, how it was asked and when.
 */
public record StudyAnswer(String questionId, int section, String topic, List<Integer> chosen, boolean correct, StudyMode mode,
        Instant answeredAt) {

    public StudyAnswer {
        chosen = List.copyOf(new TreeSet<>(chosen == null ? Set.of() : chosen));
    }

    /** The answer to {@code question}, judged with {@link ScoreCard#isCorrect}. */
    public static StudyAnswer of(Question question, Set<Integer> chosen, StudyMode mode, Instant at) {
        Set<Integer> picked = chosen == null ? Set.of() : chosen;
        return new StudyAnswer(question.id(), question.section(), question.topic(), List.copyOf(picked),
                ScoreCard.isCorrect(question, picked), mode, at);
    }
}
