package dev.playground.store;

import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;

/** {@link RegistryTest} against a team store on a real PostgreSQL server. */
class TeamRegistryTest extends RegistryTest {
    private final TeamStores stores = new TeamStores();

    @Override
    protected LocalStore open(Path dir) {
        return stores.open(dir);
    }

    /** Not a test here: a team store is made by this version; there is no older embedded file to upgrade. */
    @Override
    void a_store_from_before_the_registry_upgrades_with_its_prompts_searchable() {}
}
