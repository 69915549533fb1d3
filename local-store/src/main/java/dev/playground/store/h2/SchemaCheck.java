package dev.playground.store.h2;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Tells whether every migration this build ships is already applied, so opening an up-to-date
 * store can skip Flyway's start-up (about a second on a small machine). Any doubt means "no",
 * and Flyway runs as usual.
 */
public final class SchemaCheck {
    private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private SchemaCheck() {}

    public static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isCurrent(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Errors other than "no history yet" reach the caller, so a busy store is not taken for an old one. */
    static boolean isCurrent(Connection connection) throws SQLException {
        Set<String> shipped = shippedVersions(Dialect.of(connection));
        if (shipped.isEmpty()) return false;
        try (ResultSet tables = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) return false;
        }
        try (ResultSet rs = connection.createStatement().executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) applied.add(rs.getString(1));
            return applied.containsAll(shipped);
        }
    }

    /** Every version this build ships for {@code dialect} (its own folder and the common one); empty when in doubt. */
    static Set<String> shippedVersions(Dialect dialect) {
        Set<String> versions = new HashSet<>();
        for (String folder : dialect.migrationFolders()) {
            Set<String> found = shippedVersions(folder);
            if (found.isEmpty()) return Set.of();
            versions.addAll(found);
        }
        return versions;
    }

    static Set<String> shippedVersions(String location) {
        URL url = SchemaCheck.class.getClassLoader().getResource(location);
        Set<String> versions = new HashSet<>();
        if (url == null) return versions;
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) url.openConnection();
                jar.setUseCaches(false);
                try (var file = jar.getJarFile()) {
                    file.stream().map(e -> e.getName()).filter(n -> n.startsWith(location + "/"))
                            .forEach(n -> addVersion(n.substring(location.length() + 1), versions));
                }
            } else if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(p -> addVersion(p.getFileName().toString(), versions));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            versions.clear();
        }
        return versions;
    }

    private static void addVersion(String fileName, Set<String> versions) {
        Matcher matcher = MIGRATION.matcher(fileName);
        if (matcher.matches()) versions.add(matcher.group(1).replace('_', '.'));
    }
}
