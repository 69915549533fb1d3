package dev.playground.store.h2;

import dev.playground.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one place every repository reads and writes through. Work runs in one transaction: all of
 * it is written, or none. A transaction that wrote something is forced to disk before we return,
 * so what the app reports as saved survives a killed process and a power cut. When another process
 * holds the store, the work is retried with backoff for up to {@link #PATIENCE}; after that, or
 * when the files cannot be used, the caller gets a {@link dev.playground.store.StoreBusyException} or a
 * {@link dev.playground.store.StoreUnavailableException} in plain words, never H2's text.
 */
public final class Jdbc {
    /** How long a save waits for other processes before it reports the store busy. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);
    /** Two writers racing to create the same row settle in a few tries; more would hide a real clash. */
    private static final int MAX_RACE_RETRIES = 5;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Jdbc.class);
    private static final Consumer<String> NO_CHECK = what -> {};
    private static volatile Consumer<String> accessCheck = NO_CHECK;

    private final StoreDatabase connections;
    private volatile boolean durable = true;

    public Jdbc(StoreDatabase connections) {
        this.connections = connections;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Installs a check run before every transaction, with what the transaction does; it may throw to
     * refuse. The window's tests install "never on the JavaFX thread" here (this module knows no JavaFX).
     * {@code null} removes it.
     */
    public static void checkAccessWith(Consumer<String> check) {
        accessCheck = check == null ? NO_CHECK : check;
    }

    /**
     * Runs {@code work} in a transaction; if it wrote anything, the store's file is on disk when this
     * returns. {@code what} completes "could not …" in messages. The work may run more than once.
     */
    public <T> T inTransaction(String what, Work<T> work) {
        accessCheck.accept(what);
        Backoff backoff = new Backoff(PATIENCE);
        int races = 0;
        Committed<T> committed;
        while (true) {
            try {
                committed = attempt(work);
                break;
            } catch (SQLException e) {
                H2Failure failure = failure(e);
                if (failure == H2Failure.RACE && ++races > MAX_RACE_RETRIES) failure = H2Failure.OTHER;
                waitOrGiveUp(what, failure, e, backoff);
            }
        }
        // Once committed the work must not run again (it would save twice): only the sync is retried.
        String sync = dialect().syncStatement();
        while (committed.wrote() && durable && sync != null) {
            try (Connection connection = connections.connection(); Statement statement = connection.createStatement()) {
                // With WRITE_DELAY=0 (StoreConnections) the commit above already wrote its chunk to the file; H2
                // never forces it. CHECKPOINT SYNC forces the file to the device in the process serving the store.
                statement.execute(sync);
                break;
            } catch (SQLException e) {
                waitOrGiveUp(what, failure(e), e, backoff);
            }
        }
        return committed.result();
    }

    /** Reads (or writes that need not survive a crash) without forcing the file to disk. */
    public <T> T read(String what, Work<T> work) {
        accessCheck.accept(what);
        Backoff backoff = new Backoff(PATIENCE);
        while (true) {
            try {
                return attempt(work).result();
            } catch (SQLException e) {
                waitOrGiveUp(what, failure(e), e, backoff);
            }
        }
    }

    private void waitOrGiveUp(String what, H2Failure failure, SQLException e, Backoff backoff) {
        LOG.debug("Trying again to {} after H2 error {}: {}", what, e.getErrorCode(), e.getMessage());
        if (!failure.retried()) throw failed(what, failure, e);
        if (failure == H2Failure.BROKEN) connections.reset();
        if (!backoff.pause()) throw connections.busy(what, e);
    }

    /** The SQL pieces that differ between H2 and a PostgreSQL team store. */
    public Dialect dialect() {
        return connections.dialect();
    }

    H2Failure failure(SQLException e) {
        return dialect().failure(e);
    }

    private record Committed<T>(T result, boolean wrote) {}

    private <T> Committed<T> attempt(Work<T> work) throws SQLException {
        try (Connection connection = connections.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                boolean wrote = dialect().syncStatement() != null && dialect().wrote(connection);
                connection.commit();
                return new Committed<>(result, wrote);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; so is the transaction
        }
    }

    /** The caller-side check of {@link #checkAccessWith}, for writes another thread carries out ({@link GroupCommit}). */
    void checkAccess(String what) {
        accessCheck.accept(what);
    }

    /** A statement of {@code what} the store refused for good (not busy, not broken), in plain words. */
    StoreException refused(String what, SQLException e) {
        return failed(what, failure(e), e);
    }

    private StoreException failed(String what, H2Failure failure, SQLException e) {
        if (failure == H2Failure.UNAVAILABLE) return connections.unavailable(dialect().reason(e), e);
        return new StoreException("Could not " + what + ": the store refused it (error " + e.getErrorCode() + ").", e);
    }

    /** For the durability benchmark only: commits are written to the file (WRITE_DELAY=0) but not forced to the device. */
    public void skipForcingToDisk() {
        durable = false;
    }
}
