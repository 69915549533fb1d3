package dev.playground.store.h2;

import static dev.playground.store.h2.H2PromptRepository.utc;

import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.Variant;
import dev.playground.store.VersionUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Files a saved comparison under the saved prompt versions its variants ran ("support-bot@3"), so that version's
 * history lists it. Written in the comparison's own transaction; a version no longer in the store is passed over.
 */
final class ComparisonLineage {
    private ComparisonLineage() {}

    static void write(Connection connection, long comparisonId, ComparisonRecord record) throws SQLException {
        forget(connection, comparisonId);
        Set<Long> versionIds = new LinkedHashSet<>();
        for (Variant variant : record.variants()) {
            Long id = savedVersionId(connection, variant.promptRef());
            if (id != null) versionIds.add(id);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO version_usage (version_id, kind, ref_id, label, used_at) VALUES (?, ?, ?, ?, ?)")) {
            for (long versionId : versionIds) {
                insert.setLong(1, versionId);
                insert.setString(2, VersionUsage.Kind.COMPARISON.name());
                insert.setString(3, Long.toString(comparisonId));
                insert.setString(4, record.title());
                insert.setObject(5, utc(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void forget(Connection connection, long comparisonId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM version_usage WHERE kind = ? AND ref_id = ?")) {
            delete.setString(1, VersionUsage.Kind.COMPARISON.name());
            delete.setString(2, Long.toString(comparisonId));
            delete.executeUpdate();
        }
    }

    /** The row id of the version a reference like "support-bot@3" names, or null for a draft or an unknown version. */
    private static Long savedVersionId(Connection connection, String promptRef) throws SQLException {
        int at = promptRef == null ? -1 : promptRef.lastIndexOf('@');
        if (at <= 0 || at == promptRef.length() - 1) return null;
        String digits = promptRef.substring(at + 1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) return null;
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT v.id FROM prompt p JOIN prompt_version v ON v.prompt_id = p.id WHERE p.name = ? AND v.version = ?")) {
            find.setString(1, promptRef.substring(0, at));
            find.setInt(2, Integer.parseInt(digits));
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
