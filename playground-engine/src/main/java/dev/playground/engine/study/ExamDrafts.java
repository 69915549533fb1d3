package dev.playground.engine.study;

import java.util.Optional;

/**
 * Where the mock exam in progress is kept so that closing the app does not lose it (one at a time: a new exam replaces
 * the old one). The store implements it; tests hand in their own. Methods touch the store: call them off the FX thread.
 */
public interface ExamDrafts {
    /** Keeps nothing (a window without a store). */
    ExamDrafts NONE = new ExamDrafts() {
        @Override
        public void keep(ExamDraft draft) {}

        @Override
        public Optional<ExamDraft> kept() {
            return Optional.empty();
        }

        @Override
        public void drop() {}
    };

    /** Keeps the exam, replacing the one kept before. */
    void keep(ExamDraft draft);

    /** The exam in progress, if one was kept and not handed in or dropped. */
    Optional<ExamDraft> kept();

    /** Forgets the kept exam (handed in, or the student chose not to resume it). */
    void drop();
}
