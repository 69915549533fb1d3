package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.GuardNote;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.RunQuery;
import dev.playground.store.RunRepository;
import dev.playground.store.StoreException;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The run log table. Durations are kept in microseconds so cached answers (well under 1 ms) still show. */
public final class H2RunRepository implements RunRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String COLUMNS = "id, started_at, connection_id, connection_name, provider, model, prompt_name, settings_json, "
            + "messages_json, output, finish_reason, status, input_tokens, output_tokens, tokens_reported, ttft_micros, latency_micros, "
            + "cost_usd, error, cached, original_latency_micros, attempts, guardrails, prompt_version, alias, error_kind";
    private static final String FACTS = "INSERT INTO run_facts (run_id, started_at, model, connection_name, prompt_name, prompt_version, "
            + "alias, status, error_kind, attempts, input_tokens, output_tokens, latency_micros, ttft_micros, cost_usd, input_chars, "
            + "output_chars, refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(H2RunRepository.class);

    private final Jdbc jdbc;
    private final GroupCommit commits;
    private final java.util.function.Consumer<RunRecord> afterRecord;

    public H2RunRepository(Jdbc jdbc) {
        this(jdbc, null);
    }

    /** With {@code commits}, rows recorded at the same time share one transaction and one sync (a suite run's calls). */
    public H2RunRepository(Jdbc jdbc, GroupCommit commits) {
        this(jdbc, commits, run -> {});
    }

    /** As above; {@code afterRecord} hears of each run once it is saved. */
    public H2RunRepository(Jdbc jdbc, GroupCommit commits, java.util.function.Consumer<RunRecord> afterRecord) {
        this.jdbc = jdbc;
        this.commits = commits;
        this.afterRecord = afterRecord;
    }

    /**
     * With a {@link GroupCommit} the row is queued, not waited for: a suite's calls share commits, and the suite cell
     * written after a call is saved no earlier than its row. Reads through this store wait for the queue first, so
     * whoever waits on a call's result still finds its row. Without one, the row is saved before this returns.
     */
    @Override
    public void record(RunRecord run) {
        String settings = json(run.settings());
        String messages = json(run.messages());
        String sql = "INSERT INTO run_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        GroupCommit.Piece piece = statements -> {
            PreparedStatement insert = statements.prepare(sql);
            int i = 1;
            insert.setString(i++, run.id());
            insert.setTimestamp(i++, Timestamp.from(run.startedAt()));
            insert.setString(i++, run.connectionId());
            insert.setString(i++, run.connectionName());
            insert.setString(i++, run.provider().cliName());
            insert.setString(i++, run.model());
            insert.setString(i++, run.promptName());
            insert.setString(i++, settings);
            insert.setString(i++, messages);
            insert.setString(i++, run.output());
            insert.setString(i++, run.finishReason());
            insert.setString(i++, run.status().name());
            insert.setInt(i++, run.inputTokens());
            insert.setInt(i++, run.outputTokens());
            insert.setBoolean(i++, run.tokensReported());
            setMicros(insert, i++, run.timeToFirstToken());
            setMicros(insert, i++, run.latency());
            if (run.costUsd() == null) insert.setNull(i++, Types.DECIMAL);
            else insert.setBigDecimal(i++, BigDecimal.valueOf(run.costUsd()));
            insert.setString(i++, run.error());
            insert.setBoolean(i++, run.cached());
            setMicros(insert, i++, run.originalLatency());
            insert.setInt(i++, run.attempts());
            insert.setString(i++, GuardNote.compact(run.guardrails()));
            insert.setInt(i++, run.promptVersion());
            insert.setString(i++, run.alias());
            insert.setString(i, run.errorKind() == null ? null : run.errorKind().name());
            insert.executeUpdate();
            // The narrow projection monitoring reads (V50), in the same transaction.
            PreparedStatement facts = statements.prepare(FACTS);
            RunFacts.bind(facts, run);
            facts.executeUpdate();
        };
        if (commits == null) {
            jdbc.inTransaction("record the run " + run.id(), connection -> {
                try (PreparedStatement insert = connection.prepareStatement(sql); PreparedStatement facts = connection.prepareStatement(FACTS)) {
                    piece.write(text -> text.equals(FACTS) ? facts : insert);
                    return 1;
                }
            });
            afterRecord.accept(run);
            return;
        }
        commits.submit("record the run " + run.id(), piece).whenComplete((saved, e) -> {
            if (e != null) LOG.warn("Could not record run {} in the run log: {}", run.id(), e.getMessage());
            else afterRecord.accept(run);
        });
    }

    /** Rows of this process still queued are saved before a read, so a caller reads what it recorded. */
    private void settle() {
        if (commits != null) commits.flush();
    }

    @Override
    public List<RunRecord> find(RunQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM run_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.prompt() != null && !query.prompt().isBlank()) {
            sql.append(" AND LOWER(prompt_name) LIKE ?");
            args.add(like(query.prompt()));
        }
        if (query.model() != null && !query.model().isBlank()) {
            sql.append(" AND LOWER(model) LIKE ?");
            args.add(like(query.model()));
        }
        if (query.from() != null) {
            sql.append(" AND started_at >= ?");
            args.add(Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND started_at < ?");
            args.add(Timestamp.from(query.to()));
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            args.add(query.status().name());
        }
        sql.append(" ORDER BY started_at DESC, id LIMIT ?");
        settle();
        args.add(query.limit());
        return jdbc.inTransaction("list runs", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
                try (ResultSet rs = select.executeQuery()) {
                    List<RunRecord> runs = new ArrayList<>();
                    while (rs.next()) runs.add(read(rs));
                    return runs;
                }
            }
        });
    }

    @Override
    public Optional<RunRecord> get(String id) {
        settle();
        return jdbc.inTransaction("read run " + id, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM run_log WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean feedback(String id, int thumbs, int rating) {
        if (thumbs < -1 || thumbs > 1) throw new IllegalArgumentException("Thumbs are +1 (up), -1 (down) or 0 (none).");
        if (rating < 0 || rating > 5) throw new IllegalArgumentException("A rating is 1 to 5 (0 for none).");
        return keep("keep feedback on run " + id, id, "thumbs = ?, rating = ?", thumbs == 0 ? null : thumbs, rating == 0 ? null : rating);
    }

    @Override
    public boolean judged(String id, double score) {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("A judge's score is between 0 and 1.");
        return keep("keep the judge's score of run " + id, id, "judge_score = ?", score);
    }

    /** Keeps each verdict (replacing an earlier one of the same judge) and their mean as the run's judge score. */
    @Override
    public boolean judged(String id, List<dev.playground.engine.runlog.JudgeVerdict> verdicts) {
        if (verdicts.isEmpty()) return false;
        double mean = dev.playground.engine.runlog.RunLog.meanScore(verdicts);
        if (!judged(id, mean)) return false;
        return jdbc.inTransaction("keep the judges' verdicts on run " + id, connection -> {
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM judge_verdict WHERE run_id = ? AND judge = ?");
                 PreparedStatement add = connection.prepareStatement("INSERT INTO judge_verdict (run_id, judge, passed, score) VALUES (?, ?, ?, ?)")) {
                for (var verdict : verdicts) {
                    String judge = verdict.judge().length() > 200 ? verdict.judge().substring(0, 200) : verdict.judge();
                    drop.setString(1, id);
                    drop.setString(2, judge);
                    drop.executeUpdate();
                    add.setString(1, id);
                    add.setString(2, judge);
                    add.setBoolean(3, verdict.passed());
                    add.setObject(4, Double.isNaN(verdict.score()) ? null : verdict.score(), java.sql.Types.DOUBLE);
                    add.executeUpdate();
                }
            }
            return true;
        });
    }

    @Override
    public List<dev.playground.engine.compare.JudgeAgreements.Rated> judgedWithFeedback(String prompt) {
        settle();
        boolean all = prompt == null || prompt.isBlank();
        return jdbc.read("read judge verdicts with feedback", connection -> {
            List<dev.playground.engine.compare.JudgeAgreements.Rated> out = new java.util.ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT v.judge, v.passed, f.thumbs, f.rating FROM judge_verdict v"
                    + " JOIN run_feedback f ON f.run_id = v.run_id" + (all ? "" : " JOIN run_log r ON r.id = v.run_id AND r.prompt_name = ?")
                    + " WHERE f.thumbs IS NOT NULL OR f.rating IS NOT NULL ORDER BY v.judge, v.run_id")) {
                if (!all) select.setString(1, prompt.strip());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new dev.playground.engine.compare.JudgeAgreements.Rated(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /** Sets feedback columns of a run that exists (false when none has that id). */
    private boolean keep(String what, String id, String assignments, Object... values) {
        settle();
        return jdbc.inTransaction(what, connection -> {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM run_log WHERE id = ?")) {
                exists.setString(1, id);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) return false;
                }
            }
            try (PreparedStatement add = connection.prepareStatement(Dialect.of(connection).upsert("run_feedback", "run_id", "run_id", "?"));
                 PreparedStatement update = connection.prepareStatement("UPDATE run_feedback SET " + assignments + " WHERE run_id = ?")) {
                add.setString(1, id);
                add.executeUpdate();
                for (int i = 0; i < values.length; i++) update.setObject(i + 1, values[i]);
                update.setString(values.length + 1, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int count() {
        settle();
        return jdbc.inTransaction("count runs", connection -> {
            try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM run_log")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static RunRecord read(ResultSet rs) throws SQLException {
        BigDecimal cost = rs.getBigDecimal("cost_usd");
        return new RunRecord(rs.getString("id"), rs.getTimestamp("started_at").toInstant(), rs.getString("connection_id"),
                rs.getString("connection_name"), ProviderKind.fromCliName(rs.getString("provider")), rs.getString("model"),
                rs.getString("prompt_name"), fromJson(rs.getString("settings_json"), new TypeReference<ModelSettings>() {}),
                fromJson(rs.getString("messages_json"), new TypeReference<List<RenderedMessage>>() {}), rs.getString("output"),
                rs.getString("finish_reason"), RunStatus.valueOf(rs.getString("status")), rs.getInt("input_tokens"),
                rs.getInt("output_tokens"), rs.getBoolean("tokens_reported"), micros(rs, "ttft_micros"), micros(rs, "latency_micros"),
                cost == null ? null : cost.doubleValue(), rs.getString("error"), rs.getBoolean("cached"),
                micros(rs, "original_latency_micros"), rs.getInt("attempts"),
                GuardNote.parse(rs.getString("guardrails")), rs.getInt("prompt_version"), rs.getString("alias"),
                ErrorKind.fromName(rs.getString("error_kind")));
    }

    private static String like(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static void setMicros(PreparedStatement statement, int index, Duration duration) throws SQLException {
        if (duration == null) statement.setNull(index, Types.BIGINT);
        else statement.setLong(index, duration.toNanos() / 1000);
    }

    private static Duration micros(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofNanos(value * 1000);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new StoreException("Could not write a run as JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T fromJson(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (IOException e) {
            throw new StoreException("A stored run cannot be read: " + e.getMessage(), e);
        }
    }
}
