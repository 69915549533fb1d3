package dev.playground.store;

import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;

/** {@link JudgeFeedbackAndHistoryTest} against a team store on a real PostgreSQL server. */
class TeamJudgeFeedbackAndHistoryTest extends JudgeFeedbackAndHistoryTest {
    private final TeamStores stores = new TeamStores();

    @Override
    protected LocalStore open(Path dir) {
        return stores.open(dir);
    }
}
