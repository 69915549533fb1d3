package dev.playground.store.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, throwaway PostgreSQL server for tests: its own cluster made with initdb in a temporary folder, listening on a
 * free loopback port, stopped when the JVM ends. PostgreSQL refuses to run as root, so as root the server runs as the
 * {@code postgres} OS user (Debian's package makes it) through runuser. Where PostgreSQL is not installed, tests that
 * need it are skipped with the reason; under CI (CI=true) they fail instead, since CI must run them.
 */
public final class TestPostgres {
    public static final String USER = "playground";
    private static final String RUN_AS = "postgres";
    private static TestPostgres shared;
    private static String missing;

    private final Path folder;
    private final Path bin;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(Path folder, Path bin, int port, String password) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.password = password;
    }

    /** The server shared by this JVM's tests; skips (or, under CI, fails) the calling test when there is none. */
    public static synchronized TestPostgres require() {
        if (shared == null && missing == null) {
            try {
                shared = start();
            } catch (IOException | RuntimeException e) {
                missing = e.getMessage();
            }
        }
        if (shared != null) return shared;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI must run the PostgreSQL tests, but no server could be started: " + missing);
        }
        Assumptions.abort("Skipped: needs a PostgreSQL server and " + missing
                + " Install PostgreSQL (Debian: apt-get install postgresql) or set PLAYGROUND_PG_BIN to its bin folder.");
        return null;
    }

    /** A new, empty database on the server, for one test: its JDBC address (no password in it). */
    public String newDatabase() {
        String name = "t" + databases.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database: " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    private static TestPostgres start() throws IOException {
        Path bin = binFolder().orElseThrow(() -> new IllegalStateException("PostgreSQL's programs (initdb, pg_ctl) were not found."));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = root ? Files.createTempDirectory(Path.of("/tmp"), "playground-pg") : Files.createTempDirectory("playground-pg");
        String password = UUID.randomUUID().toString();
        Path passwordFile = folder.resolve("password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        if (root) run(List.of("chown", "-R", RUN_AS + ":", folder.toString()), folder, "give the test cluster's folder to " + RUN_AS);
        Path data = folder.resolve("data");
        run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"), folder, "make a test cluster with initdb");
        Files.deleteIfExists(passwordFile);
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            String options = "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60";
            try {
                run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", folder.resolve("server.log").toString(),
                        "-o", options, "-w", "-t", "120", "start"), folder, "start the test server");
                TestPostgres server = new TestPostgres(folder, bin, port, password);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(root), "stop test PostgreSQL"));
                return server;
            } catch (IOException e) {
                last = e; // most likely the port was taken in between: try another
            }
        }
        throw last;
    }

    private void stop(boolean root) {
        try {
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "stop"),
                    folder, "stop the test server");
        } catch (IOException | RuntimeException e) {
            // the JVM is ending; the folder is temporary
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left in the temporary folder
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) full.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        full.addAll(List.of(command));
        return full;
    }

    private static void run(List<String> command, Path folder, String what) throws IOException {
        Path log = folder.resolve("commands.log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Could not " + what + ": it did not finish.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while trying to " + what + ".", e);
        }
        if (process.exitValue() != 0) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            throw new IOException("Could not " + what + " (exit " + process.exitValue() + "): "
                    + output.substring(Math.max(0, output.length() - 1500)));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** PLAYGROUND_PG_BIN, else the newest /usr/lib/postgresql/N/bin (Debian), else a folder on the PATH with initdb. */
    static Optional<Path> binFolder() {
        String configured = System.getenv("PLAYGROUND_PG_BIN");
        if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured)).filter(TestPostgres::hasInitdb);
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(TestPostgres::hasInitdb)
                        .max(java.util.Comparator.comparingInt(TestPostgres::major));
                if (newest.isPresent()) return newest;
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Stream.of(path.split(java.io.File.pathSeparator)).map(Path::of).filter(TestPostgres::hasInitdb).findFirst();
    }

    private static boolean hasInitdb(Path folder) {
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? "initdb.exe" : "initdb";
        return Files.isExecutable(folder.resolve(name));
    }

    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
