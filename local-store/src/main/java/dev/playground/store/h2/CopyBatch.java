package dev.playground.store.h2;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target side of {@link StoreCopy} for one chunk of rows of one table, in a few statements instead of two per row:
 * the rows already there are looked up together (by the natural key's first column, the rest compared here), and the
 * new rows are inserted as one JDBC batch, which the PostgreSQL driver sends without waiting for each answer.
 */
final class CopyBatch {
    /** Values per look-up query: well within what both databases take as parameters. */
    private static final int LOOKUP = 500;

    private final Connection connection;
    private final CopyTable table;

    CopyBatch(Connection connection, CopyTable table) {
        this.connection = connection;
        this.table = table;
    }

    /**
     * The target's rows with the natural keys of {@code rows}, by {@link #key}: each with the key columns, the
     * {@code sameWhen} columns and the id. Database equality where both are null counts as the same, as in
     * {@code IS NOT DISTINCT FROM}.
     */
    Map<String, Map<String, Object>> existing(Collection<Map<String, Object>> rows) throws SQLException {
        List<String> columns = new ArrayList<>(table.keys());
        for (String column : table.sameWhen()) if (!columns.contains(column)) columns.add(column);
        if (table.id() != null && !columns.contains(table.id())) columns.add(table.id());
        String first = table.keys().get(0);
        List<Object> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean nulls = false;
        for (Map<String, Object> row : rows) {
            Object value = row.get(first);
            if (value == null) nulls = true;
            else if (seen.add(text(value))) values.add(value);
        }
        Map<String, Map<String, Object>> found = new HashMap<>();
        List<List<Object>> parts = new ArrayList<>();
        for (int start = 0; start < values.size(); start += LOOKUP) parts.add(values.subList(start, Math.min(values.size(), start + LOOKUP)));
        if (parts.isEmpty() && nulls) parts.add(List.of());
        for (int p = 0; p < parts.size(); p++) {
            List<Object> part = parts.get(p);
            List<String> where = new ArrayList<>();
            if (!part.isEmpty()) where.add(first + " IN (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")");
            if (nulls && p == 0) where.add(first + " IS NULL");
            String sql = "SELECT " + String.join(", ", columns) + " FROM " + table.table() + " WHERE " + String.join(" OR ", where);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) select.setObject(i + 1, part.get(i));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = new HashMap<>();
                        for (int i = 0; i < columns.size(); i++) row.put(columns.get(i), StoreCopy.value(rs, i + 1));
                        found.putIfAbsent(key(row), row);
                    }
                }
            }
        }
        return found;
    }

    /** Inserts {@code rows} (all with the same columns) as one batch. */
    void insert(List<Map<String, Object>> rows) throws SQLException {
        if (rows.isEmpty()) return;
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        String sql = "INSERT INTO " + table.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) insert.setObject(i + 1, row.get(columns.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The next free number of a table the copy numbers itself. */
    long nextNumber() throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(" + table.id() + "), 0) + 1 FROM " + table.table());
             ResultSet rs = max.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A row's natural key as text that is equal for equal values whatever type each database's driver returns. */
    String key(Map<String, Object> row) {
        StringBuilder key = new StringBuilder();
        for (String column : table.keys()) key.append(text(row.get(column))).append('\u0001');
        return key.toString();
    }

    private static String text(Object value) {
        if (value == null) return "\u0000";
        if (value instanceof Double || value instanceof Float) return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        if (value instanceof Number number) return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        if (value instanceof OffsetDateTime at) return at.toInstant().toString();
        if (value instanceof byte[] bytes) return HexFormat.of().formatHex(bytes);
        return value.toString();
    }
}
