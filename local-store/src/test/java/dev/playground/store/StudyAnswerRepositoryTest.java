package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.study.StudyAnswer;
import dev.playground.engine.study.StudyMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyAnswerRepositoryTest {
    @TempDir Path dataDir;

    @Test
    void answers_survive_reopening_in_time_order_with_what_was_chosen() {
        StudyAnswer later = new StudyAnswer("s3-004", 3, "3.1", List.of(0, 2), true, StudyMode.EXAM, Instant.parse("2026-03-02T10:00:00Z"));
        StudyAnswer earlier = new StudyAnswer("s1-001", 1, "1.1", List.of(), false, StudyMode.PRACTICE,
                Instant.parse("2026-03-01T08:30:00.123Z"));
        StudyAnswer review = new StudyAnswer("s1-001", 1, "1.1", List.of(3), true, StudyMode.REVIEW, Instant.parse("2026-03-02T10:00:00Z"));
        try (LocalStore store = open(dataDir)) {
            assertThat(store.studyAnswers().all()).isEmpty();
            store.studyAnswers().record(List.of(later));
            store.studyAnswers().record(List.of(earlier, review));
        }
        try (LocalStore store = open(dataDir)) {
            // Oldest first; answers given at the same moment stay in the order they were kept.
            assertThat(store.studyAnswers().all()).containsExactly(earlier, later, review);
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
