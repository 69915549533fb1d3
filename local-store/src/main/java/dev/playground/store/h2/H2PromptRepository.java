package dev.playground.store.h2;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.bundle.SaveRules;
import dev.playground.store.PromptQuery;
import dev.playground.store.PromptRepository;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.store.UnknownPromptException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class H2PromptRepository implements PromptRepository {
    private final Jdbc jdbc;
    private final LibraryIndex index;

    public H2PromptRepository(Jdbc jdbc) {
        this(jdbc, new LibraryIndex());
    }

    /** {@code index} is shared by every repository of one store, so it is loaded once. */
    public H2PromptRepository(Jdbc jdbc, LibraryIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public PromptVersion saveVersion(String name, PromptDocument document, String commitMessage, String author,
                                     Map<String, Object> extras) {
        SaveRules.check(name, document, commitMessage, author, extras);
        Instant now = Instant.now();
        return jdbc.inTransaction("save prompt " + name,
                connection -> insertVersion(connection, name, document, commitMessage, author, now, extras));
    }

    /**
     * Adds the next version inside the caller's transaction (the bundle import uses it to write
     * many versions all-or-nothing). Saving brings an archived prompt back into the library.
     */
    static PromptVersion insertVersion(Connection connection, String name, PromptDocument document, String commitMessage,
                                       String author, Instant createdAt, Map<String, Object> extras) throws SQLException {
        long promptId = findOrCreate(connection, name, createdAt);
        // Lock the prompt row so two processes saving at once get distinct version numbers.
        int next;
        try (PreparedStatement lock = connection.prepareStatement("SELECT latest_version FROM prompt WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, promptId);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                next = rs.getInt(1) + 1;
            }
        }
        String message = commitMessage == null ? "" : commitMessage;
        String by = author == null ? "" : author;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO prompt_version (prompt_id, version, document_json, commit_message, author, created_at, extras_json)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, promptId);
            insert.setInt(2, next);
            insert.setString(3, DocumentJson.write(document));
            insert.setString(4, message);
            insert.setString(5, by);
            insert.setObject(6, utc(createdAt));
            insert.setString(7, ExtrasJson.write(extras));
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE prompt SET latest_version = ?, updated_at = GREATEST(updated_at, ?), search_text = ?, archived_at = NULL,
                    change_seq = %s
                WHERE id = ?""".formatted(Dialect.of(connection).nextValue("prompt_change_seq")))) {
            update.setInt(1, next);
            update.setObject(2, utc(createdAt));
            update.setString(3, SearchText.of(name, document));
            update.setLong(4, promptId);
            update.executeUpdate();
        }
        return new PromptVersion(name, next, document, message, by, createdAt, List.of(), extras);
    }

    private static long findOrCreate(Connection connection, String name, Instant now) throws SQLException {
        Optional<Long> existing = promptId(connection, name);
        if (existing.isPresent()) return existing.get();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO prompt (name, created_at, updated_at) VALUES (?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, utc(now));
            insert.setObject(3, utc(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<Long> promptId(Connection connection, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM prompt WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static long requirePromptId(Connection connection, String name) throws SQLException {
        return promptId(connection, name).orElseThrow(() -> new UnknownPromptException(name));
    }

    static long requireVersionId(Connection connection, String name, int version) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT v.id FROM prompt p JOIN prompt_version v ON v.prompt_id = p.id WHERE p.name = ? AND v.version = ?")) {
            find.setString(1, name);
            find.setInt(2, version);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        requirePromptId(connection, name);
        throw new UnknownPromptException(name, version);
    }

    @Override
    public List<PromptSummary> search(PromptQuery query) {
        return jdbc.inTransaction("search prompts", connection -> index.search(connection, query));
    }

    /** Marks the prompt as changed for the library index (tags, aliases, archiving). */
    static void touch(Connection connection, long promptId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE prompt SET change_seq = " + Dialect.of(connection).nextValue("prompt_change_seq") + " WHERE id = ?")) {
            update.setLong(1, promptId);
            update.executeUpdate();
        }
    }

    @Override
    public Optional<PromptSummary> summary(String name) {
        return jdbc.inTransaction("read prompt " + name, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, latest_version, updated_at, archived_at FROM prompt WHERE name = ? AND latest_version > 0")) {
                statement.setString(1, name);
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    Map<Long, Row> rows = Map.of(rs.getLong(1), new Row(rs.getString(2), rs.getInt(3), instant(rs, 4), rs.getObject(5) != null));
                    return summaries(connection, rows).stream().findFirst();
                }
            }
        });
    }

    private record Row(String name, int latest, Instant updatedAt, boolean archived) {}

    /** Adds tags and aliases to the listed rows with two queries, however many rows there are. */
    private static List<PromptSummary> summaries(Connection connection, Map<Long, Row> rows) throws SQLException {
        if (rows.isEmpty()) return List.of();
        PromptLabels labels = PromptLabels.read(connection, rows.keySet());
        List<PromptSummary> result = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> result.add(new PromptSummary(row.name(), row.latest(), row.updatedAt(),
                labels.tagsOf(id), labels.aliasesOf(id), row.archived())));
        return result;
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

    static List<PromptVersion> query(Connection connection, String name, Integer version) throws SQLException {
        String sql = """
                SELECT v.id, v.version, v.document_json, v.commit_message, v.author, v.created_at, v.extras_json,
                       (SELECT %s FROM version_tag t WHERE t.version_id = v.id)
                FROM prompt p JOIN prompt_version v ON v.prompt_id = p.id
                WHERE p.name = ?""".formatted(Dialect.of(connection).joined("t.tag", "t.tag")) + (version == null ? "" : " AND v.version = ?") + " ORDER BY v.version";
        List<PromptVersion> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            if (version != null) query.setInt(2, version);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String tags = rs.getString(8);
                    result.add(new PromptVersion(name, rs.getInt(2), DocumentJson.read(rs.getString(3)), rs.getString(4),
                            rs.getString(5), instant(rs, 6), tags == null ? List.of() : List.of(tags.split(",")),
                            ExtrasJson.read(rs.getString(7))));
                }
            }
        }
        return result;
    }

    @Override
    public void archive(String name) {
        setArchived(name, Instant.now());
    }

    @Override
    public void unarchive(String name) {
        setArchived(name, null);
    }

    private void setArchived(String name, Instant when) {
        jdbc.inTransaction((when == null ? "restore " : "archive ") + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE prompt SET archived_at = ?, change_seq = " + Dialect.of(connection).nextValue("prompt_change_seq") + " WHERE id = ?")) {
                update.setObject(1, when == null ? null : utc(when));
                update.setLong(2, requirePromptId(connection, name));
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void setPromptTags(String name, Collection<String> tags) {
        List<String> clean = RegistryNames.tags(tags);
        jdbc.inTransaction("tag " + name, connection -> {
            long id = requirePromptId(connection, name);
            replaceTags(connection, "prompt_tag", "prompt_id", id, clean);
            touch(connection, id);
            return null;
        });
    }

    @Override
    public void setVersionTags(String name, int version, Collection<String> tags) {
        List<String> clean = RegistryNames.tags(tags);
        jdbc.inTransaction("tag " + name + " version " + version, connection -> {
            replaceTags(connection, "version_tag", "version_id", requireVersionId(connection, name, version), clean);
            return null;
        });
    }

    /** {@code table} and {@code owner} are constants of this class, never user input. */
    static void replaceTags(Connection connection, String table, String owner, long id, List<String> tags) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + owner + " = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + owner + ", tag) VALUES (?, ?)")) {
            for (String tag : tags) {
                insert.setLong(1, id);
                insert.setString(2, tag);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        if (time != null) return time.toInstant();
        Timestamp stamp = rs.getTimestamp(column);
        return stamp == null ? null : stamp.toInstant();
    }
}
