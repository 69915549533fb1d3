package dev.playground.store.h2;

import dev.playground.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Runs work in one transaction: all of it is written, or none. */
public final class Jdbc {
    private static final Consumer<String> NO_CHECK = what -> {};
    private static volatile Consumer<String> accessCheck = NO_CHECK;

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
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

    public <T> T inTransaction(String what, Work<T> work) {
        accessCheck.accept(what);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + ": " + e.getMessage(), e);
        }
    }
}
