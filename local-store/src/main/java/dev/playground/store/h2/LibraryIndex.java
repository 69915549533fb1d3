package dev.playground.store.h2;

import dev.playground.store.PromptQuery;
import dev.playground.store.PromptSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the library searches, held in memory so a search over thousands of prompts scans strings
 * instead of rows. Every write bumps the prompt's {@code change_seq}; before each search one
 * indexed query reads the highest number, and only rows changed since the last look are reloaded,
 * so writes from another process (the command line) show up too. The reload reaches a little
 * below the last number seen, because a slower transaction can commit a smaller number after a
 * faster one.
 */
public final class LibraryIndex {
    private static final long OVERLAP = 256;
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::updatedAt).reversed().thenComparing(Entry::name);

    private record Entry(String name, int latest, Instant updatedAt, boolean archived, String text, List<String> tags,
                         List<String> lowerTags, Map<String, Integer> aliases) {}

    private final Map<Long, Entry> entries = new HashMap<>();
    private long seen = Long.MIN_VALUE;

    synchronized List<PromptSummary> search(Connection connection, PromptQuery query) throws SQLException {
        refresh(connection);
        String text = query.text().toLowerCase(Locale.ROOT);
        List<Entry> hits = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.latest() == 0 || entry.archived() && !query.includeArchived()) continue;
            if (!query.tag().isEmpty() && !entry.tags().contains(query.tag())) continue;
            if (!query.alias().isEmpty() && !entry.aliases().containsKey(query.alias())) continue;
            if (!text.isEmpty() && !entry.text().contains(text) && entry.lowerTags().stream().noneMatch(t -> t.contains(text))) continue;
            hits.add(entry);
        }
        hits.sort(NEWEST_FIRST);
        List<PromptSummary> result = new ArrayList<>(Math.min(hits.size(), query.limit()));
        for (Entry e : hits.subList(0, Math.min(hits.size(), query.limit()))) {
            result.add(new PromptSummary(e.name(), e.latest(), e.updatedAt(), e.tags(), e.aliases(), e.archived()));
        }
        return result;
    }

    private void refresh(Connection connection) throws SQLException {
        long newest;
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(change_seq), 0) FROM prompt");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            newest = rs.getLong(1);
        }
        if (newest == seen) return;
        long from = seen == Long.MIN_VALUE ? Long.MIN_VALUE : seen - OVERLAP;
        Map<Long, Entry> changed = new HashMap<>();
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT id, name, latest_version, updated_at, archived_at, search_text FROM prompt WHERE change_seq > ?")) {
            rows.setLong(1, from);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    changed.put(rs.getLong(1), new Entry(rs.getString(2), rs.getInt(3), H2PromptRepository.instant(rs, 4),
                            rs.getObject(5) != null, rs.getString(6), List.of(), List.of(), Map.of()));
                }
            }
        }
        PromptLabels labels = PromptLabels.read(connection, changed.keySet());
        changed.forEach((id, e) -> {
            List<String> promptTags = labels.tagsOf(id);
            entries.put(id, new Entry(e.name(), e.latest(), e.updatedAt(), e.archived(), e.text(), promptTags,
                    promptTags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), labels.aliasesOf(id)));
        });
        seen = newest;
    }
}
