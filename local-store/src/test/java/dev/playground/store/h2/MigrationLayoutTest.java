package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One version number across databases (decision 0096): every migration is either shared (common) or has a twin with the
 * same version and description in each database's folder, and none lies loose in db/migration, where no database
 * would run it.
 */
class MigrationLayoutTest {
    private static final Path ROOT = Path.of("src/main/resources/db/migration");

    @Test
    void no_migration_lies_outside_the_per_database_folders() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("move new migrations into db/migration/common (same SQL on both) or h2 + postgresql (twins)")
                    .isEmpty();
        }
    }

    @Test
    void every_h2_migration_has_a_postgresql_twin_and_shared_ones_are_in_neither() throws IOException {
        Map<String, String> h2 = migrations("h2");
        Map<String, String> postgresql = migrations("postgresql");
        Map<String, String> common = migrations("common");
        assertThat(postgresql).as("PostgreSQL twins of the H2 migrations (same version, same description)").isEqualTo(h2);
        assertThat(common.keySet()).doesNotContainAnyElementsOf(h2.keySet());
        assertThat(h2).containsKeys("1", "50");
        assertThat(common).containsKeys("42", "51");
    }

    private static Map<String, String> migrations(String folder) throws IOException {
        Map<String, String> versions = new TreeMap<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.+\\.sql")).forEach(n -> {
                String version = n.substring(1, n.indexOf("__"));
                String previous = versions.put(version, n.substring(n.indexOf("__") + 2));
                assertThat(previous).as("two migrations numbered " + version + " in " + folder).isNull();
            });
        }
        return versions;
    }
}
