package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCompactionTest {
    @TempDir Path dir;

    /** Many small commits, each rewriting the same rows: most of the file ends up dead. */
    private static void churn(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS churn (id INT PRIMARY KEY, body VARCHAR(4000))");
        }
        String body = "x".repeat(2_000);
        try (PreparedStatement merge = connection.prepareStatement("MERGE INTO churn (id, body) KEY (id) VALUES (?, ?)")) {
            for (int round = 0; round < 60; round++) {
                for (int id = 0; id < 20; id++) {
                    merge.setInt(1, id);
                    merge.setString(2, body + round);
                    merge.executeUpdate();
                }
            }
        }
    }

    private static int rows(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM churn WHERE body LIKE '%59'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void closing_leaves_a_file_with_little_dead_space_as_it_is() throws Exception {
        try (StoreConnections connections = StoreConnections.of(dir); Connection connection = connections.connection()) {
            churn(connection);
            StoreCompaction.FileState before = StoreCompaction.state(StoreCompaction.fileOf(connection));
            assertThat(before.dead()).as("the churn left dead chunks").isGreaterThan(before.size() / 2);

            new StoreCompaction(Long.MAX_VALUE).atClose(connection);

            assertThat(StoreCompaction.state(StoreCompaction.fileOf(connection)).size()).isEqualTo(before.size());
        }
    }

    @Test
    void closing_compacts_once_enough_is_dead_and_keeps_every_row() throws Exception {
        long before;
        try (StoreConnections connections = StoreConnections.of(dir); Connection connection = connections.connection()) {
            churn(connection);
            before = StoreCompaction.state(StoreCompaction.fileOf(connection)).size();

            new StoreCompaction(1).atClose(connection);

            assertThat(StoreCompaction.state(StoreCompaction.fileOf(connection)).size()).isLessThan(before / 2);
        }
        try (StoreConnections connections = StoreConnections.of(dir); Connection connection = connections.connection()) {
            assertThat(rows(connection)).isEqualTo(20);
        }
    }

    @Test
    void the_store_file_opens_without_compaction_at_close_and_the_threshold_decides() throws Exception {
        assertThat(StoreConnections.url(dir, true)).contains(";MAX_COMPACT_TIME=0");
        StoreCompaction compaction = new StoreCompaction(StoreCompaction.DEAD_BYTES);
        assertThat(compaction.due(new StoreCompaction.FileState(StoreCompaction.DEAD_BYTES * 2, 50))).isTrue();
        assertThat(compaction.due(new StoreCompaction.FileState(StoreCompaction.DEAD_BYTES * 2, 60))).isFalse();
        assertThat(compaction.due(new StoreCompaction.FileState(10L << 20, 0))).isFalse();
    }

    @Test
    void closing_the_connections_runs_the_decision_and_the_store_reopens() throws Exception {
        try (StoreConnections connections = StoreConnections.of(dir); Connection connection = connections.connection()) {
            churn(connection);
        }
        assertThat(Files.size(dir.resolve(StoreConnections.DATABASE_NAME + ".mv.db"))).isPositive();
        try (StoreConnections connections = StoreConnections.of(dir); Connection connection = connections.connection()) {
            assertThat(rows(connection)).isEqualTo(20);
        }
    }
}
