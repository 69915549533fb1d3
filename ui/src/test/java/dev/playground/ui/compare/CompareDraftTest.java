package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.store.h2.Jdbc;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Compare's unsaved set-up kept as a draft, with a hand-moved clock: no FX thread, no sleeps. */
@ExtendWith(FxThreadStandIn.class)
class CompareDraftTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final Connection lab = Connection.openAiCompatible("lab", "Lab", "http://127.0.0.1:9/v1", "", "m");
    private final ObservableList<Connection> connections = FXCollections.observableArrayList(Connection.dryRun(), lab);
    private final PromptTemplate template = PromptTemplate.systemAndUser("Answer briefly.", "What is the capital of {{ country }}?");
    private CompareViewModel viewModel;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        viewModel = newViewModel();
    }

    @AfterEach
    void close() {
        Jdbc.checkAccessWith(null);
        store.close();
    }

    private CompareViewModel newViewModel() {
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        return new CompareViewModel(services, () -> template, connections, new I18n(Locale.ENGLISH));
    }

    private Optional<CompareDraft.State> stored() {
        return store.drafts().loadState(DraftKind.COMPARE.id(), CompareDraft.State.class);
    }

    /** Columns, a row's values and expected answer, metrics and a judge: every part of the set-up a person edits. */
    private void setUp() {
        VariantColumn first = viewModel.grid().addVariant();
        first.modelProperty().set("gpt-mini");
        first.temperatureProperty().set(0.2);
        VariantColumn second = viewModel.grid().addVariant();
        second.connectionProperty().set(lab);
        second.maxTokensProperty().set(256);
        second.labelProperty().set("cheap");
        viewModel.grid().refreshVariables();
        VariableRowModel row = viewModel.rows().get(0);
        row.set("country", "Peru");
        row.expectedProperty().set("Lima");
        viewModel.titleProperty().set("Capitals");
        viewModel.samplesProperty().set(3);
        viewModel.scoring().metricsProperty().set("exact, bleu");
        viewModel.scoring().rubricProperty("guideline").set(true);
        viewModel.scoring().guidelineProperty().set("One word only");
        viewModel.scoring().judgeModelProperty().set("judge-model");
    }

    @Test
    void the_set_up_is_written_once_a_moment_after_the_last_edit() {
        AtomicInteger writes = new AtomicInteger();
        Jdbc.checkAccessWith(what -> {
            if (what.equals("autosave the draft")) writes.incrementAndGet();
        });
        setUp();
        assertThat(stored()).isEmpty();
        executor.advance(DraftAutosaver.QUIET);

        CompareDraft.State state = stored().orElseThrow();
        assertThat(writes).hasValue(1);
        assertThat(state.title()).isEqualTo("Capitals");
        assertThat(state.samples()).isEqualTo(3);
        assertThat(state.columns()).extracting(CompareDraft.Column::model).containsExactly("gpt-mini", "m");
        assertThat(state.columns().get(1).connection().id()).isEqualTo("lab");
        assertThat(state.columns().get(1).maxTokens()).isEqualTo(256);
        assertThat(state.rows().get(0).values()).containsEntry("country", "Peru");
        assertThat(state.rows().get(0).expected()).isEqualTo("Lima");
        assertThat(state.metrics()).isEqualTo("exact, bleu");
        assertThat(state.rubrics()).containsExactly("guideline");
        assertThat(executor.pending()).isZero();
        assertThat(store.drafts().interrupted()).contains(DraftKind.COMPARE.id());
    }

    @Test
    void editing_without_a_pause_is_still_written_within_two_seconds() {
        viewModel.grid().refreshVariables();
        VariableRowModel row = viewModel.rows().get(0);
        for (int i = 1; i <= 20; i++) {
            row.set("country", "P".repeat(i));
            executor.advance(Duration.ofMillis(100));
        }
        assertThat(stored()).isPresent();
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored().orElseThrow().rows().get(0).values()).containsEntry("country", "P".repeat(20));
    }

    @Test
    void after_a_crash_the_next_start_shows_the_set_up_again_and_says_so() {
        setUp();
        executor.advance(Duration.ofSeconds(2));

        CompareViewModel restarted = newViewModel();
        assertThat(restarted.draft().restore()).isCompletedWithValue(true);
        assertThat(restarted.titleProperty().get()).isEqualTo("Capitals");
        assertThat(restarted.samplesProperty().get()).isEqualTo(3);
        assertThat(restarted.columns()).extracting(VariantColumn::id).containsExactly("v1", "v2");
        assertThat(restarted.columns().get(1).connectionProperty().get()).isSameAs(lab);
        assertThat(restarted.columns().get(1).labelProperty().get()).isEqualTo("cheap");
        assertThat(restarted.columns().get(0).temperatureProperty().get()).isEqualTo(0.2);
        assertThat(restarted.rows().get(0).expectedProperty().get()).isEqualTo("Lima");
        assertThat(restarted.rows().get(0).toRow().values()).containsEntry("country", "Peru");
        assertThat(restarted.scoring().rubricProperty("guideline").get()).isTrue();
        assertThat(restarted.scoring().guidelineProperty().get()).isEqualTo("One word only");
        assertThat(restarted.scoring().judgeModelProperty().get()).isEqualTo("judge-model");
        // Restoring is not an edit; new columns continue the numbering.
        assertThat(restarted.draft().pending()).isFalse();
        assertThat(restarted.grid().addVariant().id()).isEqualTo("v3");
    }

    @Test
    void a_draft_closed_cleanly_comes_back_without_the_note() {
        setUp();
        executor.advance(Duration.ofSeconds(2));
        store.drafts().markAllClosed();

        CompareViewModel restarted = newViewModel();
        assertThat(restarted.draft().restore()).isCompletedWithValue(false);
        assertThat(restarted.titleProperty().get()).isEqualTo("Capitals");
    }

    @Test
    void saving_the_comparison_clears_the_draft_and_later_edits_start_a_new_one() {
        setUp();
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored()).isPresent();

        viewModel.save();
        assertThat(viewModel.statusProperty().get()).startsWith("Saved");
        assertThat(stored()).isEmpty();
        executor.advance(Duration.ofSeconds(5));
        assertThat(stored()).isEmpty();

        // An edit after saving is kept again, and still points at the saved comparison.
        viewModel.titleProperty().set("Capitals, take two");
        executor.advance(Duration.ofSeconds(2));
        assertThat(stored().orElseThrow().savedId()).isEqualTo(viewModel.archive().savedId().orElseThrow());
    }

    @Test
    void discarding_puts_compare_back_as_it_started_and_removes_the_draft() {
        setUp();
        executor.advance(Duration.ofSeconds(2));

        CompareViewModel restarted = newViewModel();
        restarted.draft().restore();
        assertThat(restarted.columns()).hasSize(2);
        restarted.draft().discard();
        assertThat(restarted.columns()).isEmpty();
        assertThat(restarted.rows()).hasSize(1);
        assertThat(restarted.titleProperty().get()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void something_typed_before_the_draft_arrives_wins() {
        setUp();
        executor.advance(Duration.ofSeconds(2));

        CompareViewModel restarted = newViewModel();
        restarted.titleProperty().set("Typed first");
        assertThat(restarted.draft().restore()).isCompletedWithValue(false);
        assertThat(restarted.titleProperty().get()).isEqualTo("Typed first");
    }
}
