package dev.playground.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.api.ErrorCode;

/**
 * A backup carries the password its database was made with (entry {@code playground.password}, the
 * zip is owner-only like the data folder), so it restores into another data folder, on another
 * machine too: before the restored file goes in place it is opened with that password and given the
 * data folder's own. A backup from before this opens with the folder's password or not at all.
 */
final class BackupPassword {
    static final String ENTRY = StorePassword.FILE_NAME;

    private BackupPassword() {}

    /** Rewrites {@code zip} (H2's backup) with the password added. */
    static void addTo(Path zip, String password) throws IOException {
        Path with = zip.resolveSibling(zip.getFileName() + ".with-password");
        Files.deleteIfExists(with);
        OwnerOnly.newFile(with);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(with))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(ENTRY)) continue;
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(ENTRY));
            out.write((password + "\n").getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        Files.move(with, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The password a backup carries, if it carries one. */
    static Optional<String> readFrom(InputStream entry) throws IOException {
        String text = new String(entry.readAllBytes(), StandardCharsets.US_ASCII).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Makes the database in {@code stagedDir} open with {@code folderPassword}: tries that, then the
     * backup's own, then none (stores made before they had one), and sets the folder's on the first that
     * opens. Refuses a file no password opens, or one too damaged to open at all.
     */
    static void adopt(Path stagedDir, Optional<String> backupPassword, String folderPassword) throws IOException {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(folderPassword);
        backupPassword.ifPresent(candidates::add);
        candidates.add("");
        List<String> refused = new ArrayList<>();
        for (String candidate : candidates) {
            try (Connection connection = DriverManager.getConnection(StoreConnections.url(stagedDir, false) + ";IFEXISTS=TRUE", "sa",
                    candidate); Statement statement = connection.createStatement()) {
                if (!candidate.equals(folderPassword)) {
                    // Our own base64url text: no quote can end the literal early.
                    statement.execute("ALTER USER sa SET PASSWORD '" + folderPassword + "'");
                }
                statement.execute("CHECKPOINT SYNC");
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                    throw new IOException("the database in the backup cannot be opened (" + H2Failure.reason(e) + ")", e);
                }
                refused.add(candidate);
            }
        }
        throw new IOException(backupPassword.isPresent()
                ? "the database in the backup does not open with the password the backup carries"
                : "the backup was taken in another data folder by an older version and does not carry its password: copy that "
                        + "folder's " + StorePassword.FILE_NAME + " into this data folder and restore again");
    }
}
