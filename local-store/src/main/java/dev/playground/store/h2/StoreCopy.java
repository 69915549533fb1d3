package dev.playground.store.h2;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Copies every record of one store into another (a personal store into a team store), table by table in
 * {@link CopyTable#PLAN}'s order. A row whose natural key is already in the target is not copied again, so running the
 * copy twice adds nothing; numbers the target makes itself (ids) are mapped, never copied. A row with the same key but
 * different content is a conflict: the target's row is kept and the copy names it.
 */
public final class StoreCopy {
    private static final int CHUNK = 500;
    /** Tables whose number the copy gives (the highest + 1) because the database does not. */
    private static final Set<String> NUMBERED_BY_COPY = Set.of("run_fact_blocks");

    /** What happened to one kind of record. */
    public record Result(String label, int copied, int alreadyThere, List<String> conflicts) {}

    private final Jdbc source;
    private final Jdbc target;
    /** table → source id → target id, for the rows copied or found. */
    private final Map<String, Map<Object, Object>> ids = new HashMap<>();
    /** table → source id → the row's natural key in words, for conflict messages. */
    private final Map<String, Map<Object, String>> names = new HashMap<>();
    private final Set<Object> touchedPrompts = new HashSet<>();
    private final Set<Object> touchedDatasets = new HashSet<>();

    public StoreCopy(Jdbc source, Jdbc target) {
        this.source = source;
        this.target = target;
    }

    /** Copies everything; {@code progress} hears (kind of record, rows looked at so far) as it goes. */
    public List<Result> run(BiConsumer<String, Integer> progress) {
        Set<String> present = source.read("list the tables of the store to copy", StoreCopy::tables);
        List<Result> results = new ArrayList<>();
        for (CopyTable table : CopyTable.PLAN) {
            if (present.contains(table.table())) results.add(copy(table, progress));
        }
        target.inTransaction("bring the copied prompts and datasets up to date", this::fixUp);
        return results;
    }

    /** The store's own tables (lower-case names), whatever the database. */
    public static Set<String> tables(Connection connection) throws SQLException {
        Set<String> found = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("PUBLIC"))) found.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    private Result copy(CopyTable table, BiConsumer<String, Integer> progress) {
        int[] counts = new int[2];
        List<String> conflicts = new ArrayList<>();
        source.read("read " + table.label() + " to copy", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table.table());
                 ResultSet rs = select.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> chunk = new ArrayList<>();
                int seen = 0;
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs, i));
                    chunk.add(row);
                    if (chunk.size() == CHUNK) {
                        write(table, chunk, counts, conflicts);
                        seen += chunk.size();
                        progress.accept(table.label(), seen);
                        chunk.clear();
                    }
                }
                if (!chunk.isEmpty()) {
                    write(table, chunk, counts, conflicts);
                    progress.accept(table.label(), seen + chunk.size());
                }
            }
            return null;
        });
        return new Result(table.label(), counts[0], counts[1], List.copyOf(conflicts));
    }

    static Object value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Clob) return rs.getString(column);
        if (value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime) {
            return rs.getObject(column, java.time.OffsetDateTime.class);
        }
        return value;
    }

    private record Outcome(int copied, int already, List<String> conflicts, Map<Object, Object> ids, Map<Object, String> names,
                           Set<Object> touched) {}

    private void write(CopyTable table, List<Map<String, Object>> rows, int[] counts, List<String> conflicts) {
        // The transaction may run again (a busy store): it reports its outcome, and only the last run's is kept.
        Outcome outcome = target.inTransaction("copy " + table.label(), connection -> {
            CopyBatch batch = new CopyBatch(connection, table);
            List<Map<String, Object>> originals = new ArrayList<>();
            List<Map<String, Object>> mapped = new ArrayList<>();
            for (Map<String, Object> original : rows) {
                Map<String, Object> row = mapParents(table, original);
                if (row == null) continue; // its parent was a conflict: the target's version of it is kept
                originals.add(original);
                mapped.add(row);
            }
            Map<String, Map<String, Object>> existing = batch.existing(mapped);
            Outcome o = new Outcome(0, 0, new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashSet<>());
            boolean ownNumber = NUMBERED_BY_COPY.contains(table.table());
            long next = ownNumber ? batch.nextNumber() : 0;
            Map<String, Map<String, Object>> fresh = new LinkedHashMap<>();
            Map<String, List<Object>> freshSources = new HashMap<>();
            int copied = 0;
            int already = 0;
            for (int i = 0; i < mapped.size(); i++) {
                Map<String, Object> row = mapped.get(i);
                Map<String, Object> original = originals.get(i);
                String name = describe(table, original);
                Object sourceId = table.id() == null ? null : original.get(table.id());
                String key = batch.key(row);
                Map<String, Object> found = existing.get(key);
                if (found != null) {
                    if (differs(table, row, found)) {
                        o.conflicts().add(name);
                        continue;
                    }
                    already++;
                    if (sourceId != null) o.ids().put(sourceId, found.get(table.id()));
                } else if (fresh.containsKey(key)) {
                    // The same key twice in the source: the first one is copied, the second is already there.
                    if (differs(table, row, fresh.get(key))) {
                        o.conflicts().add(name);
                        continue;
                    }
                    already++;
                } else {
                    Map<String, Object> values = new LinkedHashMap<>(row);
                    if (table.id() != null) values.remove(table.id());
                    if (table.table().equals("prompt")) values.remove("change_seq"); // the target's own sequence numbers it (fixUp)
                    if (ownNumber) values.put(table.id(), next++);
                    fresh.put(key, values);
                    copied++;
                }
                if (sourceId != null) {
                    o.names().put(sourceId, name);
                    if (found == null) freshSources.computeIfAbsent(key, k -> new ArrayList<>()).add(sourceId);
                }
            }
            batch.insert(new ArrayList<>(fresh.values()));
            // The numbers the target gave the new rows, found by their natural keys.
            Map<String, Map<String, Object>> inserted = table.id() == null || ownNumber ? fresh : batch.existing(fresh.values());
            for (var entry : fresh.entrySet()) {
                Map<String, Object> found = inserted.get(entry.getKey());
                if (found == null) throw new SQLException("a copied row of " + table.label() + " could not be found again by its key");
                Object newId = table.id() == null ? null : found.get(table.id());
                for (Object sourceId : freshSources.getOrDefault(entry.getKey(), List.of())) o.ids().put(sourceId, newId);
                Object prompt = table.table().equals("prompt") ? newId : entry.getValue().get("prompt_id");
                if (prompt != null) o.touched().add(prompt);
            }
            return new Outcome(copied, already, o.conflicts(), o.ids(), o.names(), o.touched());
        });
        counts[0] += outcome.copied();
        counts[1] += outcome.already();
        conflicts.addAll(outcome.conflicts());
        ids.computeIfAbsent(table.table(), t -> new HashMap<>()).putAll(outcome.ids());
        names.computeIfAbsent(table.table(), t -> new HashMap<>()).putAll(outcome.names());
        if (table.table().startsWith("dataset")) {
            outcome.ids().values().forEach(id -> { if (table.table().equals("dataset")) touchedDatasets.add(id); });
            rows.forEach(r -> { Object d = ids.getOrDefault("dataset", Map.of()).get(r.get("dataset_id")); if (d != null) touchedDatasets.add(d); });
        } else {
            touchedPrompts.addAll(outcome.touched());
        }
    }

    /** The row with parent ids replaced by the target's; null when a parent was not copied. */
    private Map<String, Object> mapParents(CopyTable table, Map<String, Object> original) {
        Map<String, Object> row = new LinkedHashMap<>(original);
        for (var parent : table.parents().entrySet()) {
            Object mapped = ids.getOrDefault(parent.getValue(), Map.of()).get(original.get(parent.getKey()));
            if (mapped == null) return null;
            row.put(parent.getKey(), mapped);
        }
        return row;
    }

    private String describe(CopyTable table, Map<String, Object> original) {
        List<String> parts = new ArrayList<>();
        for (String key : table.keys()) {
            String parentTable = table.parents().get(key);
            Object value = original.get(key);
            parts.add(parentTable == null ? String.valueOf(value) : names.getOrDefault(parentTable, Map.of()).getOrDefault(value, String.valueOf(value)));
        }
        return String.join(" ", parts);
    }

    private static boolean differs(CopyTable table, Map<String, Object> row, Map<String, Object> existing) {
        for (String column : table.sameWhen()) {
            if (!Objects.equals(String.valueOf(row.get(column)), String.valueOf(existing.get(column)))) return true;
        }
        return false;
    }

    /** Prompts and datasets that gained rows: latest version, search text and change number as the target computes them. */
    private Void fixUp(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        for (Object prompt : touchedPrompts) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE prompt SET latest_version = COALESCE((SELECT MAX(version) "
                    + "FROM prompt_version WHERE prompt_id = ?), 0), change_seq = " + dialect.nextValue("prompt_change_seq") + " WHERE id = ?")) {
                update.setObject(1, prompt);
                update.setObject(2, prompt);
                update.executeUpdate();
            }
            try (PreparedStatement latest = connection.prepareStatement("SELECT p.name, v.document_json, v.created_at FROM prompt p "
                    + "JOIN prompt_version v ON v.prompt_id = p.id AND v.version = p.latest_version WHERE p.id = ?")) {
                latest.setObject(1, prompt);
                try (ResultSet rs = latest.executeQuery()) {
                    if (!rs.next()) continue;
                    try (PreparedStatement search = connection.prepareStatement(
                            "UPDATE prompt SET search_text = ?, updated_at = GREATEST(updated_at, ?) WHERE id = ?")) {
                        search.setString(1, SearchText.of(rs.getString(1), DocumentJson.read(rs.getString(2))));
                        search.setObject(2, rs.getObject(3, java.time.OffsetDateTime.class));
                        search.setObject(3, prompt);
                        search.executeUpdate();
                    }
                }
            }
        }
        for (Object dataset : touchedDatasets) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE dataset SET latest_version = COALESCE((SELECT MAX(version) "
                    + "FROM dataset_version WHERE dataset_id = ?), 0) WHERE id = ?")) {
                update.setObject(1, dataset);
                update.setObject(2, dataset);
                update.executeUpdate();
            }
        }
        return null;
    }
}
