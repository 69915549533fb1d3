package dev.playground.store.testkit;

import dev.playground.store.LocalStore;
import dev.playground.store.TeamStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Team stores for tests: each data folder a test names gets a database of its own on the {@link TestPostgres} server,
 * so a test that opens "the same store" twice opens the same database.
 */
public final class TeamStores {
    private final Map<Path, String> databases = new ConcurrentHashMap<>();

    /** The team store for {@code dataDir} (a new, empty database the first time). */
    public LocalStore open(Path dataDir) {
        return LocalStore.openTeam(dataDir, address(dataDir));
    }

    public TeamStore address(Path dataDir) {
        TestPostgres server = TestPostgres.require();
        String url = databases.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> server.newDatabase());
        return new TeamStore(url, TestPostgres.USER, server.password());
    }
}
