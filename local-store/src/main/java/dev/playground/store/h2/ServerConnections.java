package dev.playground.store.h2;

import dev.playground.store.StoreBusyException;
import dev.playground.store.StoreUnavailableException;
import dev.playground.store.TeamStore;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Connections to a team store on a PostgreSQL server, pooled (H2's small pool takes any pooled data source). The
 * password goes to the driver only; messages name the store by its address with secrets masked.
 */
public final class ServerConnections implements StoreDatabase {
    private static final int MAX_CONNECTIONS = 8;
    private final TeamStore store;
    private JdbcConnectionPool pool;

    public ServerConnections(TeamStore store) {
        this.store = store;
        this.pool = newPool();
    }

    private JdbcConnectionPool newPool() {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(store.url());
        source.setUser(store.user());
        source.setPassword(store.password());
        source.setApplicationName("Prompt Playground");
        source.setConnectTimeout(10);
        source.setTcpKeepAlive(true);
        JdbcConnectionPool created = JdbcConnectionPool.create(source);
        created.setMaxConnections(MAX_CONNECTIONS);
        return created;
    }

    public TeamStore store() {
        return store;
    }

    @Override
    public Connection connection() throws SQLException {
        return current().getConnection();
    }

    @Override
    public DataSource dataSource() {
        return current();
    }

    @Override
    public synchronized void reset() {
        pool.dispose();
        pool = newPool();
    }

    private synchronized JdbcConnectionPool current() {
        return pool;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String place() {
        return "team store at " + store.display();
    }

    @Override
    public StoreBusyException busy(String what, SQLException cause) {
        return new StoreBusyException(place(), what, cause);
    }

    @Override
    public StoreUnavailableException unavailable(String reason, SQLException cause) {
        return new StoreUnavailableException(place(), reason, cause);
    }

    @Override
    public synchronized void close() {
        pool.dispose();
    }
}
