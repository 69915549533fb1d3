package dev.playground.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Documents tab's unsaved choices kept as a draft (collection, search, settings form before
 * Apply), with a hand-moved clock and no FX thread. No document is indexed: no model is loaded.
 */
@ExtendWith(FxThreadStandIn.class)
class DocumentsDraftTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private DocumentCollections collections;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private DocumentsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dataDir.resolve("store"));
        collections = new DocumentCollections(dataDir, new LazyEmbedder(MiniLmEmbedder::new), MiniLmEmbedder.ID);
        collections.open("handbook");
        collections.open("policies");
        viewModel = newViewModel();
    }

    @AfterEach
    void close() throws Exception {
        viewModel.close();
        collections.close();
        store.close();
    }

    private DocumentsViewModel newViewModel() {
        return new DocumentsViewModel(collections, executor, new I18n(Locale.ENGLISH), FXCollections.observableArrayList(Connection.dryRun()),
                store.drafts());
    }

    private Optional<DocumentsDraft.State> stored() {
        return store.drafts().loadState(DraftKind.DOCUMENTS.id(), DocumentsDraft.State.class);
    }

    private void editPolicies() {
        viewModel.collectionProperty().set("policies");
        viewModel.settings().splitterProperty().set(ChunkingSettings.Unit.TOKENS);
        viewModel.settings().sizeProperty().set(300);
        viewModel.settings().topKProperty().set(7);
        viewModel.settings().minScoreProperty().set("0.4");
        viewModel.queryProperty().set("laptop deposit");
    }

    @Test
    void opening_the_tab_is_not_an_edit() {
        assertThat(viewModel.collectionProperty().get()).isEqualTo("handbook");
        executor.advance(Duration.ofSeconds(5));
        assertThat(stored()).isEmpty();
    }

    @Test
    void the_chosen_collection_and_the_unapplied_form_are_written_a_moment_after_the_last_edit() {
        editPolicies();
        assertThat(stored()).isEmpty();
        executor.advance(DraftAutosaver.QUIET);

        DocumentsDraft.State state = stored().orElseThrow();
        assertThat(state.collection()).isEqualTo("policies");
        assertThat(state.query()).isEqualTo("laptop deposit");
        assertThat(state.form().splitter()).isEqualTo(ChunkingSettings.Unit.TOKENS);
        assertThat(state.form().size()).isEqualTo(300);
        assertThat(state.form().topK()).isEqualTo(7);
        assertThat(state.form().minScore()).isEqualTo("0.4");
    }

    @Test
    void after_a_crash_the_form_comes_back_over_the_collection_s_saved_settings() throws Exception {
        editPolicies();
        executor.advance(Duration.ofSeconds(2));

        DocumentsViewModel restarted = newViewModel();
        try {
            assertThat(restarted.draft().restore()).isCompletedWithValue(true);
            assertThat(restarted.collectionProperty().get()).isEqualTo("policies");
            assertThat(restarted.queryProperty().get()).isEqualTo("laptop deposit");
            CollectionSettingsViewModel form = restarted.settings();
            assertThat(form.splitterProperty().get()).isEqualTo(ChunkingSettings.Unit.TOKENS);
            assertThat(form.sizeProperty().get()).isEqualTo(300);
            assertThat(form.topKProperty().get()).isEqualTo(7);
            assertThat(form.minScoreProperty().get()).isEqualTo("0.4");
            // Still unapplied: the collection's saved settings did not change.
            assertThat(collections.open("policies").settings().context().topK()).isNotEqualTo(7);
            assertThat(restarted.draft().pending()).isFalse();
        } finally {
            restarted.close();
        }
    }

    @Test
    void only_the_collection_comes_back_when_the_form_was_not_edited() {
        viewModel.collectionProperty().set("policies");
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored().orElseThrow().form()).isNull();

        DocumentsViewModel restarted = newViewModel();
        try {
            restarted.draft().restore();
            assertThat(restarted.collectionProperty().get()).isEqualTo("policies");
            assertThat(restarted.settings().sizeProperty().get()).isEqualTo(ChunkingSettings.DEFAULTS.maxSize());
        } finally {
            restarted.close();
        }
    }

    @Test
    void applying_the_settings_clears_the_draft() throws Exception {
        // Top k applies at once (no re-indexing, so no model is needed).
        viewModel.collectionProperty().set("policies");
        viewModel.settings().topKProperty().set(7);
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored().orElseThrow().form()).isNotNull();

        viewModel.applySettings();
        assertThat(collections.open("policies").settings().context().topK()).isEqualTo(7);
        assertThat(stored()).isEmpty();
        executor.advance(Duration.ofSeconds(5));
        assertThat(stored()).isEmpty();
    }
}
