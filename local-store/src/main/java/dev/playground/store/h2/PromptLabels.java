package dev.playground.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The tags (sorted) and aliases of some prompts, read with two queries however many prompts there are. */
record PromptLabels(Map<Long, List<String>> tags, Map<Long, Map<String, Integer>> aliases) {
    static PromptLabels read(Connection connection, Collection<Long> promptIds) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        Map<Long, Map<String, Integer>> aliases = new HashMap<>();
        if (promptIds.isEmpty()) return new PromptLabels(tags, aliases);
        Long[] ids = promptIds.toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT prompt_id, tag FROM prompt_tag WHERE prompt_id = ANY(?) ORDER BY tag")) {
            statement.setObject(1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT prompt_id, alias, version FROM prompt_alias WHERE prompt_id = ANY(?)")) {
            statement.setObject(1, ids);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) aliases.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        }
        return new PromptLabels(tags, aliases);
    }

    List<String> tagsOf(long promptId) {
        return List.copyOf(tags.getOrDefault(promptId, List.of()));
    }

    Map<String, Integer> aliasesOf(long promptId) {
        return Map.copyOf(aliases.getOrDefault(promptId, Map.of()));
    }
}
