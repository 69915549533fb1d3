package dev.playground.store.h2;

import static dev.playground.store.h2.H2PromptRepository.instant;
import static dev.playground.store.h2.H2PromptRepository.utc;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetJson;
import dev.playground.engine.dataset.DatasetRepository;
import dev.playground.engine.dataset.DatasetSummary;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.dataset.DatasetVersionInfo;
import dev.playground.engine.prompt.RegistryNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Datasets in H2: a version's rows are one JSON array, written once and never changed. */
public final class H2DatasetRepository implements DatasetRepository {
    private final Jdbc jdbc;

    public H2DatasetRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DatasetVersion save(String name, Dataset dataset, String commitMessage, String author, String source) {
        RegistryNames.dataset(name);
        String json = DatasetJson.rowsToJson(dataset.rows());
        String hash = sha256(json);
        String message = limit(commitMessage, 4000);
        String by = limit(author, 200);
        String from = limit(source, 1000);
        Instant now = Instant.now();
        return jdbc.inTransaction("save dataset " + name, connection -> {
            long id = findOrCreate(connection, name, now);
            int latest;
            String latestHash = null;
            // Lock the dataset row so two processes saving at once get distinct version numbers.
            try (PreparedStatement lock = connection.prepareStatement("SELECT latest_version FROM dataset WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    latest = rs.getInt(1);
                }
            }
            if (latest > 0) {
                try (PreparedStatement find = connection.prepareStatement(
                        "SELECT content_hash FROM dataset_version WHERE dataset_id = ? AND version = ?")) {
                    find.setLong(1, id);
                    find.setInt(2, latest);
                    try (ResultSet rs = find.executeQuery()) {
                        if (rs.next()) latestHash = rs.getString(1);
                    }
                }
            }
            if (hash.equals(latestHash)) return read(connection, name, latest).orElseThrow();
            int next = latest + 1;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dataset_version (dataset_id, version, row_count, rows_json, content_hash, commit_message, author, source, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setLong(1, id);
                insert.setInt(2, next);
                insert.setInt(3, dataset.size());
                insert.setString(4, json);
                insert.setString(5, hash);
                insert.setString(6, message);
                insert.setString(7, by);
                insert.setString(8, from);
                insert.setObject(9, utc(now));
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE dataset SET latest_version = ?, updated_at = ? WHERE id = ?")) {
                update.setInt(1, next);
                update.setObject(2, utc(now));
                update.setLong(3, id);
                update.executeUpdate();
            }
            return new DatasetVersion(name, next, dataset, message, by, from, now);
        });
    }

    @Override
    public List<DatasetSummary> list() {
        return jdbc.inTransaction("list datasets", connection -> {
            List<DatasetSummary> out = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT d.name, d.latest_version, v.row_count, d.updated_at FROM dataset d
                    JOIN dataset_version v ON v.dataset_id = d.id AND v.version = d.latest_version
                    ORDER BY d.updated_at DESC, d.name""");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) out.add(new DatasetSummary(rs.getString(1), rs.getInt(2), rs.getInt(3), instant(rs, 4)));
            }
            return out;
        });
    }

    @Override
    public List<DatasetVersionInfo> versions(String name) {
        return jdbc.inTransaction("read versions of dataset " + name, connection -> {
            List<DatasetVersionInfo> out = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT v.version, v.row_count, v.commit_message, v.author, v.source, v.created_at
                    FROM dataset d JOIN dataset_version v ON v.dataset_id = d.id WHERE d.name = ? ORDER BY v.version""")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DatasetVersionInfo(name, rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), instant(rs, 6)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<DatasetVersion> version(String name, int version) {
        return jdbc.inTransaction("read dataset " + name + "/" + version, connection -> read(connection, name, version));
    }

    @Override
    public Optional<DatasetVersion> latest(String name) {
        return jdbc.inTransaction("read dataset " + name, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT latest_version FROM dataset WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? read(connection, name, rs.getInt(1)) : Optional.<DatasetVersion>empty();
                }
            }
        });
    }

    private static Optional<DatasetVersion> read(Connection connection, String name, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT v.rows_json, v.commit_message, v.author, v.source, v.created_at
                FROM dataset d JOIN dataset_version v ON v.dataset_id = d.id WHERE d.name = ? AND v.version = ?""")) {
            query.setString(1, name);
            query.setInt(2, version);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new DatasetVersion(name, version, new Dataset(DatasetJson.rowsFromJson(rs.getString(1))),
                        rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5)));
            }
        }
    }

    private static long findOrCreate(Connection connection, String name, Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM dataset WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO dataset (name, created_at, updated_at) VALUES (?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
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

    private static String limit(String text, int max) {
        String value = text == null ? "" : text;
        if (value.length() > max) throw new IllegalArgumentException("'" + value.substring(0, 40) + "…' is longer than " + max + " characters; shorten it.");
        return value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
