package dev.playground.store;

import dev.playground.store.h2.OwnerOnly;
import dev.playground.store.h2.StoreAccess;
import dev.playground.store.h2.StoreBackups;
import dev.playground.store.h2.StoreConnections;
import dev.playground.store.h2.StoreInspection;
import dev.playground.store.h2.StoreSalvage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code playground store check|repair|backup|restore}: looking after the store as a whole.
 * Nothing here deletes a store file; whatever is replaced is first moved into the backups folder.
 */
public final class StoreMaintenance {
    private final Path dataDir;

    public StoreMaintenance(Path dataDir) {
        this.dataDir = dataDir;
    }

    public StoreHealth check() {
        return StoreInspection.inspect(dataDir);
    }

    /** What a repair did, in plain lines; {@code repaired} false means the store still cannot be opened. */
    public record Outcome(boolean repaired, List<String> lines) {}

    /** Takes a copy while the store stays in use; {@code out} null means the backups folder. */
    public Path backup(Path out) {
        try (StoreConnections connections = StoreConnections.of(dataDir); Connection connection = connections.connection()) {
            StoreBackups backups = new StoreBackups(dataDir);
            return out == null ? backups.take(connection, "manual-") : backups.take(connection, out.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreUnavailableException(dataDir, "it could not be copied (error " + e.getErrorCode() + ")", e);
        } catch (IOException e) {
            throw new StoreException("Could not write the backup: " + e.getMessage() + ".", e);
        }
    }

    public List<Path> backups() throws IOException {
        return new StoreBackups(dataDir).list();
    }

    /** Puts {@code zip} (or, when null, the newest backup) in place of the store; the current file is kept. */
    public Outcome restore(Path zip) throws IOException {
        StoreBackups backups = new StoreBackups(dataDir);
        Path source = zip != null ? zip : backups.list().stream().findFirst()
                .orElseThrow(() -> new IOException("there is no backup in " + backups.folder()));
        if (!Files.isRegularFile(source)) throw new IOException(source + " does not exist");
        // Restoring into a new data folder (another machine) is fine: it is made here, owner-only.
        Files.createDirectories(dataDir);
        OwnerOnly.folder(dataDir);
        requireAlone();
        List<String> lines = new ArrayList<>();
        Optional<Path> replaced = backups.restore(source);
        lines.add("Restored the store from " + source + ".");
        replaced.ifPresent(p -> lines.add("The store it replaced is kept as " + p + "."));
        return opens(lines);
    }

    /**
     * Makes the store open again: finishing or undoing an interrupted upgrade, else recovering what
     * the file holds into a new one, else putting back the newest backup.
     */
    public Outcome repair() throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.exists(dataDir.resolve(StoreConnections.DATABASE_NAME + ".mv.db"))) {
            return new Outcome(true, List.of("There is no store in " + dataDir + " to repair."));
        }
        requireAlone();
        if (opensNow()) return new Outcome(true, List.of("The store opens normally; nothing needed repairing."));
        try {
            Optional<Path> damaged = StoreSalvage.recoverInto(dataDir);
            lines.add("Recovered what the store file held into a new file.");
            damaged.ifPresent(p -> lines.add("The damaged file is kept as " + p + "."));
            if (opensNow()) return new Outcome(true, lines);
            lines.add("The recovered store still does not open.");
        } catch (IOException | SQLException e) {
            lines.add("Nothing could be recovered from the store file (" + e.getMessage() + ").");
        }
        StoreBackups backups = new StoreBackups(dataDir);
        Optional<Path> newest = backups.list().stream().findFirst();
        if (newest.isEmpty()) return new Outcome(false, lines);
        backups.restore(newest.get()).ifPresent(p -> lines.add("The file it replaced is kept as " + p + "."));
        lines.add("Put back the newest backup, " + newest.get() + " (changes made after it are not in it).");
        return opens(lines);
    }

    private Outcome opens(List<String> lines) {
        try {
            LocalStore.open(dataDir).close();
            lines.add("The store opens.");
            return new Outcome(true, lines);
        } catch (StoreException e) {
            lines.add(e.getMessage());
            return new Outcome(false, lines);
        }
    }

    private boolean opensNow() {
        try {
            LocalStore.open(dataDir).close();
            return true;
        } catch (StoreException e) {
            // Damage shows in many ways: a file H2 refuses, or a row it cannot read while the store opens.
            return false;
        }
    }

    private void requireAlone() throws IOException {
        try (StoreConnections connections = StoreConnections.of(dataDir)) {
            StoreAccess.requireAlone(connections);
        }
    }
}
