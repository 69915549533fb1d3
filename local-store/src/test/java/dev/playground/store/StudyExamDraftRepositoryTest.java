package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.study.ExamDraft;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyExamDraftRepositoryTest {
    @TempDir Path dataDir;

    @Test
    void the_exam_in_progress_survives_reopening_and_a_new_one_replaces_it() {
        ExamDraft first = new ExamDraft(List.of("s1-001", "s3-004", "s6-010"), List.of(Set.of(2), Set.of(), Set.of(0, 3)), Set.of(1), 2,
                Duration.ofMinutes(6), Duration.ofSeconds(311), Instant.parse("2026-12-01T09:05:00.250Z"));
        ExamDraft second = new ExamDraft(List.of("s2-002", "s4-001"), List.of(Set.of(), Set.of()), Set.of(), 0, Duration.ofMinutes(4),
                Duration.ofMinutes(4), Instant.parse("2026-12-01T10:00:00Z"));
        try (LocalStore store = open(dataDir)) {
            assertThat(store.studyExamDraft().kept()).isEmpty();
            store.studyExamDraft().keep(first);
        }
        try (LocalStore store = open(dataDir)) {
            assertThat(store.studyExamDraft().kept()).contains(first);
            store.studyExamDraft().keep(second);
            assertThat(store.studyExamDraft().kept()).contains(second);
            store.studyExamDraft().drop();
        }
        try (LocalStore store = open(dataDir)) {
            assertThat(store.studyExamDraft().kept()).isEmpty();
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
