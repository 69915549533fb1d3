package dev.playground.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * After a process serving the store is killed, H2's lock file stays behind and H2 waits two to
 * four seconds before taking it over. Every live process that serves the store listens on the
 * port written in that file, so a port that refuses connections means the file is stale and can
 * go at once. (The database file itself stays guarded by the operating system's lock, which died
 * with the process.) Called with the handover lock held.
 */
final class StaleLockFile {
    private StaleLockFile() {}

    static void clearIfOwnerIsGone(Path dataDir) {
        Path lockFile = dataDir.resolve(StoreConnections.DATABASE_NAME + ".lock.db");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(lockFile)) {
            properties.load(in);
        } catch (IOException e) {
            return; // no lock file, or one being written: H2 decides
        }
        String server = properties.getProperty("server");
        int colon = server == null ? -1 : server.lastIndexOf(':');
        if (colon < 0) return;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))), 500);
        } catch (IOException | NumberFormatException e) {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException ignored) {
                // H2 takes it over the slow way
            }
        }
    }
}
