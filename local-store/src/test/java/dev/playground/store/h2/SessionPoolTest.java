package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionPoolTest {
    @TempDir Path dir;

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void a_connection_given_back_mid_transaction_comes_back_rolled_back_with_autocommit_on() throws Exception {
        SessionPool pool = new SessionPool(StoreConnections.url(dir, false), "sa", "pw");
        try {
            try (Connection first = pool.getConnection(); Statement statement = first.createStatement()) {
                statement.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                first.setAutoCommit(false);
                statement.execute("INSERT INTO t VALUES (1)");
                // given back without commit
            }
            try (Connection again = pool.getConnection()) {
                assertThat(again.getAutoCommit()).isTrue();
                assertThat(again.unwrap(JdbcConnection.class).getSession().hasPendingTransaction()).isFalse();
                assertThat(count(again)).isZero();
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void committed_work_is_kept_and_a_given_back_handle_refuses_work() throws Exception {
        SessionPool pool = new SessionPool(StoreConnections.url(dir, false), "sa", "pw");
        try {
            Connection handle = pool.getConnection();
            try (Statement statement = handle.createStatement()) {
                statement.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                handle.setAutoCommit(false);
                statement.execute("INSERT INTO t VALUES (1)");
                handle.commit();
            }
            handle.close();
            handle.close();
            assertThat(handle.isClosed()).isTrue();
            assertThatThrownBy(handle::createStatement).isInstanceOf(SQLException.class);
            try (Connection other = pool.getConnection()) {
                assertThat(count(other)).isEqualTo(1);
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void many_connections_can_be_in_use_at_once_and_dispose_refuses_new_ones() throws Exception {
        SessionPool pool = new SessionPool(StoreConnections.url(dir, false), "sa", "pw");
        Connection[] held = new Connection[SessionPool.MAX_IDLE + 4];
        for (int i = 0; i < held.length; i++) held[i] = pool.getConnection();
        for (Connection connection : held) connection.close();
        pool.dispose();
        assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class);
    }
}
