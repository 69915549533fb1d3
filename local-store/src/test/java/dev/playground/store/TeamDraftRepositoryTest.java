package dev.playground.store;

import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;

/** {@link DraftRepositoryTest} against a team store on a real PostgreSQL server. */
class TeamDraftRepositoryTest extends DraftRepositoryTest {
    private final TeamStores stores = new TeamStores();

    @Override
    protected LocalStore open(Path dir) {
        return stores.open(dir);
    }
}
