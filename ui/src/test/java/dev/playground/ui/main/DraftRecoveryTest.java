package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The window's drafts together: restored at start, named in the note after a crash, discarded on request. */
@ExtendWith(FxThreadStandIn.class)
class DraftRecoveryTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private DocumentCollections collections;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dataDir.resolve("store"));
        store.connections().saveAll(List.of(Connection.dryRun()));
        collections = new DocumentCollections(dataDir, new LazyEmbedder(MiniLmEmbedder::new), MiniLmEmbedder.ID);
        collections.open("handbook");
        collections.open("policies");
    }

    @AfterEach
    void close() throws Exception {
        collections.close();
        store.close();
    }

    private MainViewModel start(Locale language) {
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", collections);
        return new MainViewModel(services, language);
    }

    /** Edits in Compare and Documents, written by the autosave; the process then "dies" without closing. */
    private void editAndCrash() {
        MainViewModel window = start(Locale.ENGLISH);
        window.compare().titleProperty().set("Capitals");
        window.compare().grid().addVariant();
        window.documents().collectionProperty().set("policies");
        window.documents().settings().topKProperty().set(9);
        executor.advance(Duration.ofSeconds(2));
        window.documents().close();
    }

    @Test
    void after_a_crash_the_note_names_compare_and_documents_and_the_work_is_back() {
        editAndCrash();

        MainViewModel window = start(Locale.ENGLISH);
        RecoveryNote note = window.recoveryNote();
        assertThat(note.parts()).containsExactly(DraftKind.COMPARE, DraftKind.DOCUMENTS);
        assertThat(note.text(new I18n(Locale.ENGLISH))).contains("did not close normally")
                .contains("the comparison you were setting up").contains("the collection settings you were editing");
        assertThat(note.text(new I18n(Locale.forLanguageTag("es")))).contains("la comparación que estabas preparando");
        assertThat(window.compare().titleProperty().get()).isEqualTo("Capitals");
        assertThat(window.compare().columns()).hasSize(1);
        assertThat(window.documents().collectionProperty().get()).isEqualTo("policies");
        assertThat(window.documents().settings().topKProperty().get()).isEqualTo(9);

        // Dismissing keeps the work; the note goes.
        note.dismiss();
        assertThat(note.parts()).isEmpty();
        assertThat(window.compare().titleProperty().get()).isEqualTo("Capitals");
        window.documents().close();
    }

    @Test
    void discarding_puts_the_named_editors_back_as_they_start_and_forgets_their_drafts() {
        editAndCrash();

        MainViewModel window = start(Locale.ENGLISH);
        window.discardRecovered();
        assertThat(window.recoveryNote().parts()).isEmpty();
        assertThat(window.compare().titleProperty().get()).isEmpty();
        assertThat(window.compare().columns()).isEmpty();
        assertThat(store.drafts().loadState(DraftKind.COMPARE.id(), Object.class)).isEmpty();
        assertThat(store.drafts().interrupted()).doesNotContain(DraftKind.COMPARE.id(), DraftKind.DOCUMENTS.id());
        window.documents().close();
    }

    @Test
    void after_a_clean_close_the_work_comes_back_without_a_note() {
        editAndCrash();
        MainViewModel second = start(Locale.ENGLISH);
        second.compare().titleProperty().set("Capitals, edited");
        // Closed before the autosave's timer: closing writes it.
        assertThat(second.closeCleanly()).isCompleted();
        second.documents().close();

        MainViewModel third = start(Locale.ENGLISH);
        assertThat(third.recoveryNote().parts()).isEmpty();
        assertThat(third.compare().titleProperty().get()).isEqualTo("Capitals, edited");
        third.documents().close();
    }
}
