package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made when every migration lay in one folder (db/migration, as on main before decision 0096) still validates
 * and opens now that they are split into common/ and h2/: moving an unchanged file keeps its checksum.
 */
class StoreMadeBeforeFoldersTest {
    @TempDir Path dir;

    @Test
    void a_store_migrated_from_the_single_folder_validates_against_the_split_folders() throws Exception {
        Path flat = Files.createDirectories(dir.resolve("old-layout"));
        for (String folder : Dialect.H2.migrationFolders()) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources").resolve(folder))) {
                for (Path file : files.toList()) Files.copy(file, flat.resolve(file.getFileName()));
            }
        }
        Path data = dir.resolve("data");
        try (StoreConnections connections = StoreConnections.of(Files.createDirectories(data))) {
            Flyway.configure().dataSource(connections.dataSource()).locations("filesystem:" + flat).load().migrate();
            var now = Flyway.configure(StoreUpgrade.class.getClassLoader()).dataSource(connections.dataSource())
                    .locations(Dialect.H2.migrationFolders().stream().map(f -> "classpath:" + f).toArray(String[]::new))
                    .load();
            assertThat(now.validateWithResult().validationSuccessful).isTrue();
            assertThat(now.info().pending()).isEmpty();
        }
        try (LocalStore store = LocalStore.open(data)) {
            store.prompts().saveVersion("greeter", PromptDocument.of(PromptTemplate.systemAndUser("", "Hi")), "first", "ana");
            assertThat(store.prompts().versions("greeter")).hasSize(1);
        }
    }
}
