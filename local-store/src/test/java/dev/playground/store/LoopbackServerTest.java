package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's automatic server listens on loopback only, and its files are the user's alone. */
class LoopbackServerTest {
    @TempDir Path dataDir;

    @Test
    void the_shared_server_listens_on_127_0_0_1_only() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dataDir.resolve("playground.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).matches("(127\\.0\\.0\\.1|localhost):[0-9]+");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            if (Files.isReadable(Path.of("/proc/net/tcp6"))) {
                String hexPort = String.format(Locale.ROOT, ":%04X", port);
                // State 0A is LISTEN. Java binds 127.0.0.1 as the IPv4-mapped ::ffff:127.0.0.1 in tcp6; every interface
                // would show as all zeros.
                java.util.List<String> listening = new java.util.ArrayList<>();
                for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
                    for (String line : Files.readAllLines(Path.of(table))) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("0A")) listening.add(f[1]);
                    }
                }
                assertThat(listening).isNotEmpty()
                        .allMatch(a -> a.equals("0100007F" + hexPort) || a.equals("0000000000000000FFFF00000100007F" + hexPort));
            }
            if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("playground.password"))))
                        .isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("playground.mv.db"))))
                        .isEqualTo("rw-------");
            }
        }
    }
}
