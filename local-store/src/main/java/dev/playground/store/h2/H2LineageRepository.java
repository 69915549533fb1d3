package dev.playground.store.h2;

import static dev.playground.store.h2.H2PromptRepository.instant;
import static dev.playground.store.h2.H2PromptRepository.requireVersionId;
import static dev.playground.store.h2.H2PromptRepository.utc;

import dev.playground.store.LineageRepository;
import dev.playground.store.VersionUsage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

public final class H2LineageRepository implements LineageRepository {
    private final Jdbc jdbc;

    public H2LineageRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(VersionUsage usage) {
        jdbc.inTransaction("record that " + usage.kind() + " " + usage.refId() + " used " + usage.promptName(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO version_usage (version_id, kind, ref_id, label, used_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, requireVersionId(connection, usage.promptName(), usage.version()));
                insert.setString(2, usage.kind().name());
                insert.setString(3, usage.refId());
                insert.setString(4, usage.label() == null ? "" : usage.label());
                insert.setObject(5, utc(usage.usedAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<VersionUsage> usages(String promptName, int version) {
        return jdbc.inTransaction("read what used " + promptName + " version " + version, connection -> {
            List<VersionUsage> result = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT kind, ref_id, label, used_at FROM version_usage WHERE version_id = ? ORDER BY used_at DESC, id DESC")) {
                query.setLong(1, requireVersionId(connection, promptName, version));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        result.add(new VersionUsage(promptName, version, VersionUsage.Kind.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getString(3), instant(rs, 4)));
                    }
                }
            }
            return result;
        });
    }
}
