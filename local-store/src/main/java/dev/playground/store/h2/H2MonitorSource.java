package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.monitor.CallFacts;
import dev.playground.engine.monitor.MonitorSource;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.StoreException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Monitoring's reads: the packed blocks of older calls plus the open run_facts rows (streamed with H2's lazy
 * execution), feedback merged in, and the user messages of the run log for drift's topics. Reading packs the
 * oldest open rows into blocks once there are enough of them (see {@link #seal()}).
 */
public final class H2MonitorSource implements MonitorSource {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String SCAN = "SELECT run_id, started_at, model, connection_name, prompt_name, prompt_version, alias, status, "
            + "error_kind, attempts, input_tokens, output_tokens, latency_micros, ttft_micros, cost_usd, input_chars, output_chars, "
            + "refused FROM run_facts";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(H2MonitorSource.class);

    private static final int MAX_BLOCKS_PER_TRANSACTION = 16;

    private final Jdbc jdbc;
    private final GroupCommit commits;
    private final int sealAt;
    private final int keepOpen;
    private final int blockRows;

    public H2MonitorSource(Jdbc jdbc) {
        this(jdbc, null);
    }

    /** Reads after the rows this process still has queued in {@code commits} (may be null) are saved. */
    public H2MonitorSource(Jdbc jdbc, GroupCommit commits) {
        this(jdbc, commits, 16_384, 4_096, 8_192);
    }

    /** Packs once more than {@code sealAt} rows are open, {@code blockRows} per block, leaving the newest {@code keepOpen}. */
    public H2MonitorSource(Jdbc jdbc, int sealAt, int keepOpen, int blockRows) {
        this(jdbc, null, sealAt, keepOpen, blockRows);
    }

    private H2MonitorSource(Jdbc jdbc, GroupCommit commits, int sealAt, int keepOpen, int blockRows) {
        this.jdbc = jdbc;
        this.commits = commits;
        this.sealAt = sealAt;
        this.keepOpen = keepOpen;
        this.blockRows = blockRows;
    }

    @Override
    public void scan(Instant from, Instant to, Consumer<CallFacts> sink) {
        if (commits != null) commits.flush();
        seal();
        long fromMillis = from == null ? Long.MIN_VALUE : from.toEpochMilli();
        long toMillis = to == null ? Long.MAX_VALUE : to.toEpochMilli();
        jdbc.read("read the run log for monitoring", connection -> {
            // One snapshot for blocks and open rows, so rows being packed meanwhile are counted exactly once.
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String lazy = jdbc.dialect().lazyQueries(true);
            try (Statement settings = connection.createStatement()) {
                if (lazy != null) settings.execute(lazy);
                Map<String, RunFactBlock.Feedback> feedback = feedback(connection);
                readBlocks(connection, from, to, fromMillis, toMillis, feedback, sink);
                readOpenRows(connection, from, to, feedback, sink);
                connection.commit();
                return null;
            } finally {
                if (lazy != null) {
                    try (Statement settings = connection.createStatement()) {
                        settings.execute(jdbc.dialect().lazyQueries(false));
                    }
                }
                connection.setTransactionIsolation(isolation);
            }
        });
    }

    private static Map<String, RunFactBlock.Feedback> feedback(Connection connection) throws SQLException {
        Map<String, RunFactBlock.Feedback> feedback = new HashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT run_id, thumbs, rating, judge_score FROM run_feedback")) {
            while (rs.next()) {
                double judge = rs.getDouble(4);
                if (rs.wasNull()) judge = Double.NaN;
                feedback.put(rs.getString(1), new RunFactBlock.Feedback(rs.getInt(2), rs.getInt(3), judge));
            }
        }
        return feedback;
    }

    private static void readBlocks(Connection connection, Instant from, Instant to, long fromMillis, long toMillis,
                                   Map<String, RunFactBlock.Feedback> feedback, Consumer<CallFacts> sink) throws SQLException {
        boolean ids = !feedback.isEmpty();
        StringBuilder sql = new StringBuilder("SELECT row_count, facts" + (ids ? ", run_ids" : "") + " FROM run_fact_blocks WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND last_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND first_at < ?");
            args.add(Timestamp.from(to));
        }
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String[] runIds = ids ? RunFactBlock.unpackIds(rs.getBytes(3), rs.getInt(1)) : null;
                    RunFactBlock.unpack(rs.getBytes(2), runIds, feedback, fromMillis, toMillis, sink);
                }
            }
        }
    }

    private static void readOpenRows(Connection connection, Instant from, Instant to, Map<String, RunFactBlock.Feedback> feedback,
                                     Consumer<CallFacts> sink) throws SQLException {
        StringBuilder sql = new StringBuilder(SCAN).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        range(sql, args, from, to);
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery()) {
                // One string per distinct name: many rows share a handful of models and prompts.
                Map<String, String> names = new HashMap<>();
                while (rs.next()) sink.accept(read(rs, names, feedback));
            }
        }
    }

    private static CallFacts read(ResultSet rs, Map<String, String> names, Map<String, RunFactBlock.Feedback> feedback) throws SQLException {
        long latency = rs.getLong(13);
        if (rs.wasNull()) latency = -1;
        long ttft = rs.getLong(14);
        if (rs.wasNull()) ttft = -1;
        double cost = rs.getDouble(15);
        if (rs.wasNull()) cost = Double.NaN;
        String id = rs.getString(1);
        RunFactBlock.Feedback given = feedback.get(id);
        return new CallFacts(id, rs.getTimestamp(2).getTime(), intern(names, rs.getString(3)), intern(names, rs.getString(4)),
                intern(names, rs.getString(5)), rs.getInt(6), intern(names, rs.getString(7)), RunStatus.valueOf(rs.getString(8)),
                ErrorKind.fromName(rs.getString(9)), rs.getInt(10), rs.getInt(11), rs.getInt(12), latency, ttft, cost, rs.getInt(16),
                rs.getInt(17), rs.getBoolean(18), given == null ? 0 : given.thumbs(), given == null ? 0 : given.rating(),
                given == null ? Double.NaN : given.judgeScore());
    }

    private static String intern(Map<String, String> names, String name) {
        String known = names.putIfAbsent(name, name);
        return known == null ? name : known;
    }

    /**
     * Packs the oldest open rows into blocks once there are more than {@code sealAt}, keeping the newest {@code keepOpen}
     * as rows. Best effort: when another process packs the same rows at the same time, one of them gives way.
     */
    void seal() {
        try {
            while (sealSome() > 0) {
                // a big backlog (an upgraded store) is packed a few blocks per transaction
            }
        } catch (StoreException e) {
            LOG.debug("Run facts not packed this time: {}", e.getMessage());
        }
    }

    private int sealSome() {
        return jdbc.inTransaction("pack older run facts into blocks", connection -> {
                int open;
                try (Statement count = connection.createStatement(); ResultSet rs = count.executeQuery("SELECT COUNT(*) FROM run_facts")) {
                    rs.next();
                    open = rs.getInt(1);
                }
                int blocks = Math.min(MAX_BLOCKS_PER_TRANSACTION, (open - keepOpen) / blockRows);
                if (open < sealAt || blocks < 1) return 0;
                List<CallFacts> rows = new ArrayList<>(blocks * blockRows);
                try (PreparedStatement oldest = connection.prepareStatement(SCAN + " ORDER BY started_at LIMIT ?")) {
                    oldest.setInt(1, blocks * blockRows);
                    try (ResultSet rs = oldest.executeQuery()) {
                        Map<String, String> names = new HashMap<>();
                        while (rs.next()) rows.add(read(rs, names, Map.of()));
                    }
                }
                long next;
                try (Statement max = connection.createStatement();
                     ResultSet rs = max.executeQuery("SELECT COALESCE(MAX(block_id), 0) + 1 FROM run_fact_blocks")) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_fact_blocks (block_id, first_at, last_at, "
                        + "row_count, facts, run_ids) VALUES (?, ?, ?, ?, ?, ?)");
                     PreparedStatement delete = connection.prepareStatement("DELETE FROM run_facts WHERE run_id = ?")) {
                    for (int b = 0; b < blocks; b++) {
                        List<CallFacts> block = rows.subList(b * blockRows, (b + 1) * blockRows);
                        insert.setLong(1, next + b);
                        insert.setTimestamp(2, new Timestamp(block.getFirst().startedAtMillis()));
                        insert.setTimestamp(3, new Timestamp(block.getLast().startedAtMillis()));
                        insert.setInt(4, block.size());
                        insert.setBytes(5, RunFactBlock.packFacts(block));
                        insert.setBytes(6, RunFactBlock.packIds(block));
                        insert.executeUpdate();
                        for (CallFacts row : block) {
                            delete.setString(1, row.id());
                            delete.addBatch();
                        }
                    }
                    for (int deleted : delete.executeBatch()) {
                        if (deleted != 1) throw new SQLException("Another process packed these rows first.", "40001");
                    }
                }
                return blocks;
            });
    }

    @Override
    public List<String> inputs(Instant from, Instant to, String prompt, int version, int max) {
        if (commits != null) commits.flush();
        StringBuilder sql = new StringBuilder("SELECT messages_json FROM run_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        range(sql, args, from, to);
        if (prompt != null && !prompt.isBlank()) {
            sql.append(" AND prompt_name = ?");
            args.add(prompt);
        }
        if (version > 0) {
            sql.append(" AND prompt_version = ?");
            args.add(version);
        }
        sql.append(" ORDER BY started_at DESC LIMIT ?");
        args.add(max);
        return jdbc.read("read the inputs of logged runs", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) select.setObject(i + 1, args.get(i));
                try (ResultSet rs = select.executeQuery()) {
                    List<String> inputs = new ArrayList<>();
                    while (rs.next()) {
                        String text = RunFacts.userText(messages(rs.getString(1)));
                        if (!text.isBlank()) inputs.add(text);
                    }
                    return inputs;
                }
            }
        });
    }

    private static void range(StringBuilder sql, List<Object> args, Instant from, Instant to) {
        if (from != null) {
            sql.append(" AND started_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND started_at < ?");
            args.add(Timestamp.from(to));
        }
    }

    private static List<RenderedMessage> messages(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<RenderedMessage>>() {});
        } catch (IOException e) {
            throw new StoreException("A stored run cannot be read: " + e.getMessage(), e);
        }
    }
}
