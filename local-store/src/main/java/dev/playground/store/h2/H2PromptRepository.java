package dev.playground.store.h2;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.store.InvalidPromptNameException;
import dev.playground.store.PromptRepository;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class H2PromptRepository implements PromptRepository {
    private final Jdbc jdbc;

    public H2PromptRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PromptVersion saveVersion(String name, PromptDocument document, String commitMessage, String author) {
        InvalidPromptNameException.check(name);
        Instant now = Instant.now();
        return jdbc.inTransaction("save prompt " + name, connection -> {
            long promptId = promptId(connection, name, now);
            int next;
            // Lock the prompt row so two processes saving at once get distinct version numbers.
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM prompt WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, promptId);
                lock.executeQuery().close();
            }
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM prompt_version WHERE prompt_id = ?")) {
                max.setLong(1, promptId);
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1) + 1;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO prompt_version (prompt_id, version, document_json, commit_message, author, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, promptId);
                insert.setInt(2, next);
                insert.setString(3, DocumentJson.write(document));
                insert.setString(4, commitMessage == null ? "" : commitMessage);
                insert.setString(5, author == null ? "" : author);
                insert.setObject(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return new PromptVersion(name, next, document, commitMessage == null ? "" : commitMessage, author == null ? "" : author, now);
        });
    }

    private static long promptId(Connection connection, String name, Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM prompt WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO prompt (name, created_at) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public List<PromptSummary> listPrompts() {
        return jdbc.inTransaction("list prompts", connection -> {
            List<PromptSummary> result = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.name, MAX(v.version), MAX(v.created_at)
                    FROM prompt p JOIN prompt_version v ON v.prompt_id = p.id
                    GROUP BY p.name ORDER BY MAX(v.created_at) DESC, p.name""");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(new PromptSummary(rs.getString(1), rs.getInt(2), instant(rs, 3)));
                }
            }
            return result;
        });
    }

    @Override
    public List<PromptVersion> versions(String name) {
        return jdbc.inTransaction("read versions of " + name, connection -> query(connection, name, null));
    }

    @Override
    public Optional<PromptVersion> version(String name, int version) {
        return jdbc.inTransaction("read " + name + " version " + version,
                connection -> query(connection, name, version).stream().findFirst());
    }

    private static List<PromptVersion> query(Connection connection, String name, Integer version) throws SQLException {
        String sql = """
                SELECT v.version, v.document_json, v.commit_message, v.author, v.created_at
                FROM prompt p JOIN prompt_version v ON v.prompt_id = p.id
                WHERE p.name = ?""" + (version == null ? "" : " AND v.version = ?") + " ORDER BY v.version";
        List<PromptVersion> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            if (version != null) query.setInt(2, version);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(new PromptVersion(name, rs.getInt(1), DocumentJson.read(rs.getString(2)), rs.getString(3),
                            rs.getString(4), instant(rs, 5)));
                }
            }
        }
        return result;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        if (time != null) return time.toInstant();
        Timestamp stamp = rs.getTimestamp(column);
        return stamp == null ? null : stamp.toInstant();
    }
}
