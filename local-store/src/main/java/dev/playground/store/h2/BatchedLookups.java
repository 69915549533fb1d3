package dev.playground.store.h2;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Look-ups by key from many threads answered by one query each round: the thread that finds no round under way reads
 * every key waiting (up to {@link #MAX_KEYS}) with one {@code IN (...)} query, then the keys that came meanwhile,
 * until none wait; the others only wait for their answer. A suite run asks the response cache once per call from up
 * to 64 threads, and taking a pooled connection per key cost more than the query.
 */
final class BatchedLookups {
    static final int MAX_KEYS = 64;

    private record Lookup(String key, CompletableFuture<String> value) {}

    private final Jdbc jdbc;
    private final String table;
    private final String keyColumn;
    private final String valueColumn;
    private final List<Lookup> waiting = new ArrayList<>();
    private boolean reading;

    /** Names are this module's own constants, never user text. */
    BatchedLookups(Jdbc jdbc, String table, String keyColumn, String valueColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
        this.valueColumn = valueColumn;
    }

    /** The value stored under {@code key}, or null; throws what the store threw for the round that read it. */
    String get(String key) {
        Lookup mine = new Lookup(key, new CompletableFuture<>());
        boolean lead;
        synchronized (this) {
            waiting.add(mine);
            lead = !reading;
            if (lead) reading = true;
        }
        if (lead) readRounds();
        return mine.value().join();
    }

    private void readRounds() {
        while (true) {
            List<Lookup> round;
            synchronized (this) {
                if (waiting.isEmpty()) {
                    reading = false;
                    return;
                }
                int n = Math.min(MAX_KEYS, waiting.size());
                round = new ArrayList<>(waiting.subList(0, n));
                waiting.subList(0, n).clear();
            }
            try {
                Map<String, String> found = read(round);
                round.forEach(lookup -> lookup.value().complete(found.get(lookup.key())));
            } catch (RuntimeException e) {
                round.forEach(lookup -> lookup.value().completeExceptionally(e));
            }
        }
    }

    private Map<String, String> read(List<Lookup> round) {
        String marks = String.join(", ", Collections.nCopies(round.size(), "?"));
        String sql = "SELECT " + keyColumn + ", " + valueColumn + " FROM " + table + " WHERE " + keyColumn + " IN (" + marks + ")";
        return jdbc.read("read " + round.size() + " keys of " + table, connection -> {
            Map<String, String> found = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < round.size(); i++) query.setString(i + 1, round.get(i).key());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) found.put(rs.getString(1), rs.getString(2));
                }
            }
            return found;
        });
    }
}
