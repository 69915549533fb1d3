package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare's output diff marks the changed words in both themes, and every cell keeps its thumbs and rating in sight. */
@ExtendWith(ApplicationExtension.class)
class CompareMarksTest {
    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private CompareViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        Connection loopback = Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "alpha");
        PromptTemplate draft = PromptTemplate.systemAndUser("Answer briefly.", "Describe {{ city }}.");
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new CompareViewModel(services, () -> draft, FXCollections.observableArrayList(loopback), i18n);
        scene = new Scene(new CompareView(viewModel, i18n).root(), 1100, 700);
        Theme.DARK.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    private void runTwoVariants(FxRobot robot, String first, String second) throws Exception {
        server.enqueueFor("alpha", Reply.stream(first));
        server.enqueueFor("beta", Reply.stream(second));
        robot.interact(() -> viewModel.scoring().metricsProperty().set("exact, rouge-l, bleu, words<=200"));
        for (int i = 0; i < 2; i++) robot.clickOn("#addVariantButton");
        robot.doubleClickOn("#model-v1").write("alpha");
        robot.doubleClickOn("#model-v2").write("beta");
        robot.clickOn("#row-r1-city").write("Lisbon");
        robot.clickOn("#runAllButton");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.columns().stream()
                    .allMatch(c -> viewModel.grid().cell(c, viewModel.rows().get(0)).stateProperty().get() == CellModel.State.DONE));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("cells not done: " + viewModel.columns().stream()
                    .map(c -> viewModel.grid().cell(c, viewModel.rows().get(0))).map(c -> c.stateProperty().get() + " " + c.errorProperty().get())
                    .toList() + "; status: " + viewModel.statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_output_diff_underlines_added_words_and_strikes_removed_ones_in_the_dark_theme(FxRobot robot) throws Exception {
        runTwoVariants(robot, "Lisbon is a sunny city by the sea.", "Lisbon is a hilly city by the river.");
        robot.clickOn("#diffButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#compare-diff").tryQuery().isPresent());
        Node diff = robot.lookup("#compare-diff").query();
        List<Text> removed = robot.from(diff).lookup(".diff-word-removed").queryAllAs(Text.class).stream().toList();
        List<Text> added = robot.from(diff).lookup(".diff-word-added").queryAllAs(Text.class).stream().toList();
        assertThat(removed).extracting(Text::getText).containsExactly("sunny", "sea");
        assertThat(added).extracting(Text::getText).containsExactly("hilly", "river");
        // The dialog has the window's stylesheets: the marks are drawn, not just named.
        assertThat(added).allMatch(Text::isUnderline);
        assertThat(removed).allMatch(Text::isStrikethrough);
        Text same = robot.from(diff).lookup(".diff-word-same").queryAs(Text.class);
        Color plain = (Color) same.getFill();
        assertThat(plain.getBrightness()).as("plain text is light on the dark theme's background").isGreaterThan(0.6);
        assertThat(((Color) added.get(0).getFill())).as("added words have their own colour").isNotEqualTo(plain);
        robot.interact(() -> diff.getScene().getWindow().hide());
    }

    @Test
    void thumbs_and_rating_stay_at_the_top_of_a_cell_above_a_long_answer_and_its_scores(FxRobot robot) throws Exception {
        runTwoVariants(robot, "word ".repeat(400), "Short.");
        for (String cell : List.of("#cell-v1-r1", "#cell-v2-r1")) {
            Node thumb = robot.lookup(cell + " .thumb-up").query();
            Node rating = robot.lookup(cell + " .cell-rating").query();
            Node output = robot.lookup(cell + " .cell-output").query();
            Bounds thumbBounds = thumb.localToScene(thumb.getLayoutBounds());
            Bounds outputBounds = output.localToScene(output.getLayoutBounds());
            assertThat(thumbBounds.getMaxY()).as(cell + ": thumbs above the answer").isLessThanOrEqualTo(outputBounds.getMinY());
            assertThat(rating.localToScene(rating.getLayoutBounds()).getMaxY()).isLessThanOrEqualTo(outputBounds.getMinY());
            assertThat(thumbBounds.getMaxY()).as(cell + ": in the window").isLessThan(scene.getHeight());
            assertThat(thumb.isVisible() && rating.isVisible()).isTrue();
        }
    }
}
