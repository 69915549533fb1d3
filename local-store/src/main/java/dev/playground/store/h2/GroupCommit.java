package dev.playground.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.LoggerFactory;

/**
 * Rows written by many threads sharing one transaction and one sync (group commit). A suite run writes a run-log
 * row per call and a finished cell per row from up to 64 threads; each in its own transaction followed by its own
 * {@code CHECKPOINT SYNC} spent most of a cached re-run forcing the file to the device. Here one writer thread takes
 * whatever is waiting (up to {@link #MAX_BATCH} rows), executes them in one transaction (one prepared statement per
 * SQL text), commits, forces the file once, and only then completes each row's future. Nothing waits on purpose: rows
 * that arrive while a batch is being forced form the next batch, so a lone row costs what it cost before.
 *
 * <p>Decision 0080 holds per row: {@link #write} returns only once its row is on the device, so what is reported
 * saved survives {@code kill -9}. Rows complete in the order they were queued, so once a row is saved every row
 * queued before it is too. A row the store refuses for good fails alone (its future gets the
 * {@link dev.playground.store.StoreException}); the batch is executed again without it. A piece with several
 * statements is kept whole or not at all. When the store is busy the
 * batch is retried as {@link Jdbc#inTransaction} retries any transaction.
 */
public final class GroupCommit implements AutoCloseable {
    /** A bound on one transaction's size, so a burst never holds the store's lock for long. */
    static final int MAX_BATCH = 256;

    /** One piece of work: its statements, all kept or none. Statements come from {@link Statements#prepare}. */
    @FunctionalInterface
    public interface Piece {
        void write(Statements statements) throws SQLException;
    }

    /** Prepared statements shared by the pieces of one batch (one per SQL text); never closed by a piece. */
    @FunctionalInterface
    public interface Statements {
        PreparedStatement prepare(String sql) throws SQLException;
    }

    private record Row(String what, Piece piece, CompletableFuture<Void> saved) {}

    /** Thrown inside the batch's transaction to roll it back and name the row the store refused. */
    private static final class Refused extends RuntimeException {
        final int index;

        Refused(int index, RuntimeException cause) {
            super(cause);
            this.index = index;
        }
    }

    private final Jdbc jdbc;
    private final LinkedBlockingQueue<Row> queue = new LinkedBlockingQueue<>();
    private Thread writer;
    private boolean closed;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    public GroupCommit(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code piece} and returns once what it wrote is on the device. */
    public void write(String what, Piece piece) {
        try {
            submit(what, piece).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    /** Queues the piece; the future completes once it is on the device, or fails with the store's refusal. */
    public CompletableFuture<Void> submit(String what, Piece piece) {
        jdbc.checkAccess(what);
        Row row = new Row(what, piece, new CompletableFuture<>());
        synchronized (this) {
            if (closed) {
                // After close nothing drains the queue: the piece is written on the caller's thread.
                return CompletableFuture.runAsync(() -> jdbc.inTransaction(what, connection -> {
                    executeAll(connection, List.of(row));
                    return null;
                }), Runnable::run);
            }
            queue.add(row);
            last = row.saved();
            if (writer == null) writer = Thread.ofPlatform().daemon().name("store-group-commit").start(this::drain);
        }
        return row.saved();
    }

    /** Waits until every row queued so far is saved or refused: readers call it to see their own process's rows. */
    public void flush() {
        CompletableFuture<Void> pending;
        synchronized (this) {
            pending = last;
        }
        try {
            pending.join();
        } catch (CompletionException e) {
            // that row's writer hears of it; the rows before it are settled either way
        }
    }

    private void drain() {
        List<Row> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            commit(batch);
            batch.clear();
        }
    }

    private void commit(List<Row> batch) {
        List<Row> rows = new ArrayList<>(batch);
        while (!rows.isEmpty()) {
            try {
                jdbc.inTransaction(rows.size() == 1 ? rows.getFirst().what() : "save " + rows.size() + " records", connection -> {
                    executeAll(connection, rows);
                    return null;
                });
            } catch (Refused refused) {
                // Everything was rolled back: the refused row fails alone, the others go again.
                Row row = rows.remove(refused.index);
                row.saved().completeExceptionally(refused.getCause());
                continue;
            } catch (RuntimeException e) {
                rows.forEach(row -> row.saved().completeExceptionally(e));
                return;
            }
            rows.forEach(row -> row.saved().complete(null));
            return;
        }
    }

    private void executeAll(Connection connection, List<Row> rows) throws SQLException {
        // One statement per SQL text for the whole batch: parsing it for every row cost more than running it.
        Map<String, PreparedStatement> statements = new HashMap<>();
        try {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                try {
                    row.piece().write(sql -> {
                        PreparedStatement statement = statements.get(sql);
                        if (statement == null) {
                            statement = connection.prepareStatement(sql);
                            statements.put(sql, statement);
                        }
                        return statement;
                    });
                } catch (SQLException e) {
                    // Busy or broken: the whole batch is rolled back and tried again. A duplicate key is this piece's
                    // own (its rows have keys of their own), so trying again would only fail again.
                    H2Failure failure = jdbc.failure(e);
                    if (failure.retried() && failure != H2Failure.RACE) throw e;
                    throw new Refused(i, jdbc.refused(row.what(), e));
                } catch (RuntimeException e) {
                    throw new Refused(i, e);
                }
            }
        } finally {
            for (PreparedStatement statement : statements.values()) statement.close();
        }
    }

    /** Waits until every queued row is saved (or refused), then stops the writer; later rows are written directly. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) return;
            closed = true;
            running = writer;
        }
        if (running == null) return;
        flush();
        running.interrupt();
        try {
            running.join(Jdbc.PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LoggerFactory.getLogger(GroupCommit.class).debug("Interrupted while the store's writer stopped");
        }
    }
}
