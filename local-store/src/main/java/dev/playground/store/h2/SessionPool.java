package dev.playground.store.h2;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;

/**
 * The store's connection pool. H2's own pool rolls every connection back as it hands it out and again as it takes it
 * back; with {@code WRITE_DELAY=0} each of those rollbacks makes H2 write a chunk holding whatever another thread has
 * changed but not yet committed. A suite run's cache look-ups, many per second from several threads, made extra chunks
 * that way: more work on every look-up and a file that grew twice as fast (decision 0086). Here a connection goes back
 * to the pool with no transaction open (one left open is rolled back then, and autocommit is turned on again), so
 * handing it out needs nothing.
 *
 * <p>Connections beyond {@link #MAX_IDLE} idle ones are closed as they come back; there is no upper bound on
 * connections in use (H2's pool made the 11th caller wait).
 */
final class SessionPool implements DataSource {
    static final int MAX_IDLE = 16;

    private final String url;
    private final Properties credentials = new Properties();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private boolean disposed;

    SessionPool(String url, String user, String password) {
        this.url = url;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            if (disposed) throw new SQLException("The store's connections are closed.", "08003");
            physical = idle.pollLast();
        }
        if (physical == null || physical.isClosed()) physical = open();
        Connection handle = physical;
        return (Connection) Proxy.newProxyInstance(SessionPool.class.getClassLoader(), new Class<?>[] {Connection.class}, new Handle(handle));
    }

    private Connection open() throws SQLException {
        Connection connection = org.h2.Driver.load().connect(url, credentials);
        if (connection == null) throw new SQLException("Not an H2 address: " + url, "08001");
        return connection;
    }

    /** Takes a connection back clean: no transaction open, autocommit on; one that cannot be cleaned is closed. */
    private void giveBack(Connection physical) {
        try {
            if (physical.isClosed()) return;
            if (!physical.getAutoCommit()) {
                if (physical.unwrap(JdbcConnection.class).getSession().hasPendingTransaction()) physical.rollback();
                physical.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(physical);
            return;
        }
        synchronized (this) {
            if (!disposed && idle.size() < MAX_IDLE) {
                idle.addLast(physical);
                return;
            }
        }
        closeQuietly(physical);
    }

    /** Closes every idle connection; connections in use are closed as they come back. */
    void dispose() {
        ArrayDeque<Connection> closing;
        synchronized (this) {
            disposed = true;
            closing = new ArrayDeque<>(idle);
            idle.clear();
        }
        closing.forEach(SessionPool::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // gone already
        }
    }

    /** What callers hold: closing it gives the connection back; after that it refuses everything but close. */
    private final class Handle implements InvocationHandler {
        private final Connection physical;
        private boolean closed;

        Handle(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        giveBack(physical);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || physical.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "pooled " + physical;
                }
                default -> {
                    if (closed) throw new SQLException("This connection was given back to the pool.", "08003");
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The store's pool has one user.");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connections are local files or a loopback server
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging here.");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) return type.cast(this);
        throw new SQLException("Not a " + type.getName(), "0A000");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
