package dev.playground.store;

import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;

/** {@link DatasetRepositoryTest} against a team store on a real PostgreSQL server. */
class TeamDatasetRepositoryTest extends DatasetRepositoryTest {
    private final TeamStores stores = new TeamStores();

    @Override
    protected LocalStore open(Path dir) {
        return stores.open(dir);
    }
}
