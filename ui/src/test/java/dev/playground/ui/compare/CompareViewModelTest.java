package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.playground.VariableValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compare's parts with the synchronous executor, a dry-run connection and no stage: grid, scoring, runs, archive, prompts. */
class CompareViewModelTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private UiServices services;
    private PromptTemplate draft = PromptTemplate.systemAndUser("Answer with one word.", "What is the capital of {{ country }}?");
    private final ObservableList<Connection> connections = FXCollections.observableArrayList(Connection.dryRun());
    private CompareViewModel viewModel;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dataDir);
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        viewModel = newViewModel();
    }

    private final List<CompareViewModel> created = new java.util.ArrayList<>();

    private CompareViewModel newViewModel() {
        CompareViewModel made = new CompareViewModel(services, () -> draft, connections, new I18n(Locale.ENGLISH));
        created.add(made);
        return made;
    }

    /** The dry run answers on the gateway's own threads; the cells report back through the FX hop. */
    private void waitUntilDone() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (viewModel.runs().runningProperty().get() || !viewModel.statusProperty().get().contains("finished")) {
            if (System.nanoTime() > deadline) throw new AssertionError("still running: " + viewModel.statusProperty().get());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @AfterEach
    void tearDown() {
        // The set-up's autosave runs on real timers here: stop them before the store closes.
        created.forEach(made -> made.draft().clear().join());
        UiThread.endStandIn();
        store.close();
    }

    @Test
    void a_normal_end_is_not_named_and_other_ends_are_said_in_words() {
        I18n english = new I18n(Locale.ENGLISH);
        I18n spanish = new I18n(Locale.forLanguageTag("es"));
        assertThat(CellModel.ending("stop", english)).isEmpty();
        assertThat(CellModel.ending(null, english)).isEmpty();
        assertThat(CellModel.ending("dry_run", english)).as("a dry run ends as planned").isEmpty();
        assertThat(CellModel.ending("length", english)).isEqualTo(" · cut off at the token limit");
        assertThat(CellModel.ending("length", spanish)).isEqualTo(" · cortada en el límite de tokens");
        assertThat(CellModel.ending("weird", english)).isEqualTo(" · ended: weird");
    }

    @Test
    void the_first_row_starts_with_the_playground_values_and_keeps_what_is_typed() {
        java.util.Map<String, String> playground = new java.util.HashMap<>(Map.of("country", "Peru"));
        viewModel.seedValuesFrom(() -> playground);
        CompareGrid grid = viewModel.grid();
        grid.addRow();
        grid.refreshVariables();
        assertThat(grid.rows().get(0).values()).extracting(v -> v.valueProperty().get()).containsExactly("Peru");
        assertThat(grid.rows().get(1).values()).as("later rows start empty").extracting(v -> v.valueProperty().get()).containsExactly("");

        grid.rows().get(0).values().get(0).valueProperty().set("Chile");
        playground.put("country", "Spain");
        grid.refreshVariables();
        assertThat(grid.rows().get(0).values()).as("a typed value stays").extracting(v -> v.valueProperty().get()).containsExactly("Chile");
    }

    @Test
    void the_grid_adds_duplicates_moves_and_removes_columns_and_rows_follow_the_draft_variables() {
        CompareGrid grid = viewModel.grid();
        assertThat(grid.rows()).hasSize(1);
        assertThat(grid.rows().get(0).labelProperty().get()).isEqualTo("Row 1");
        assertThat(grid.rows().get(0).values()).extracting(VariableValue::name).containsExactly("country");

        VariantColumn first = grid.addVariant();
        first.labelProperty().set("first");
        VariantColumn copy = grid.duplicate(first);
        assertThat(grid.columns()).containsExactly(first, copy);
        assertThat(copy.id()).isEqualTo("v2");
        assertThat(copy.labelProperty().get()).isEqualTo("first");
        grid.move(copy, -1);
        assertThat(grid.columns()).containsExactly(copy, first);
        grid.move(copy, -1);
        assertThat(grid.columns()).as("moving past the edge does nothing").containsExactly(copy, first);

        draft = PromptTemplate.systemAndUser("", "{{ country }} and {{ city }}");
        grid.refreshVariables();
        assertThat(grid.rows().get(0).values()).extracting(VariableValue::name).containsExactly("country", "city");

        VariableRowModel second = grid.addRow();
        assertThat(second.id()).isEqualTo("r2");
        grid.remove(first);
        grid.removeRow(second);
        assertThat(grid.columns()).containsExactly(copy);
        assertThat(grid.rows()).hasSize(1);
    }

    @Test
    void rows_named_by_the_app_follow_the_language_and_a_typed_name_stays() {
        viewModel.grid().addRow().labelProperty().set("Paris question");
        assertThat(viewModel.rows()).extracting(r -> r.labelProperty().get()).containsExactly("Row 1", "Paris question");
        viewModel.setI18n(new I18n(Locale.forLanguageTag("es")));
        assertThat(viewModel.rows()).extracting(r -> r.labelProperty().get()).containsExactly("Fila 1", "Paris question");
    }

    @Test
    void running_everything_fills_every_cell_and_saving_afterwards_keeps_the_results() {
        viewModel.grid().addVariant();
        viewModel.grid().addVariant().labelProperty().set("second");
        viewModel.grid().rows().get(0).set("country", "France");
        viewModel.scoring().metricsProperty().set("words<=2000");
        viewModel.titleProperty().set("Capitals");

        viewModel.runs().runAll();
        waitUntilDone();

        assertThat(viewModel.runs().runningProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 cells finished.");
        for (VariantColumn column : viewModel.columns()) {
            CellModel cell = viewModel.grid().cell(column, viewModel.rows().get(0));
            assertThat(cell.stateProperty().get()).isEqualTo(CellModel.State.DONE);
            assertThat(cell.outputProperty().get()).contains("What is the capital of France?");
        }

        viewModel.save();
        long id = viewModel.archive().savedId().orElseThrow();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved. Feedback and re-runs are saved as you go.");
        ComparisonRecord saved = store.comparisons().load(id).orElseThrow();
        assertThat(saved.title()).isEqualTo("Capitals");
        assertThat(saved.cells()).hasSize(2);
        assertThat(saved.metricSpecs()).containsExactly("words<=2000");
        assertThat(viewModel.archive().savedComparisons()).extracting(s -> s.title()).containsExactly("Capitals");
    }

    @Test
    void nothing_runs_without_a_column_and_a_bad_metric_is_named_before_anything_is_sent() {
        viewModel.runs().runAll();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Add at least one variant and one row.");

        VariantColumn column = viewModel.grid().addVariant();
        viewModel.scoring().metricsProperty().set("exact, no-such-metric");
        viewModel.runs().runAll();
        assertThat(viewModel.statusProperty().get()).contains("no-such-metric");
        assertThat(viewModel.grid().cell(column, viewModel.rows().get(0)).stateProperty().get()).isEqualTo(CellModel.State.IDLE);
    }

    @Test
    void a_reopened_comparison_shows_its_columns_rows_scoring_results_and_feedback() {
        VariantColumn column = viewModel.grid().addVariant();
        column.labelProperty().set("terse");
        viewModel.rows().get(0).set("country", "Peru");
        viewModel.scoring().rubricProperty("correctness").set(true);
        viewModel.scoring().judgeModelProperty().set("judge-model");
        viewModel.titleProperty().set("Peru");
        viewModel.runs().runCell(column, viewModel.rows().get(0));
        waitUntilDone();
        viewModel.grid().cell(column, viewModel.rows().get(0)).ratingProperty().set(4);
        viewModel.save();
        long id = viewModel.archive().savedId().orElseThrow();

        CompareViewModel reopened = newViewModel();
        reopened.open(id);

        assertThat(reopened.statusProperty().get()).isEqualTo("Opened \"Peru\".");
        assertThat(reopened.columns()).extracting(c -> c.labelProperty().get()).containsExactly("terse");
        VariableRowModel row = reopened.rows().get(0);
        assertThat(row.values()).anyMatch(v -> v.name().equals("country") && v.valueProperty().get().equals("Peru"));
        assertThat(reopened.scoring().rubricProperty("correctness").get()).isTrue();
        assertThat(reopened.scoring().judgeModelProperty().get()).isEqualTo("judge-model");
        CellModel cell = reopened.grid().cell(reopened.columns().get(0), row);
        assertThat(cell.stateProperty().get()).isEqualTo(CellModel.State.DONE);
        assertThat(cell.ratingProperty().get()).isEqualTo(4);
        assertThat(reopened.archive().savedId()).contains(id);
        assertThat(reopened.grid().addVariant().id()).as("new ids continue after the reopened ones").isEqualTo("v2");
    }

    @Test
    void a_thumb_and_a_rating_on_a_cell_reach_its_calls_in_the_run_log_where_the_monitor_counts_them() {
        TokenCounter tokens = new TokenCounter();
        ModelGateway logging = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)),
                dev.playground.engine.provider.GatewayPolicy.DEFAULT, store.runs(), dev.playground.engine.tokens.PriceTable::defaults);
        services = new UiServices(store, logging, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        viewModel = newViewModel();
        VariantColumn column = viewModel.grid().addVariant();
        viewModel.rows().get(0).set("country", "Chile");
        viewModel.samplesProperty().set(2);
        viewModel.runs().runCell(column, viewModel.rows().get(0));
        waitUntilDone();
        CellModel cell = viewModel.grid().cell(column, viewModel.rows().get(0));

        cell.thumbProperty().set(dev.playground.engine.compare.CellFeedback.Thumb.UP);
        cell.ratingProperty().set(5);

        var query = new dev.playground.engine.monitor.MonitorQuery(java.time.Instant.now().minusSeconds(600), java.time.Instant.now().plusSeconds(5), null, false);
        var figures = new dev.playground.engine.monitor.MonitorService(store.monitor()).report(query).overall();
        assertThat(figures.requests()).isEqualTo(2);
        assertThat(figures.thumbsUp()).as("both samples of the cell").isEqualTo(2);
        assertThat(figures.rated()).isEqualTo(2);
        assertThat(figures.meanRating()).isEqualTo(5.0);

        cell.thumbProperty().set(dev.playground.engine.compare.CellFeedback.Thumb.DOWN);
        figures = new dev.playground.engine.monitor.MonitorService(store.monitor()).report(query).overall();
        assertThat(figures.thumbsUp()).isZero();
        assertThat(figures.thumbsDown()).isEqualTo(2);
    }

    @Test
    void edited_judge_prompts_are_remembered_and_the_built_in_ones_stored_blank() {
        viewModel.saveJudgePrompts(Map.of("correctness", "House rule judge. {{ answer }}", "relevance", ""));
        assertThat(store.settings().get(CompareScoring.JUDGE_TEMPLATE_KEY + "correctness")).contains("House rule judge. {{ answer }}");
        assertThat(store.settings().get(CompareScoring.JUDGE_TEMPLATE_KEY + "relevance")).contains("");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Judge prompts saved.");

        CompareViewModel next = newViewModel();
        assertThat(next.scoring().judgeTemplateProperty("correctness").get()).isEqualTo("House rule judge. {{ answer }}");
        assertThat(next.scoring().judgeTemplateProperty("relevance").get()).isEqualTo(CompareScoring.builtInJudgePrompt("relevance"));
    }

    @Test
    void a_winner_is_promoted_as_a_new_version_with_an_alias_and_offered_as_a_prompt_choice() {
        VariantColumn winner = viewModel.grid().addVariant();
        winner.temperatureProperty().set(0.2);
        viewModel.rows().get(0).set("country", "Chile");

        PromptVersion version = viewModel.promote(winner, " capitals ", "").join();

        assertThat(version.promptName()).isEqualTo("capitals");
        assertThat(store.aliases().resolve("capitals", "champion")).contains(version.version());
        PromptDocument saved = version.document();
        assertThat(saved.settings().temperature()).isEqualTo(0.2);
        assertThat(saved.variables()).containsEntry("country", "Chile");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Alias champion of capitals now points at version 1.");

        viewModel.refreshPromptChoices().join();
        assertThat(viewModel.promptChoices()).hasSize(2);
        assertThat(viewModel.promptChoices().get(1).aliases()).containsExactly("champion");
    }

    @Test
    void export_writes_the_comparison_in_the_chosen_format() throws Exception {
        viewModel.grid().addVariant();
        viewModel.titleProperty().set("Export me");
        Path file = dataDir.resolve("out.json");
        viewModel.export(CompareArchive.ExportFormat.JSON, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Export me");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Exported out.json.");
    }
}
