package dev.playground.store.h2;

import java.sql.SQLException;

/** Sorts a PostgreSQL server's errors (by SQLSTATE) into what we do about them, as {@link H2Failure} does for H2. */
final class ServerFailure {
    private ServerFailure() {}

    static H2Failure of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            // serialization failure, deadlock, lock not available, too many connections, starting up
            case "40001", "40P01", "55P03", "53300", "57P03" -> H2Failure.BUSY;
            case "23505" -> H2Failure.RACE;
            // bad password, no such role or database, no right to the tables, no server at that address
            case "28P01", "28000", "3D000", "42501", "08001", "08004" -> H2Failure.UNAVAILABLE;
            // the server went away (restart, administrator ended the session)
            case "57P01", "57P02" -> H2Failure.BROKEN;
            default -> state.startsWith("08") ? H2Failure.BROKEN : H2Failure.OTHER;
        };
    }

    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "the server refused the user name or password (set PLAYGROUND_STORE_PASSWORD, or save the "
                    + "password with `playground store password`)";
            case "3D000" -> "that database does not exist on the server (ask its administrator to create it)";
            case "42501" -> "the user may not read or write the store's tables (ask the administrator for the rights)";
            default -> state.startsWith("08") ? "the server cannot be reached (check the host, the port and that it runs)"
                    : "the server refused it (SQLSTATE " + state + ")";
        };
    }
}
