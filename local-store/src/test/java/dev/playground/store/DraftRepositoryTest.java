package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.compare.VariableRow;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.h2.Jdbc;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftRepositoryTest {
    @TempDir Path dataDir;

    record FormState(String title, int size, List<VariableRow> rows, Connection judge) {}

    private static PromptDocument document(String user) {
        return new PromptDocument(PromptTemplate.systemAndUser("Eres un tutor.", user), "dry-run", "gpt-4o-mini",
                ModelSettings.of(0.2, 256), Map.of("topic", "RAG"), Map.of("caso 1", Map.of("topic", "SQL")), null);
    }

    @Test
    void a_draft_written_while_editing_is_interrupted_until_the_window_closes_cleanly() {
        try (LocalStore store = open(dataDir)) {
            store.drafts().save(new Draft("main", "tutor", document("Explica {{topic}}"), Instant.now()));
            store.drafts().saveState("compare", new FormState("A/B", 3, List.of(), Connection.dryRun()));
        }
        // Reopened as after a kill: both drafts are there, and both are marked as left by a crash.
        try (LocalStore store = open(dataDir)) {
            assertThat(store.drafts().interrupted()).containsExactly("compare", "main");
            assertThat(store.drafts().load("main")).get().satisfies(d -> {
                assertThat(d.promptName()).isEqualTo("tutor");
                assertThat(d.document()).isEqualTo(document("Explica {{topic}}"));
            });
            store.drafts().markAllClosed();
        }
        try (LocalStore store = open(dataDir)) {
            assertThat(store.drafts().interrupted()).isEmpty();
            assertThat(store.drafts().load("main")).isPresent();
        }
    }

    @Test
    void other_editors_state_round_trips_as_its_own_record() {
        try (LocalStore store = open(dataDir)) {
            FormState state = new FormState("Tono", 2, List.of(new VariableRow("r1", "Fila 1", Map.of("name", "Ana"), "Hola Ana")),
                    Connection.openAiCompatible("lo", "Loopback", "http://127.0.0.1:9/v1", "KEY_VAR", "m"));
            store.drafts().saveState("compare", state);
            assertThat(store.drafts().loadState("compare", FormState.class)).contains(state);
            assertThat(store.drafts().loadState("nothing", FormState.class)).isEmpty();
        }
    }

    @Test
    void a_state_that_no_longer_reads_is_skipped_rather_than_stopping_the_start() {
        try (LocalStore store = open(dataDir)) {
            store.drafts().saveState("compare", Map.of("size", "not a number"));
            assertThat(store.drafts().loadState("compare", FormState.class)).isEmpty();
        }
    }

    @Test
    void an_installed_access_check_runs_before_every_transaction_and_can_refuse() {
        try (LocalStore store = open(dataDir)) {
            Jdbc.checkAccessWith(what -> {
                throw new IllegalStateException("refused: " + what);
            });
            try {
                assertThatThrownBy(() -> store.drafts().load("main")).hasMessage("refused: load the draft");
            } finally {
                Jdbc.checkAccessWith(null);
            }
            assertThat(store.drafts().load("main")).isEmpty();
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
