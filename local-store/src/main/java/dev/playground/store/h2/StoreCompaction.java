package dev.playground.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.LoggerFactory;

/**
 * Compaction of the store's file, done at close only once enough of it is dead (decision 0086).
 *
 * <p>Every commit appends a chunk holding the pages it changed; older copies of those pages stay in older chunks until
 * the file is compacted. H2 compacts for up to 200 ms whenever the file is closed: every command that wrote anything
 * paid that, however little it wrote (a quarter of a cached evaluation). The store now opens with
 * {@code MAX_COMPACT_TIME=0} and this class decides instead: the process that holds the file compacts it as it closes
 * its last connection when at least {@link #DEAD_BYTES} of it are dead, for up to {@link #BUDGET_MS}. A command that
 * wrote little closes at once; the file stays under roughly the threshold plus its live data.
 *
 * <p>Compaction moves live pages into new chunks and then frees the old ones; it never drops a committed row, and a
 * crash in the middle leaves the file as H2 leaves any interrupted write (the last complete chunk wins).
 */
final class StoreCompaction {
    /** Dead space that makes closing compact: about ten evaluations of 400 rows each. */
    static final long DEAD_BYTES = 48L << 20;
    /** The longest one close may spend compacting; what is left waits for a later close. */
    static final int BUDGET_MS = 2_000;

    private final long deadBytes;

    StoreCompaction(long deadBytes) {
        this.deadBytes = deadBytes;
    }

    /** What the file holds, as the compaction decision sees it. */
    record FileState(long size, int liveChunkPercent) {
        long dead() {
            return size * (100 - liveChunkPercent) / 100;
        }
    }

    /**
     * Compacts the file behind {@code connection} when enough of it is dead and this process holds it (a process that
     * reaches the store through another's server leaves the file to that one). Failures are only logged: the store
     * is consistent without compaction.
     */
    void atClose(Connection connection) {
        try {
            MVStore store = fileOf(connection);
            if (store == null || store.isClosed() || store.getFileStore() == null || store.getFileStore().isReadOnly()) return;
            if (due(state(store))) store.compactFile(BUDGET_MS);
        } catch (SQLException | RuntimeException e) {
            LoggerFactory.getLogger(StoreCompaction.class).debug("The store was not compacted: {}", e.toString());
        }
    }

    boolean due(FileState state) {
        return state.dead() >= deadBytes;
    }

    static FileState state(MVStore store) {
        FileStore<?> file = store.getFileStore();
        return new FileState(file.size(), file.getChunksFillRate());
    }

    /** The file's store when this process holds the database itself; null when it talks to another process's server. */
    static MVStore fileOf(Connection connection) throws SQLException {
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) return null;
        return local.getDatabase().getStore().getMvStore();
    }
}
