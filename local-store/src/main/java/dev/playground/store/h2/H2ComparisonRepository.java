package dev.playground.store.h2;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.SampleResult;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.TokenUsage;
import dev.playground.store.ComparisonRepository;
import dev.playground.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Comparisons in H2 (tables from V30). Every write is one transaction. */
public final class H2ComparisonRepository implements ComparisonRepository {
    private final Jdbc jdbc;

    public H2ComparisonRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long create(ComparisonRecord record) {
        return jdbc.inTransaction("save the comparison", c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO comparison (title, created_at, updated_at, samples, setup_json) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, record.title());
                insert.setObject(2, utc(record.createdAt()));
                insert.setObject(3, utc(Instant.now()));
                insert.setInt(4, record.samples());
                insert.setString(5, setupJson(record));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeResults(c, id, record);
            ComparisonLineage.write(c, id, record);
            return id;
        });
    }

    @Override
    public void replace(long id, ComparisonRecord record) {
        jdbc.inTransaction("save the comparison", c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE comparison SET title = ?, updated_at = ?, samples = ?, setup_json = ? WHERE id = ?")) {
                update.setString(1, record.title());
                update.setObject(2, utc(Instant.now()));
                update.setInt(3, record.samples());
                update.setString(4, setupJson(record));
                update.setLong(5, id);
                if (update.executeUpdate() == 0) throw new StoreException("There is no saved comparison " + id + ".", null);
            }
            execute(c, "DELETE FROM comparison_sample WHERE comparison_id = ?", id);
            execute(c, "DELETE FROM comparison_feedback WHERE comparison_id = ?", id);
            writeResults(c, id, record);
            ComparisonLineage.write(c, id, record);
            return null;
        });
    }

    @Override
    public void saveCell(long id, CellResult cell) {
        jdbc.inTransaction("save the cell", c -> {
            requireExists(c, id);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM comparison_sample WHERE comparison_id = ? AND variant_id = ? AND row_id = ?")) {
                delete.setLong(1, id);
                delete.setString(2, cell.key().variantId());
                delete.setString(3, cell.key().rowId());
                delete.executeUpdate();
            }
            writeCell(c, id, cell);
            touch(c, id);
            return null;
        });
    }

    @Override
    public void saveFeedback(long id, CellFeedback feedback) {
        jdbc.inTransaction("save the feedback", c -> {
            requireExists(c, id);
            if (feedback.isEmpty()) {
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM comparison_feedback WHERE comparison_id = ? AND variant_id = ? AND row_id = ?")) {
                    delete.setLong(1, id);
                    delete.setString(2, feedback.cell().variantId());
                    delete.setString(3, feedback.cell().rowId());
                    delete.executeUpdate();
                }
            } else {
                try (PreparedStatement merge = c.prepareStatement(Dialect.of(c).upsert("comparison_feedback", "comparison_id, variant_id, row_id",
                        "comparison_id, variant_id, row_id, thumb, rating, comment, updated_at", "?, ?, ?, ?, ?, ?, ?"))) {
                    bindFeedback(merge, id, feedback);
                    merge.executeUpdate();
                }
            }
            touch(c, id);
            return null;
        });
    }

    @Override
    public Optional<ComparisonRecord> load(long id) {
        return jdbc.inTransaction("open the comparison", c -> {
            String title;
            Instant created;
            int samples;
            ComparisonSetupJson.Setup setup;
            try (PreparedStatement select = c.prepareStatement("SELECT title, created_at, samples, setup_json FROM comparison WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    title = rs.getString(1);
                    created = rs.getObject(2, OffsetDateTime.class).toInstant();
                    samples = rs.getInt(3);
                    setup = ComparisonSetupJson.read(rs.getString(4));
                }
            }
            return Optional.of(new ComparisonRecord(title, created, setup.variants(), setup.rows(), samples, setup.metricSpecs(),
                    setup.rubrics(), setup.judge(), readCells(c, id), readFeedback(c, id)));
        });
    }

    @Override
    public List<Summary> list() {
        return jdbc.inTransaction("list comparisons", c -> {
            List<Summary> summaries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, title, created_at, updated_at, setup_json FROM comparison ORDER BY updated_at DESC, id DESC");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ComparisonSetupJson.Setup setup = ComparisonSetupJson.read(rs.getString(5));
                    summaries.add(new Summary(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), setup.variants().size(), setup.rows().size()));
                }
            }
            return summaries;
        });
    }

    @Override
    public void delete(long id) {
        jdbc.inTransaction("delete the comparison", c -> {
            execute(c, "DELETE FROM comparison WHERE id = ?", id);
            ComparisonLineage.forget(c, id);
            return null;
        });
    }

    private static String setupJson(ComparisonRecord record) {
        return ComparisonSetupJson.write(new ComparisonSetupJson.Setup(record.variants(), record.rows(), record.metricSpecs(), record.rubrics(),
                record.judge()));
    }

    private static void writeResults(Connection c, long id, ComparisonRecord record) throws SQLException {
        for (CellResult cell : record.cells()) writeCell(c, id, cell);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO comparison_feedback "
                + "(comparison_id, variant_id, row_id, thumb, rating, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (CellFeedback feedback : record.feedback()) {
                bindFeedback(insert, id, feedback);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeCell(Connection c, long id, CellResult cell) throws SQLException {
        try (PreparedStatement sample = c.prepareStatement("INSERT INTO comparison_sample (comparison_id, variant_id, row_id, sample_index, "
                + "output, finish_reason, input_tokens, output_tokens, tokens_reported, ttft_ms, latency_ms, cost_usd, error, context) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement score = c.prepareStatement("INSERT INTO comparison_score (comparison_id, variant_id, row_id, sample_index, "
                     + "position, name, score_value, passed, detail, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SampleResult s : cell.samples()) {
                sample.setLong(1, id);
                sample.setString(2, cell.key().variantId());
                sample.setString(3, cell.key().rowId());
                sample.setInt(4, s.index());
                sample.setString(5, s.output());
                sample.setString(6, s.finishReason());
                sample.setInt(7, s.usage().inputTokens());
                sample.setInt(8, s.usage().outputTokens());
                sample.setBoolean(9, s.usage().reported());
                setMillis(sample, 10, s.timeToFirstToken());
                setMillis(sample, 11, s.latency());
                if (s.costUsd() == null) sample.setNull(12, Types.DOUBLE);
                else sample.setDouble(12, s.costUsd());
                sample.setString(13, s.error());
                sample.setString(14, s.context());
                sample.executeUpdate();
                for (int i = 0; i < s.scores().size(); i++) {
                    Score sc = s.scores().get(i);
                    score.setLong(1, id);
                    score.setString(2, cell.key().variantId());
                    score.setString(3, cell.key().rowId());
                    score.setInt(4, s.index());
                    score.setInt(5, i);
                    score.setString(6, sc.name());
                    if (sc.value() == null) score.setNull(7, Types.DOUBLE);
                    else score.setDouble(7, sc.value());
                    if (sc.passed() == null) score.setNull(8, Types.BOOLEAN);
                    else score.setBoolean(8, sc.passed());
                    score.setString(9, sc.detail());
                    score.setString(10, sc.error());
                    score.addBatch();
                }
            }
            score.executeBatch();
        }
    }

    private static List<CellResult> readCells(Connection c, long id) throws SQLException {
        Map<String, List<Score>> scores = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT variant_id, row_id, sample_index, name, score_value, passed, detail, error "
                + "FROM comparison_score WHERE comparison_id = ? ORDER BY variant_id, row_id, sample_index, position")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(5);
                    Double boxed = rs.wasNull() ? null : value;
                    boolean passed = rs.getBoolean(6);
                    Boolean boxedPassed = rs.wasNull() ? null : passed;
                    scores.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getInt(3), k -> new ArrayList<>())
                            .add(new Score(rs.getString(4), boxed, boxedPassed, rs.getString(7), rs.getString(8)));
                }
            }
        }
        Map<CellKey, List<SampleResult>> cells = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT variant_id, row_id, sample_index, output, finish_reason, input_tokens, "
                + "output_tokens, tokens_reported, ttft_ms, latency_ms, cost_usd, error, context FROM comparison_sample WHERE comparison_id = ? "
                + "ORDER BY row_id, variant_id, sample_index")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    CellKey key = new CellKey(rs.getString(1), rs.getString(2));
                    int index = rs.getInt(3);
                    double cost = rs.getDouble(11);
                    Double boxedCost = rs.wasNull() ? null : cost;
                    SampleResult sample = new SampleResult(index, rs.getString(4), rs.getString(5),
                            new TokenUsage(rs.getInt(6), rs.getInt(7), rs.getBoolean(8)), millis(rs, 9), millis(rs, 10), boxedCost,
                            rs.getString(12), scores.getOrDefault(key.variantId() + "\u0000" + key.rowId() + "\u0000" + index, List.of()),
                            rs.getString(13));
                    cells.computeIfAbsent(key, k -> new ArrayList<>()).add(sample);
                }
            }
        }
        return cells.entrySet().stream().map(e -> new CellResult(e.getKey(), e.getValue())).toList();
    }

    private static List<CellFeedback> readFeedback(Connection c, long id) throws SQLException {
        List<CellFeedback> feedback = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT variant_id, row_id, thumb, rating, comment FROM comparison_feedback WHERE comparison_id = ? ORDER BY row_id, variant_id")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int rating = rs.getInt(4);
                    Integer boxed = rs.wasNull() ? null : rating;
                    feedback.add(new CellFeedback(new CellKey(rs.getString(1), rs.getString(2)), CellFeedback.Thumb.valueOf(rs.getString(3)), boxed,
                            rs.getString(5)));
                }
            }
        }
        return feedback;
    }

    private static void bindFeedback(PreparedStatement statement, long id, CellFeedback feedback) throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, feedback.cell().variantId());
        statement.setString(3, feedback.cell().rowId());
        statement.setString(4, feedback.thumb().name());
        if (feedback.rating() == null) statement.setNull(5, Types.INTEGER);
        else statement.setInt(5, feedback.rating());
        statement.setString(6, feedback.comment());
        statement.setObject(7, utc(Instant.now()));
    }

    private static void requireExists(Connection c, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM comparison WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) throw new StoreException("There is no saved comparison " + id + ". It may have been deleted.", null);
            }
        }
    }

    private static void touch(Connection c, long id) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE comparison SET updated_at = ? WHERE id = ?")) {
            update.setObject(1, utc(Instant.now()));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static void setMillis(PreparedStatement statement, int index, Duration duration) throws SQLException {
        if (duration == null) statement.setNull(index, Types.BIGINT);
        else statement.setLong(index, duration.toMillis());
    }

    private static Duration millis(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofMillis(value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
