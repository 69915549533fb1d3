package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCheckTest {
    @TempDir Path dataDir;

    @Test
    void finds_the_shipped_migrations() {
        assertThat(SchemaCheck.shippedVersions(Dialect.H2)).contains("1", "2");
    }

    @Test
    void a_new_or_older_database_is_not_current_and_a_migrated_one_is() throws Exception {
        StoreConnections pool = StoreConnections.of(dataDir);
        try {
            assertThat(SchemaCheck.isCurrent(pool.dataSource())).isFalse();
            LocalStore.open(dataDir, "1").close();
            assertThat(SchemaCheck.isCurrent(pool.dataSource())).isFalse();
            LocalStore.open(dataDir).close();
            assertThat(SchemaCheck.isCurrent(pool.dataSource())).isTrue();
        } finally {
            pool.close();
        }
    }
}
