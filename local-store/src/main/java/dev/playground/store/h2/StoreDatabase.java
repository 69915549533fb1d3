package dev.playground.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where {@link Jdbc} gets its connections: the embedded H2 file ({@link StoreConnections}) or a team store's server. */
public interface StoreDatabase extends AutoCloseable {
    /** A pooled connection; closing it gives it back. */
    Connection connection() throws SQLException;

    /** For Flyway, which takes a data source. */
    DataSource dataSource();

    /** Drops every pooled connection, after the other end went away. */
    void reset();

    Dialect dialect();

    /** The store in words for messages ("store in /home/ana/.playground"), never with a password. */
    String place();

    /** Plain words when the store is busy for longer than we wait. */
    dev.playground.store.StoreBusyException busy(String what, SQLException cause);

    /** Plain words when the store cannot be used as it is. */
    dev.playground.store.StoreUnavailableException unavailable(String reason, SQLException cause);

    @Override
    void close();
}
