package dev.playground.engine.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One exam-style question. {@code answer} holds the 0-based indices of the right options (the same
 * in both languages); {@code facts} names the facts of the reference the key rests on.
 */
public record Question(String id, int section, String topic, QuestionType type, List<Integer> answer, List<String> facts,
        QuestionText en, QuestionText es) {

    public Question {
        answer = answer == null ? null : Collections.unmodifiableList(new ArrayList<>(answer));
        facts = facts == null ? null : Collections.unmodifiableList(new ArrayList<>(facts));
    }

    public QuestionText text(StudyLanguage language) {
        return language == StudyLanguage.ES ? es : en;
    }

    public boolean isRight(int option) {
        return answer.contains(option);
    }

    /** Where the lesson for this question's topic is. */
    public LessonRef lesson() {
        return new LessonRef(section, topic);
    }
}
