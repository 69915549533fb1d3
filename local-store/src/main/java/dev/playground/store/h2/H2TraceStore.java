package dev.playground.store.h2;

import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.engine.trace.TraceStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Traces of runs with tools in {@code run_trace} (V54), as the JSON {@link TraceJson} writes. */
public final class H2TraceStore implements TraceStore {
    private final Jdbc jdbc;

    public H2TraceStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Trace trace) {
        jdbc.inTransaction("keep the trace of a run with tools", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO run_trace (id, started_at, prompt_name, steps, outcome, "
                    + "run_ids, trace_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, trace.id());
                insert.setObject(2, trace.startedAt().atOffset(ZoneOffset.UTC));
                insert.setString(3, trace.promptName());
                insert.setInt(4, trace.steps());
                insert.setString(5, trace.outcome());
                insert.setString(6, String.join(",", trace.runIds()));
                insert.setString(7, TraceJson.write(trace));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Trace> find(String id) {
        return jdbc.read("read a trace", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT trace_json FROM run_trace WHERE id = ?")) {
                query.setString(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(TraceJson.read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Reads the rows whose run_ids mention {@code runId}, then keeps the one that lists it exactly. */
    @Override
    public Optional<Trace> forRun(String runId) {
        if (runId == null || runId.isBlank()) return Optional.empty();
        return jdbc.read("find the trace of a run", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT run_ids, trace_json FROM run_trace WHERE run_ids LIKE ? ORDER BY started_at DESC")) {
                query.setString(1, "%" + runId + "%");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (List.of(rs.getString(1).split(",")).contains(runId)) return Optional.of(TraceJson.read(rs.getString(2)));
                    }
                    return Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Trace> recent(int limit) {
        return jdbc.read("list traces", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT trace_json FROM run_trace ORDER BY started_at DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rs = query.executeQuery()) {
                    List<Trace> traces = new ArrayList<>();
                    while (rs.next()) traces.add(TraceJson.read(rs.getString(1)));
                    return traces;
                }
            }
        });
    }
}
