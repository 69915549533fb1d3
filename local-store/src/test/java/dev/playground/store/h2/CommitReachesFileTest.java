package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code kill -9} leaves is what reached the file: this copies the file the moment a commit is
 * acknowledged (commit, then CHECKPOINT SYNC, as {@link Jdbc} does) and opens the copy. Writes are
 * slowed down, and the test waits past H2's default write delay before the sync, so that with H2's
 * defaults its background writer would be storing the commit on another thread at that moment
 * (the CI failure of the crash kit). With the store's options the commit is written before it returns,
 * however fast or slow the machine.
 */
class CommitReachesFileTest {
    @TempDir Path dir;

    @AfterEach
    void normalWrites() {
        SlowWritesFileSystem.uninstall();
    }

    @Test
    void an_acknowledged_commit_is_in_the_file_even_while_the_file_is_slow_to_write() throws Exception {
        SlowWritesFileSystem.install(300);
        Path database = dir.resolve("slow").resolve(StoreConnections.DATABASE_NAME);
        String url = "jdbc:h2:" + SlowWritesFileSystem.SCHEME + ":" + database + StoreConnections.DURABLE_OPTIONS;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE saved(id INT PRIMARY KEY)");
            connection.setAutoCommit(false);
            for (int id = 1; id <= 2; id++) {
                statement.execute("INSERT INTO saved VALUES (" + id + ")");
                connection.commit();
                // Longer than H2's default write delay (500 ms) and its background writer's wake-up (166 ms).
                Thread.sleep(800);
                statement.execute("CHECKPOINT SYNC");
                assertThat(idsInCopyOf(database)).as("rows in the file when row " + id + " was acknowledged").contains(id);
            }
        }
    }

    @Test
    void every_session_of_the_store_writes_each_commit_before_it_returns() throws Exception {
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            String writeDelay = store.jdbc().read("read a setting", c -> {
                try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(writeDelay).isEqualTo("0");
        }
    }

    /** Opens a copy of the file as the OS has it now, as the next process would after a kill. */
    private java.util.List<Integer> idsInCopyOf(Path database) throws Exception {
        Path copy = Files.createTempDirectory(dir, "copy").resolve(StoreConnections.DATABASE_NAME);
        Files.copy(database.resolveSibling(StoreConnections.DATABASE_NAME + ".mv.db"),
                copy.resolveSibling(StoreConnections.DATABASE_NAME + ".mv.db"));
        java.util.List<Integer> ids = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + copy, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id FROM saved")) {
            while (rs.next()) ids.add(rs.getInt(1));
        } catch (SQLException e) {
            throw new AssertionError("the copy of the file does not open: " + e.getMessage(), e);
        }
        return ids;
    }
}
