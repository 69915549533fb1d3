package dev.playground.store.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.h2.jdbc.JdbcConnection;

/**
 * Where the store's SQL differs between the embedded H2 file and a PostgreSQL team store (decision 0095). The
 * repositories write standard SQL and ask the dialect only for these few pieces; everything else runs unchanged on both.
 */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    /** Migrations both databases run as they are; each dialect adds its own folder. */
    public static final String COMMON_MIGRATIONS = "db/migration/common";

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The dialect of the database behind {@code connection} (for code that is handed a connection, not a {@link Jdbc}). */
    public static Dialect of(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? POSTGRESQL : H2;
    }

    /** The classpath folders of this database's migrations: the shared ones and its own. */
    public List<String> migrationFolders() {
        return List.of(COMMON_MIGRATIONS, "db/migration/" + folder);
    }

    /**
     * Inserts a row, or updates the row with the same {@code keys}: {@code columns} in order, bound to {@code values}
     * (placeholders or literals). H2 has MERGE … KEY; PostgreSQL has INSERT … ON CONFLICT.
     */
    public String upsert(String table, String keys, String columns, String values) {
        if (this == H2) return "MERGE INTO " + table + " (" + columns + ") KEY (" + keys + ") VALUES (" + values + ")";
        List<String> keyList = split(keys);
        String updates = split(columns).stream().filter(c -> !keyList.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + keys + ") DO "
                + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
    }

    /** The next number of a sequence, as an expression. */
    public String nextValue(String sequence) {
        return this == H2 ? "NEXT VALUE FOR " + sequence : "nextval('" + sequence + "')";
    }

    /** {@code text} of every row joined with commas in {@code order}, as an aggregate expression. */
    public String joined(String text, String order) {
        return this == H2 ? "LISTAGG(" + text + ", ',') WITHIN GROUP (ORDER BY " + order + ")"
                : "STRING_AGG(" + text + ", ',' ORDER BY " + order + ")";
    }

    /** The statement that makes H2 stream a large result instead of building it in memory; null where none is needed. */
    public String lazyQueries(boolean on) {
        return this == H2 ? "SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE") : null;
    }

    /**
     * The statement that forces committed work to the device, or null when a commit already does. H2 writes a commit to
     * its file but never forces it (decision 0080); PostgreSQL's commit returns after its write-ahead log is flushed.
     */
    public String syncStatement() {
        return this == H2 ? "CHECKPOINT SYNC" : null;
    }

    /** Whether the transaction on {@code connection} changed anything (only asked when there is a sync to run). */
    boolean wrote(Connection connection) throws SQLException {
        return this != H2 || connection.unwrap(JdbcConnection.class).getSession().hasPendingTransaction();
    }

    /** What to do about a failed statement. */
    H2Failure failure(SQLException e) {
        return this == H2 ? H2Failure.of(e) : ServerFailure.of(e);
    }

    /** Plain words for why the store cannot be used. */
    String reason(SQLException e) {
        return this == H2 ? H2Failure.reason(e) : ServerFailure.reason(e);
    }

    private static List<String> split(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }
}
