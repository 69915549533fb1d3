package dev.playground.store.h2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The database's password: random, made on the first open, kept in {@code playground.password}
 * in the data folder (owner-only). Every process of the user reads it; the store's loopback
 * server refuses anyone without it.
 */
final class StorePassword {
    static final String FILE_NAME = StoreConnections.DATABASE_NAME + ".password";

    private StorePassword() {}

    static String readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) return read(file);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Written aside and linked into place, so two processes starting together agree on one password.
        Path temp = dataDir.resolve(FILE_NAME + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(temp);
        OwnerOnly.newFile(temp);
        Files.writeString(temp, password + "\n", StandardCharsets.US_ASCII);
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (UnsupportedOperationException e) {
            if (!Files.exists(file)) Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
        return read(file);
    }

    static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME));
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (text.isEmpty()) throw new IOException("the password file " + file + " is empty");
        return text;
    }
}
