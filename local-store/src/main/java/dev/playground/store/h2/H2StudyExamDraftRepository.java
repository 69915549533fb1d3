package dev.playground.store.h2;

import dev.playground.engine.study.ExamDraft;
import dev.playground.store.StudyExamDraftRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The mock exam in progress in one row of {@code study_exam_draft} (V51). */
public final class H2StudyExamDraftRepository implements StudyExamDraftRepository {
    private static final int SLOT = 1;
    private final Jdbc jdbc;

    public H2StudyExamDraftRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(ExamDraft draft) {
        jdbc.inTransaction("keep the mock exam in progress", connection -> {
            try (PreparedStatement merge = connection.prepareStatement(Dialect.of(connection).upsert("study_exam_draft", "slot",
                    "slot, question_ids, answers, flags, position, time_limit_ms, remaining_ms, kept_at", "?, ?, ?, ?, ?, ?, ?, ?"))) {
                merge.setInt(1, SLOT);
                merge.setString(2, String.join(",", draft.questionIds()));
                merge.setString(3, draft.answers().stream().map(H2StudyExamDraftRepository::numbers).collect(Collectors.joining(";")));
                merge.setString(4, numbers(draft.flags()));
                merge.setInt(5, draft.position());
                merge.setLong(6, draft.timeLimit().toMillis());
                merge.setLong(7, draft.remaining().toMillis());
                merge.setObject(8, draft.keptAt().atOffset(ZoneOffset.UTC));
                return merge.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ExamDraft> kept() {
        return jdbc.read("read the mock exam in progress", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT question_ids, answers, flags, position, time_limit_ms, "
                    + "remaining_ms, kept_at FROM study_exam_draft WHERE slot = ?")) {
                query.setInt(1, SLOT);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    List<String> ids = List.of(rs.getString(1).split(","));
                    // split(";", -1) keeps the trailing unanswered questions as empty sets.
                    List<Set<Integer>> answers = Arrays.stream(rs.getString(2).split(";", -1)).map(H2StudyExamDraftRepository::parse).toList();
                    return Optional.of(new ExamDraft(ids, answers, parse(rs.getString(3)), rs.getInt(4), Duration.ofMillis(rs.getLong(5)),
                            Duration.ofMillis(rs.getLong(6)), rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        });
    }

    @Override
    public void drop() {
        jdbc.inTransaction("drop the mock exam in progress", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM study_exam_draft WHERE slot = ?")) {
                delete.setInt(1, SLOT);
                return delete.executeUpdate();
            }
        });
    }

    private static String numbers(Collection<Integer> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> parse(String text) {
        return text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
