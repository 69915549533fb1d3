package dev.playground.store;

import dev.playground.engine.study.ExamDrafts;

/** The mock exam in progress, kept in the store between sessions (migration V51). */
public interface StudyExamDraftRepository extends ExamDrafts {
}
