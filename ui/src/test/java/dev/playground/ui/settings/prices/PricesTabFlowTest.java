package dev.playground.ui.settings.prices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings > Prices in the running window: a saved price reaches the editor's cost line and context bar at once. */
@ExtendWith(ApplicationExtension.class)
class PricesTabFlowTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester", null,
                PriceBook.open(dataDir.resolve("prices.yaml")));
        new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void a_price_saved_in_settings_prices_the_prompt_being_edited(FxRobot robot) throws Exception {
        robot.clickOn("#user-editor").write("Resume el texto en una frase.");
        // The shipped table has no price for a dry run (Ollama's "*" row prices Ollama models only).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, ".cost").equals("No price for this model"));
        String shippedCost = label(robot, ".cost");

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#prices-tab").tryQuery().isPresent());
        robot.clickOn("Prices");
        robot.clickOn("#price-new");
        robot.clickOn("#price-model").write("dry-run");
        robot.clickOn("#price-input").write("1000");
        robot.clickOn("#price-output").write("2000");
        robot.clickOn("#price-window").write("2k");
        robot.clickOn("#price-apply").clickOn("#price-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> label(robot, "#prices-status").startsWith("Saved"));
        robot.clickOn("#settings-close");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !label(robot, ".cost").equals(shippedCost));
        assertThat(label(robot, ".cost")).startsWith("≈ $").contains("up to $2.048 out");
        assertThat(robot.lookup(".token-bar .hint").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).endsWith("of 2,000 tokens with the answer").doesNotContain("over"));
        assertThat(PriceTable.loadOrDefaults(dataDir.resolve("prices.yaml")).lookup("", "dry-run").orElseThrow().contextWindow())
                .isEqualTo(2_000);
    }
}
