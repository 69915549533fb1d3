package dev.playground.store;

import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;

/** {@link StudyExamDraftRepositoryTest} against a team store on a real PostgreSQL server. */
class TeamStudyExamDraftRepositoryTest extends StudyExamDraftRepositoryTest {
    private final TeamStores stores = new TeamStores();

    @Override
    protected LocalStore open(Path dir) {
        return stores.open(dir);
    }
}
