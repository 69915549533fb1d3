package dev.playground.store.h2;

import dev.playground.store.StoreHealth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks at a store without changing it (no upgrade, no recovery, no backup): the files, an
 * interrupted upgrade, the schema, what it holds and its backups. Works while other processes
 * use the store.
 */
public final class StoreInspection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private StoreInspection() {}

    public static StoreHealth inspect(Path dataDir) {
        List<String> findings = new ArrayList<>();
        Path file = dataDir.resolve(StoreBackups.DATABASE_FILE);
        if (!Files.exists(file)) {
            findings.add("There is no store in " + dataDir + " yet; the first command that needs it will create it.");
            return new StoreHealth(true, findings);
        }
        boolean usable = true;
        findings.add("Store file: " + file + " (" + size(file) + ")" + mode(dataDir));
        if (!StorePassword.exists(dataDir)) findings.add("No password file yet: the next start gives the store one.");
        Path marker = dataDir.resolve(StoreUpgrade.MARKER);
        if (Files.exists(marker)) {
            findings.add("An upgrade was interrupted; the next start puts the store back as it was before it and upgrades again.");
        }
        try (StoreConnections connections = StoreConnections.of(dataDir); Connection connection = connections.connection()) {
            findings.addAll(schema(connection, Files.exists(marker)));
            findings.add(contents(connection));
        } catch (SQLException e) {
            usable = false;
            H2Failure failure = H2Failure.of(e);
            findings.add(failure == H2Failure.BUSY
                    ? "The store is busy: another process is holding it. Try again in a moment."
                    : "The store cannot be opened: " + H2Failure.reason(e) + ". `playground store repair` recovers what it can.");
        } catch (IOException e) {
            usable = false;
            findings.add("The store's files cannot be read: " + e.getMessage() + ".");
        }
        findings.add(backups(dataDir));
        return new StoreHealth(usable, findings);
    }

    private static List<String> schema(Connection connection, boolean upgradeInterrupted) throws SQLException {
        Set<String> shipped = SchemaCheck.shippedVersions(Dialect.H2);
        Set<String> applied = new HashSet<>();
        List<String> failed = new ArrayList<>();
        if (!StoreUpgrade.isEmpty(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) applied.add(rs.getString(1));
                    else failed.add(rs.getString(1));
                }
            } catch (SQLException e) {
                if (!upgradeInterrupted) throw e;
            }
        }
        List<String> lines = new ArrayList<>();
        if (!failed.isEmpty()) lines.add("Upgrade steps recorded as failed: " + failed + ". `playground store repair` puts back the copy from before.");
        Set<String> missing = new HashSet<>(shipped);
        missing.removeAll(applied);
        if (missing.isEmpty()) lines.add("Schema: up to date (" + applied.size() + " upgrade steps).");
        else lines.add("Schema: " + missing.size() + " of " + shipped.size() + " upgrade steps still to apply; the next start applies them.");
        return lines;
    }

    private static String contents(Connection connection) throws SQLException {
        if (StoreUpgrade.isEmpty(connection)) return "Holds: nothing yet.";
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM prompt), (SELECT COUNT(*) FROM prompt_version)")) {
            rs.next();
            return "Holds: " + rs.getLong(1) + " prompts, " + rs.getLong(2) + " versions.";
        } catch (SQLException e) {
            return "Holds: its prompt tables cannot be read (" + H2Failure.reason(e) + ").";
        }
    }

    private static String backups(Path dataDir) {
        try {
            List<Path> backups = new StoreBackups(dataDir).list();
            if (backups.isEmpty()) return "Backups: none yet in " + dataDir.resolve(StoreBackups.FOLDER) + ".";
            Path newest = backups.getFirst();
            return "Backups: " + backups.size() + " in " + newest.getParent() + "; newest " + newest.getFileName() + " ("
                    + WHEN.format(Files.getLastModifiedTime(newest).toInstant()) + " UTC).";
        } catch (IOException e) {
            return "Backups: the folder cannot be read (" + e.getMessage() + ").";
        }
    }

    private static String size(Path file) {
        try {
            return Files.size(file) / 1024 + " KB";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String mode(Path dataDir) {
        try {
            return "; folder " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir));
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
