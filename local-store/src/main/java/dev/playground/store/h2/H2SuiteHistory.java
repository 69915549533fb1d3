package dev.playground.store.h2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.suite.SuiteHistory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The history of suite runs per prompt (migration V53, table suite_history): one row per finished run and variant. */
public final class H2SuiteHistory implements SuiteHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Jdbc jdbc;

    public H2SuiteHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(List<Entry> entries) {
        if (entries.isEmpty()) return;
        jdbc.inTransaction("keep the suite run in the history", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO suite_history (run_key, variant_index, suite_name, prompt_name,"
                    + " prompt_version, alias, variant_label, finished_at, total_cells, passed_cells, error_cells, metrics_json)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Entry e : entries) {
                    insert.setString(1, e.runKey());
                    insert.setInt(2, e.variant());
                    insert.setString(3, clip(e.suite(), 400));
                    insert.setString(4, clip(e.prompt(), 200));
                    insert.setInt(5, e.version());
                    insert.setString(6, clip(e.alias(), 200));
                    insert.setString(7, clip(e.label(), 400));
                    insert.setObject(8, e.finishedAt().atOffset(ZoneOffset.UTC));
                    insert.setInt(9, e.total());
                    insert.setInt(10, e.passed());
                    insert.setInt(11, e.errors());
                    insert.setString(12, metrics(e.metrics()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Entry> of(String prompt) {
        return jdbc.read("read the suite runs of " + prompt, connection -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT run_key, variant_index, suite_name, prompt_name, prompt_version, alias,"
                    + " variant_label, finished_at, total_cells, passed_cells, error_cells, metrics_json FROM suite_history"
                    + " WHERE prompt_name = ? ORDER BY finished_at, run_key, variant_index")) {
                select.setString(1, prompt);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                                rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                                metrics(rs.getString(12))));
                    }
                }
            }
            return out;
        });
    }

    private static String metrics(Map<String, Double> metrics) {
        try {
            String json = JSON.writeValueAsString(new TreeMap<>(metrics));
            // A suite with a great many named metrics keeps the first ones that fit the column.
            TreeMap<String, Double> fewer = new TreeMap<>(metrics);
            while (json.length() > 8000 && !fewer.isEmpty()) {
                fewer.pollLastEntry();
                json = JSON.writeValueAsString(fewer);
            }
            return json;
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    private static Map<String, Double> metrics(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, Double>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
