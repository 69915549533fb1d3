package dev.playground.store;

import dev.playground.engine.study.StudyAnswerLog;

/** Study progress in the store: every answer with its time ({@code StudyProgress} reads it back). */
public interface StudyAnswerRepository extends StudyAnswerLog {
}
