package dev.playground.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Copies of the store in {@code <data dir>/backups}: daily ones (kept a week), the copy taken
 * before an upgrade, and the files set aside by a restore or repair (nothing is deleted without
 * one). A backup is H2's own online copy (a zip holding the database file), consistent even while
 * other processes write.
 */
public final class StoreBackups {
    public static final String FOLDER = "backups";
    static final String DAILY = "daily-";
    static final Duration DAILY_EVERY = Duration.ofDays(1);
    static final Duration DAILY_KEPT = Duration.ofDays(7);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    static final String DATABASE_FILE = StoreConnections.DATABASE_NAME + ".mv.db";

    private final Path dataDir;

    public StoreBackups(Path dataDir) {
        this.dataDir = dataDir;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    private Path ensureFolder() throws IOException {
        Files.createDirectories(folder());
        OwnerOnly.folder(folder());
        return folder();
    }

    /** A consistent copy taken through {@code connection} (the store stays usable meanwhile). */
    public Path take(Connection connection, String kind) throws SQLException, IOException {
        return take(connection, ensureFolder().resolve(kind + STAMP.format(Instant.now()) + ".zip"));
    }

    /** For {@link Jdbc} work, which may throw only SQL errors. */
    Path takeUnchecked(Connection connection, String kind) throws SQLException {
        try {
            return take(connection, kind);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path take(Connection connection, Path target) throws SQLException, IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(temp);
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        OwnerOnly.file(temp);
        BackupPassword.addTo(temp, StorePassword.readOrCreate(dataDir));
        force(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(target.toAbsolutePath().getParent());
        return target;
    }

    /** Takes today's copy if the newest daily one is a day old (or there is none), and drops those older than a week. */
    Optional<Path> takeDailyIfDue(Connection connection, Instant now) throws SQLException, IOException {
        List<Path> daily = list().stream().filter(p -> p.getFileName().toString().startsWith(DAILY)).toList();
        for (Path old : daily) {
            if (Files.getLastModifiedTime(old).toInstant().isBefore(now.minus(DAILY_KEPT))) Files.deleteIfExists(old);
        }
        boolean due = daily.stream().allMatch(p -> modified(p).isBefore(now.minus(DAILY_EVERY)));
        return due ? Optional.of(take(connection, DAILY)) : Optional.empty();
    }

    /** Every finished backup zip, newest first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(folder())) return List.of();
        try (var files = Files.list(folder())) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(StoreBackups::modified).reversed()).toList());
        }
    }

    /**
     * Puts the database file from {@code zip} in place of the current one, which is moved into the
     * backups folder first. The store must be closed by every process (the caller makes sure).
     */
    public Optional<Path> restore(Path zip) throws IOException {
        // Staged in a folder of its own (H2 opens only files named *.mv.db), where it gets this folder's password.
        Path staged = dataDir.resolve(StoreConnections.DATABASE_NAME + ".restoring");
        deleteStaged(staged);
        Files.createDirectories(staged);
        try {
            Path incoming = staged.resolve(DATABASE_FILE);
            boolean found = false;
            Optional<String> password = Optional.empty();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    String name = Path.of(entry.getName()).getFileName().toString();
                    if (name.equals(DATABASE_FILE) && !found) {
                        copy(in, incoming);
                        found = true;
                    } else if (name.equals(BackupPassword.ENTRY)) {
                        password = BackupPassword.readFrom(in);
                    }
                }
            } catch (java.util.zip.ZipException e) {
                throw new IOException(zip + " is not a backup of a Prompt Playground store (not a readable zip file)");
            }
            if (!found) throw new IOException(zip + " is not a backup of a Prompt Playground store (it holds no " + DATABASE_FILE + ")");
            BackupPassword.adopt(staged, password, StorePassword.readOrCreate(dataDir));
            force(incoming);
            Optional<Path> setAside = setAside("replaced-");
            Files.move(incoming, dataDir.resolve(DATABASE_FILE), StandardCopyOption.ATOMIC_MOVE);
            force(dataDir);
            return setAside;
        } finally {
            deleteStaged(staged);
        }
    }

    /** What is left of a restore's staging folder: H2's lock and trace files, or a file that was refused. */
    private static void deleteStaged(Path staged) throws IOException {
        if (!Files.isDirectory(staged)) return;
        try (var files = Files.list(staged)) {
            for (Path file : (Iterable<Path>) files::iterator) Files.deleteIfExists(file);
        }
        Files.deleteIfExists(staged);
    }

    /** Moves the current database file into the backups folder (named {@code prefix}+time), if there is one. */
    public Optional<Path> setAside(String prefix) throws IOException {
        Path current = dataDir.resolve(DATABASE_FILE);
        if (!Files.exists(current)) return Optional.empty();
        Path target = ensureFolder().resolve(prefix + STAMP.format(Instant.now()) + ".mv.db");
        Files.move(current, target, StandardCopyOption.ATOMIC_MOVE);
        force(folder());
        return Optional.of(target);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        OwnerOnly.newFile(target);
        try (var out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        force(target);
    }

    /** fsync a file, or a folder so a rename in it is on disk (where the OS allows opening folders). */
    static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? new StandardOpenOption[] {StandardOpenOption.READ} : new StandardOpenOption[] {StandardOpenOption.WRITE})) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder: its renames are durable without this.
        }
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
