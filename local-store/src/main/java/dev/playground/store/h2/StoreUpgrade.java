package dev.playground.store.h2;

import dev.playground.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date so that a kill at any moment leaves a store that opens next time.
 * H2 commits each DDL statement on its own, so a half-run migration cannot be rolled back; instead,
 * before migrating we note what to go back to in {@code playground.upgrading} (fsynced): "fresh"
 * for a new store, else the copy just taken. If that note is still there at the next open, the
 * upgrade was interrupted: the half-upgraded file is set aside and the copy put back (or, for a
 * new store, it is made again), then the upgrade runs again.
 */
public final class StoreUpgrade {
    static final String MARKER = StoreConnections.DATABASE_NAME + ".upgrading";
    private static final String FRESH = "fresh";

    private final StoreConnections connections;
    private final Jdbc jdbc;
    private final StoreBackups backups;

    public StoreUpgrade(StoreConnections connections, Jdbc jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
        this.backups = new StoreBackups(connections.dataDir());
    }

    /**
     * {@code target} null means every shipped migration; a version is for upgrade tests. True when
     * the store was made just now.
     */
    public boolean bringUpToDate(String target) throws IOException {
        Path marker = connections.dataDir().resolve(MARKER);
        if (target == null && !Files.exists(marker) && jdbc.read("open the store", SchemaCheck::isCurrent)) return false;
        try (ProcessLock ignored = ProcessLock.take(connections.dataDir(), ProcessLock.UPGRADE, Duration.ofSeconds(60),
                "wait for another process to finish upgrading it")) {
            if (Files.exists(marker)) recover(marker);
            if (target == null && jdbc.read("open the store", SchemaCheck::isCurrent)) return false;
            boolean fresh = jdbc.read("open the store", StoreUpgrade::isEmpty);
            String undo = fresh ? FRESH : jdbc.read("copy the store before upgrading it", c -> backups.takeUnchecked(c, "pre-upgrade-").toString());
            writeMarker(marker, undo);
            try {
                migrate(target);
            } catch (FlywayException e) {
                // Not a kill: a migration this build cannot apply to this store. Put the store back as it was.
                LoggerFactory.getLogger(StoreUpgrade.class).error("Upgrading the store failed", e);
                recover(marker);
                throw new StoreUnavailableException(connections.dataDir(), "upgrading it to this version failed; it was put back"
                        + " as it was before the upgrade", null);
            }
            jdbc.read("save the upgraded store", c -> sync(c));
            Files.delete(marker);
            StoreBackups.force(connections.dataDir());
            return FRESH.equals(undo);
        }
    }

    private void migrate(String target) {
        var config = Flyway.configure(StoreUpgrade.class.getClassLoader()).dataSource(connections.dataSource())
                .locations(Dialect.H2.migrationFolders().stream().map(f -> "classpath:" + f).toArray(String[]::new));
        if (target != null) config.target(MigrationVersion.fromVersion(target));
        config.load().migrate();
    }

    /** Puts back what the note says; the half-upgraded file is kept in the backups folder. */
    private void recover(Path marker) throws IOException {
        String undo = Files.readString(marker, StandardCharsets.UTF_8).strip();
        connections.reset();
        StoreAccess.requireAlone(connections);
        connections.close();
        if (FRESH.equals(undo) || undo.isEmpty()) {
            backups.setAside("interrupted-creation-");
        } else {
            Path copy = Path.of(undo);
            if (!Files.exists(copy)) {
                throw new StoreUnavailableException(connections.dataDir(), "an upgrade was interrupted and its copy " + copy
                        + " is missing", null);
            }
            backups.setAside("interrupted-upgrade-");
            backups.restore(copy);
        }
        connections.reset();
        Files.delete(marker);
        StoreBackups.force(connections.dataDir());
        LoggerFactory.getLogger(StoreUpgrade.class).warn("An interrupted upgrade of the store in {} was undone; upgrading again.",
                connections.dataDir());
    }

    private static void writeMarker(Path marker, String undo) throws IOException {
        Path temp = marker.resolveSibling(MARKER + ".tmp");
        Files.writeString(temp, undo + "\n", StandardCharsets.UTF_8);
        StoreBackups.force(temp);
        Files.move(temp, marker, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StoreBackups.force(marker.getParent());
    }

    /** No table at all: a new store (or one whose creation never got as far as its first table). */
    static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getInt(1) == 0;
        }
    }

    static Void sync(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        }
        return null;
    }
}
