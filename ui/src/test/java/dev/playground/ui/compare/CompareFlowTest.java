package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Three variants stream side by side from the loopback server, get scored and judged, and take a person's feedback. */
@ExtendWith(ApplicationExtension.class)
class CompareFlowTest {
    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private CompareViewModel viewModel;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)),
                dev.playground.engine.provider.GatewayPolicy.DEFAULT, run -> store.runs().record(run), dev.playground.engine.tokens.PriceTable::defaults);
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        Connection loopback = Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "alpha");
        PromptTemplate draft = PromptTemplate.systemAndUser("Answer with one word.", "What is the capital of {{ country }}?");
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new CompareViewModel(services, () -> draft, FXCollections.observableArrayList(loopback), i18n);
        Scene scene = new Scene(new CompareView(viewModel, i18n).root(), 1280, 900);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    @Test
    void three_variants_stream_get_scores_and_feedback_and_reopen(FxRobot robot) throws Exception {
        server.enqueueFor("alpha", Reply.streamWithDelays(0, 40, "Pa", "ris"));
        server.enqueueFor("beta", Reply.streamWithDelays(0, 250, "Paris ", "is ", "the ", "capital; ", "ask info@paris.fr."));
        server.enqueueFor("gamma", Reply.error(500, "gamma is overloaded"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correct.\"}"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correct.\"}"));
        robot.interact(() -> {
            viewModel.scoring().metricsProperty().set("exact, rouge-l");
            viewModel.scoring().rubricProperty("correctness").set(true);
            viewModel.scoring().judgeModelProperty().set("judge");
            viewModel.defaultPromptNameProperty().set("capitals");
        });

        for (int i = 0; i < 3; i++) robot.clickOn("#addVariantButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.columns()).hasSize(3);
        robot.doubleClickOn("#model-v1").write("alpha");
        robot.doubleClickOn("#model-v2").write("beta");
        robot.doubleClickOn("#model-v3").write("gamma");
        robot.clickOn("#row-r1-country").write("France");
        robot.clickOn("#row-r1-expected").write("Paris");

        Set<String> seenBeta = ConcurrentHashMap.newKeySet();
        viewModel.grid().cell(viewModel.columns().get(1), viewModel.rows().get(0)).outputProperty().addListener((obs, old, now) -> seenBeta.add(now));
        robot.clickOn("#runAllButton");
        CellModel betaCell = viewModel.grid().cell(viewModel.columns().get(1), viewModel.rows().get(0));
        // Part of beta's answer is on screen while it is still streaming.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !betaCell.outputProperty().get().isEmpty()
                && betaCell.stateProperty().get() == CellModel.State.RUNNING);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().contains("failed"));
        assertThat(shownText(robot, "#cell-v1-r1")).isEqualTo("Paris");
        assertThat(shownText(robot, "#cell-v2-r1")).isEqualTo("Paris is the capital; ask info@paris.fr.");
        // The guardrail line: the local rails on each answer.
        assertThat(labels(robot, "#cell-v1-r1 .cell-guard")).containsExactly("Guardrails: nothing found in the answer");
        assertThat(labels(robot, "#cell-v2-r1 .cell-guard")).containsExactly("Guardrails: EMAIL in the answer");
        assertThat(robot.lookup("#cell-v3-r1 .cell-guard").queryAs(Label.class).isVisible()).isFalse();
        // beta streamed over several frames: the cell showed partial text before the whole answer
        assertThat(seenBeta).contains("Paris is the capital; ask info@paris.fr.").hasSizeGreaterThanOrEqualTo(2);
        assertThat(labels(robot, "#cell-v1-r1 .score")).contains("exact: 1 ✓", "rouge-l: 1", "judge:correctness: 5 ✓");
        assertThat(labels(robot, "#cell-v2-r1 .score")).contains("exact: 0 ✗", "judge:correctness: 5 ✓");
        assertThat(labels(robot, "#cell-v1-r1 .cell-stats").get(0)).contains("First token").contains("Tokens");
        assertThat(labels(robot, "#cell-v3-r1 .cell-error").get(0)).isNotBlank();
        assertThat(labels(robot, "#cell-v3-r1 .cell-state")).containsExactly("Failed");
        // Every variant's call is in the run log under the prompt's name, the failed one too.
        var logged = store.runs().find(dev.playground.store.RunQuery.latest(20)).stream().filter(r -> !r.model().equals("judge")).toList();
        assertThat(logged).extracting(r -> r.model() + "=" + r.promptName())
                .containsExactlyInAnyOrder("alpha=capitals", "beta=capitals", "gamma=capitals");

        robot.clickOn("#cell-v1-r1 .thumb-up");
        robot.clickOn("#cell-v1-r1 .cell-rating");
        robot.clickOn("5");
        robot.clickOn("#cell-v1-r1 .cell-comment").write("Short and right");
        robot.clickOn("#cell-v2-r1 .thumb-down");
        WaitForAsyncUtils.waitForFxEvents();

        CellFeedback feedback = viewModel.grid().cell(viewModel.columns().get(0), viewModel.rows().get(0)).feedback();
        assertThat(feedback.thumb()).isEqualTo(CellFeedback.Thumb.UP);
        assertThat(feedback.rating()).isEqualTo(5);
        assertThat(feedback.comment()).isEqualTo("Short and right");
        // judge passed both answers; the person liked only the first -> 1 of 2 agree
        assertThat(robot.lookup(".agreement").queryAs(Label.class).getText()).isEqualTo("Judge agrees with you: correctness 1/2 (50%)");

        robot.interact(() -> viewModel.titleProperty().set("Capitals"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.archive().savedId().isPresent());
        ComparisonRecord saved = store.comparisons().load(viewModel.archive().savedId().orElseThrow()).orElseThrow();
        assertThat(saved.cells()).hasSize(3);
        assertThat(saved.feedback(new CellKey("v1", "r1")).orElseThrow().comment()).isEqualTo("Short and right");
        assertThat(saved.cell(new CellKey("v2", "r1")).orElseThrow().first().orElseThrow().output()).isEqualTo("Paris is the capital; ask info@paris.fr.");
    }

    @Test
    void the_winner_is_promoted_to_an_alias_with_its_model_and_parameters(FxRobot robot) throws Exception {
        robot.clickOn("#addVariantButton").clickOn("#addVariantButton");
        robot.doubleClickOn("#model-v2").write("beta");
        VariantColumn winner = viewModel.columns().get(1);
        robot.interact(() -> winner.temperatureProperty().set(0.2));

        var version = viewModel.promote(winner, "capitals", "").get(10, TimeUnit.SECONDS);

        assertThat(version.version()).isEqualTo(1);
        assertThat(store.aliases().resolve("capitals", "champion")).contains(1);
        var saved = store.prompts().version("capitals", 1).orElseThrow().document();
        assertThat(saved.model()).isEqualTo("beta");
        assertThat(saved.settings().temperature()).isEqualTo(0.2);
        assertThat(saved.template().textOf(dev.playground.engine.model.Role.USER)).isEqualTo("What is the capital of {{ country }}?");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().contains("champion"));

        var refused = viewModel.promote(winner, "no spaces allowed", "champion");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, refused::isDone);
        assertThat(refused).isCompletedExceptionally();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().startsWith("Could not promote"));
    }

    private static List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** The text on screen in a cell's output (raw blocks or rendered Markdown runs), in order. */
    private static String shownText(FxRobot robot, String cell) {
        List<javafx.scene.text.Text> texts = new java.util.ArrayList<>();
        collectTexts(robot.lookup(cell + " .cell-output").query(), texts);
        return texts.stream().map(javafx.scene.text.Text::getText).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static void collectTexts(javafx.scene.Node node, List<javafx.scene.text.Text> out) {
        if (node instanceof javafx.scene.text.Text text && (text.getStyleClass().contains("md-text") || text.getStyleClass().contains("cell-output-text"))) {
            out.add(text);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, out));
        }
    }

    @Test
    void a_column_runs_a_saved_version_judged_with_an_edited_prompt_and_shows_markdown_or_raw(FxRobot robot) throws Exception {
        store.prompts().saveVersion("capitals", new dev.playground.engine.prompt.PromptDocument(
                PromptTemplate.systemAndUser("Reply in Spanish.", "Capital of {{ country }} in {{ continent }}?"), "loopback", "beta",
                dev.playground.engine.model.ModelSettings.DEFAULTS, Map.of()), "first", "tester");
        store.aliases().set("capitals", "champion", 1, "tester");
        robot.clickOn("#addVariantButton").clickOn("#addVariantButton");
        robot.doubleClickOn("#model-v1").write("alpha");
        robot.doubleClickOn("#model-v2").write("beta");
        // the empty rating shows its prompt
        assertThat(robot.lookup("#cell-v1-r1 .cell-rating").queryAs(javafx.scene.control.MenuButton.class).getText()).isEqualTo("1–5");

        // the library's versions are listed when the view is shown and each time a picker opens
        viewModel.refreshPromptChoices().get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewModel.promptChoices().size() == 2);
        robot.clickOn("#prompt-v2");
        robot.clickOn("capitals v1 · champion");
        assertThat(viewModel.columns().get(1).promptProperty().get().ref()).isEqualTo("capitals@1");
        // the saved version's extra variable gets a field in the row (once the row's fields are rebuilt)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#row-r1-continent").tryQuery().isPresent());
        robot.clickOn("#row-r1-country").write("France");
        robot.clickOn("#row-r1-continent").write("Europe");
        robot.clickOn("#row-r1-expected").write("Paris");

        robot.clickOn("#judgesMenu").clickOn("Edit judge prompts…");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> rubric = robot.lookup("#judge-rubric").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> rubric.setValue("correctness"));
        javafx.scene.control.TextArea template = robot.lookup("#judge-template").queryAs(javafx.scene.control.TextArea.class);
        assertThat(template.getText()).isEqualTo(CompareScoring.builtInJudgePrompt("correctness"));
        robot.interact(() -> template.setText("House rule judge. Answer: {{answer}} Expected: {{expected}} {{output_format}}"));
        robot.clickOn("#judge-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.settings().get(CompareScoring.JUDGE_TEMPLATE_KEY + "correctness").isPresent());
        assertThat(store.settings().get(CompareScoring.JUDGE_TEMPLATE_KEY + "correctness").orElseThrow()).startsWith("House rule judge.");
        assertThat(store.settings().get(CompareScoring.JUDGE_TEMPLATE_KEY + "relevance")).contains("");

        robot.interact(() -> {
            viewModel.scoring().rubricProperty("correctness").set(true);
            viewModel.scoring().judgeModelProperty().set("judge");
        });
        server.enqueueFor("alpha", Reply.stream("Paris"));
        server.enqueueFor("beta", Reply.stream("**París**, en ", "*Europa*."));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Right.\"}"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 4, \"reasoning\": \"Right, in Spanish.\"}"));
        robot.clickOn("#runAllButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.runs().runningProperty().get() && viewModel.statusProperty().get().contains("finished"));

        var beta = server.requests().stream().filter(r -> r.model().equals("beta")).findFirst().orElseThrow();
        assertThat(beta.body().path("messages").get(0).path("content").asText()).isEqualTo("Reply in Spanish.");
        assertThat(beta.body().path("messages").get(1).path("content").asText()).isEqualTo("Capital of France in Europe?");
        var alpha = server.requests().stream().filter(r -> r.model().equals("alpha")).findFirst().orElseThrow();
        assertThat(alpha.body().path("messages").get(0).path("content").asText()).isEqualTo("Answer with one word.");
        assertThat(server.requests().stream().filter(r -> r.model().equals("judge")))
                .hasSize(2).allSatisfy(r -> assertThat(r.body().toString()).contains("House rule judge."));

        // rendered Markdown: bold and italic runs; the toggle shows the raw answer
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText(robot, "#cell-v2-r1")).isEqualTo("París\n, en \nEuropa\n.");
        assertThat(robot.lookup("#cell-v2-r1 .md-strong").queryAs(javafx.scene.text.Text.class).getText()).isEqualTo("París");
        assertThat(robot.lookup("#cell-v2-r1 .md-em").queryAs(javafx.scene.text.Text.class).getText()).isEqualTo("Europa");
        robot.clickOn("#markdownToggle");
        assertThat(shownText(robot, "#cell-v2-r1")).isEqualTo("**París**, en *Europa*.");

        // a saved comparison keeps the column's version, and reopens with it
        robot.interact(() -> viewModel.titleProperty().set("Versions"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.archive().savedId().isPresent());
        long id = viewModel.archive().savedId().orElseThrow();
        ComparisonRecord saved = store.comparisons().load(id).orElseThrow();
        assertThat(saved.variants().get(1).promptRef()).isEqualTo("capitals@1");
        assertThat(saved.variants().get(0).promptRef()).isEqualTo("draft");
        robot.interact(() -> viewModel.columns().get(1).promptProperty().set(PromptChoice.DRAFT));
        robot.interact(() -> viewModel.open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.statusProperty().get().startsWith("Opened"));
        assertThat(viewModel.columns().get(1).promptProperty().get().ref()).isEqualTo("capitals@1");
        // The reopened grid builds new headers; their pickers show the choice once laid out.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "capitals v1".equals(
                robot.lookup("#prompt-v2").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText()));
    }
}
