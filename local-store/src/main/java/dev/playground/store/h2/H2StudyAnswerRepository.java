package dev.playground.store.h2;

import dev.playground.engine.study.StudyAnswer;
import dev.playground.engine.study.StudyMode;
import dev.playground.store.StudyAnswerRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public final class H2StudyAnswerRepository implements StudyAnswerRepository {
    private final Jdbc jdbc;

    public H2StudyAnswerRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<StudyAnswer> answers) {
        if (answers.isEmpty()) return;
        jdbc.inTransaction("save " + answers.size() + " study answer(s)", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO study_answer "
                    + "(answered_at, question_id, section, topic, chosen, correct, mode) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (StudyAnswer a : answers) {
                    insert.setObject(1, a.answeredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(2, a.questionId());
                    insert.setInt(3, a.section());
                    insert.setString(4, a.topic());
                    insert.setString(5, a.chosen().stream().map(String::valueOf).collect(Collectors.joining(",")));
                    insert.setBoolean(6, a.correct());
                    insert.setString(7, a.mode().code());
                    insert.addBatch();
                }
                return insert.executeBatch().length;
            }
        });
    }

    @Override
    public List<StudyAnswer> all() {
        return jdbc.read("read the study answers", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT answered_at, question_id, section, topic, chosen, "
                    + "correct, mode FROM study_answer ORDER BY answered_at, id");
                 ResultSet rs = query.executeQuery()) {
                List<StudyAnswer> out = new ArrayList<>();
                while (rs.next()) {
                    String chosen = rs.getString(5);
                    out.add(new StudyAnswer(rs.getString(2), rs.getInt(3), rs.getString(4),
                            chosen.isEmpty() ? List.of() : Arrays.stream(chosen.split(",")).map(Integer::valueOf).toList(),
                            rs.getBoolean(6), StudyMode.parse(rs.getString(7)), rs.getObject(1, OffsetDateTime.class).toInstant()));
                }
                return out;
            }
        });
    }
}
