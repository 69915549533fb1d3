package dev.playground.store.h2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * Recovers what a damaged store file still holds: H2's Recover tool reads every page it can into
 * an SQL script, which is then run into a new file (errors skipped). The damaged file is kept in
 * the backups folder. The store must not be in use.
 */
public final class StoreSalvage {
    private StoreSalvage() {}

    /** The damaged file, now set aside; the data folder then holds a new file with what could be read. */
    public static Optional<Path> recoverInto(Path dataDir) throws IOException, SQLException {
        Path script = dataDir.resolve(StoreConnections.DATABASE_NAME + ".h2.sql");
        Files.deleteIfExists(script);
        try {
            Recover recover = new Recover();
            recover.setOut(silent());
            recover.runTool("-dir", dataDir.toString(), "-db", StoreConnections.DATABASE_NAME);
            if (!Files.exists(script) || !holdsRows(script)) throw new IOException("nothing could be read from the store file");
            OwnerOnly.file(script);
            Optional<Path> damaged = new StoreBackups(dataDir).setAside("damaged-");
            String password = StorePassword.readOrCreate(dataDir);
            RunScript run = new RunScript();
            run.setOut(silent());
            run.runTool("-url", StoreConnections.url(dataDir, false), "-user", "sa", "-password", password,
                    "-script", script.toString(), "-continueOnError");
            return damaged;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Every store has rows (at least its migration history): a script without any recovered nothing. */
    private static boolean holdsRows(Path script) throws IOException {
        try (var lines = Files.lines(script, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.startsWith("INSERT INTO"));
        }
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
