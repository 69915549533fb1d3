package dev.playground.store.h2;

import dev.playground.store.StoreBusyException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.api.ErrorCode;

/** Makes sure no other process has the store open before its files are replaced. */
public final class StoreAccess {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private StoreAccess() {}

    /**
     * Opens the file without the shared server, which H2 refuses while another process holds it, and
     * closes it again. A file that is missing or too damaged to open is nobody's: that is fine here.
     */
    public static void requireAlone(StoreConnections connections) {
        Backoff backoff = new Backoff(PATIENCE);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(
                    StoreConnections.url(connections.dataDir(), false) + ";IFEXISTS=TRUE", "sa", connections.password())) {
                return;
            } catch (SQLException e) {
                int code = e.getErrorCode();
                boolean inUse = code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.ERROR_OPENING_DATABASE_1;
                if (!inUse) return;
                if (!backoff.pause()) {
                    throw new StoreBusyException(connections.dataDir(), "replace its files while another process uses it "
                            + "(close the window and any running playground command)", e);
                }
            }
        }
    }
}
