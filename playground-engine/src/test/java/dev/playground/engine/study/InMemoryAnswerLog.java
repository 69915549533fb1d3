package dev.playground.engine.study;

import java.util.ArrayList;
import java.util.List;

/** The answer log of the engine's tests: kept in a list. */
final class InMemoryAnswerLog implements StudyAnswerLog {
    private final List<StudyAnswer> answers = new ArrayList<>();

    @Override
    public synchronized void record(List<StudyAnswer> given) {
        answers.addAll(given);
    }

    @Override
    public synchronized List<StudyAnswer> all() {
        return List.copyOf(answers);
    }
}
