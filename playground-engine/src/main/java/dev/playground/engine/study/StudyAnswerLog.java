package dev.playground.engine.study;

import java.util.List;

/** Where answers are kept (the store implements it); the study services read progress back from it. */
public interface StudyAnswerLog {
    /** Keeps the answers, all or none. */
    void record(List<StudyAnswer> answers);

    /** Every answer kept, oldest first. */
    List<StudyAnswer> all();
}
