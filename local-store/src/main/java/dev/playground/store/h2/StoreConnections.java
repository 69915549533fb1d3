package dev.playground.store.h2;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.engine.SysProperties;
import org.slf4j.LoggerFactory;

/**
 * Connections to the store's database file. AUTO_SERVER lets the window and any number of
 * command-line processes share it: the first process serves it on a loopback port, the others
 * connect to that port with the password from the data folder.
 */
public final class StoreConnections implements StoreDatabase {
    public static final String DATABASE_NAME = "playground";
    private static final String USER = "sa";

    static {
        // H2 reads this once, when its settings class loads; every server socket it opens then listens on
        // loopback only (the automatic server passes -tcpAllowOthers, which would otherwise mean every interface).
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private final Path dataDir;
    private final String password;
    private SessionPool pool;
    private boolean connected;
    private final StoreCompaction compaction = new StoreCompaction(StoreCompaction.DEAD_BYTES);

    private StoreConnections(Path dataDir, String password) {
        this.dataDir = dataDir;
        this.password = password;
        this.pool = new SessionPool(url(dataDir, true), USER, password);
    }

    /** Reads (or makes, for a new data folder) the password; connects lazily. */
    public static StoreConnections of(Path dataDir) throws IOException {
        if (!"127.0.0.1".equals(SysProperties.BIND_ADDRESS)) {
            LoggerFactory.getLogger(StoreConnections.class).warn(
                    "H2 was loaded before the store set its loopback address; its server may listen on every interface.");
        }
        return new StoreConnections(dataDir, StorePassword.readOrCreate(dataDir));
    }

    /**
     * WRITE_DELAY=0: H2 writes every commit to the file on the committing thread before the commit returns.
     * With its default (500 ms) a background thread stores commits and hands the chunk to two executors that
     * write it later; a {@code CHECKPOINT SYNC} arriving meanwhile finds nothing left to store and forces the
     * file before the chunk is in it, so a save reported as done could be lost to {@code kill -9} (decision 0080).
     * Every process passes it: H2 runs it as {@code SET WRITE_DELAY 0} for each session, served or local.
     */
    static final String DURABLE_OPTIONS = ";WRITE_DELAY=0";

    /**
     * MAX_COMPACT_TIME=0: closing the file does not compact it. With H2's default (200 ms) a command that wrote to the
     * store spent up to that long rewriting chunks as it closed, however little it wrote; {@link StoreCompaction}
     * compacts instead, at close, only once enough of the file is dead (decision 0086).
     */
    static final String CLOSE_OPTIONS = ";MAX_COMPACT_TIME=0";

    static String url(Path dataDir, boolean shared) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(DATABASE_NAME) + DURABLE_OPTIONS + CLOSE_OPTIONS
                + (shared ? ";AUTO_SERVER=TRUE" : "");
    }

    public Path dataDir() {
        return dataDir;
    }

    String password() {
        return password;
    }

    /** A pooled connection; a store made before it had a password gets the data folder's password now. */
    public Connection connection() throws SQLException {
        SessionPool current;
        synchronized (this) {
            current = pool;
            if (!connected) {
                // The first connection may open the file and start the shared server: one process at a time.
                try (ProcessLock ignored = handover()) {
                    StaleLockFile.clearIfOwnerIsGone(dataDir);
                    Connection first = connect(current);
                    connected = true;
                    return first;
                } catch (IOException e) {
                    throw new SQLException("Cannot use the store's lock file: " + e.getMessage(), "08000", ErrorCode.IO_EXCEPTION_1, e);
                }
            }
        }
        return connect(current);
    }

    private Connection connect(SessionPool current) throws SQLException {
        try {
            return current.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD || !setPasswordOnOldStore()) throw e;
            return current.getConnection();
        }
    }

    private ProcessLock handover() throws IOException {
        return ProcessLock.take(dataDir, ProcessLock.HANDOVER, Jdbc.PATIENCE, "connect to it");
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public String place() {
        return "store in " + dataDir;
    }

    @Override
    public dev.playground.store.StoreBusyException busy(String what, SQLException cause) {
        return new dev.playground.store.StoreBusyException(dataDir, what, cause);
    }

    @Override
    public dev.playground.store.StoreUnavailableException unavailable(String reason, SQLException cause) {
        return new dev.playground.store.StoreUnavailableException(dataDir, reason, cause);
    }

    /** For Flyway, which takes a data source. */
    @Override
    public DataSource dataSource() {
        return current();
    }

    /** Drops every pooled connection, after the process serving the store went away. */
    @Override
    public synchronized void reset() {
        dispose();
        pool = new SessionPool(url(dataDir, true), USER, password);
    }

    private synchronized SessionPool current() {
        return pool;
    }

    /** Closing our last connection may close the file and stop the shared server: one process at a time. */
    private void dispose() {
        if (!connected) {
            pool.dispose();
            return;
        }
        connected = false;
        try (ProcessLock ignored = handover()) {
            try (Connection last = pool.getConnection()) {
                compaction.atClose(last);
            } catch (SQLException | RuntimeException e) {
                // nothing to compact through; closing goes on
            }
            pool.dispose();
        } catch (IOException | RuntimeException e) {
            pool.dispose();
        }
    }

    private boolean setPasswordOnOldStore() throws SQLException {
        try (Connection old = DriverManager.getConnection(url(dataDir, true), USER, "");
             Statement statement = old.createStatement()) {
            // The password is our own base64url text: no quote can end the literal early.
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) return false;
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        dispose();
    }
}
