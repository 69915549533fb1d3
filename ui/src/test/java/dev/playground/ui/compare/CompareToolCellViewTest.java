package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.testing.LayoutAudit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Compare cell of a draft with tools, on screen at 1024x700 in English (light) and Spanish (dark): the tool calls
 * compact under the answer, "Show answers" opening each call's answer; nothing cut (LayoutAudit). Screenshots go to
 * ui/target/shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class CompareToolCellViewTest {
    private static final Path SHOTS = Path.of("target", "shots");
    private static final ToolSet TOOLS = ToolSet.of(
            new ToolDefinition("get_weather", "Current weather in a city",
                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21,\"sky\":\"sunny\"}")),
            new ToolDefinition("get_time", "Local time in a time zone",
                    "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30")));

    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        executor = new VirtualThreadTaskExecutor();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    private CompareViewModel show(FxRobot robot, Locale locale, Theme theme) {
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10))));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        Connection loopback = Connection.openAiCompatible("loopback", "Loopback", server.baseUrl(), "", "alpha");
        I18n i18n = new I18n(locale);
        CompareViewModel viewModel = new CompareViewModel(services, () -> PromptTemplate.systemAndUser("", "Weather and time in {{ city }}?"),
                FXCollections.observableArrayList(loopback), i18n);
        viewModel.draftToolsFrom(() -> TOOLS);
        robot.interact(() -> {
            Scene scene = new Scene(new CompareView(viewModel, i18n).root(), 1024, 700);
            theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            viewModel.grid().addVariant();
            viewModel.grid().refreshVariables();
            viewModel.rows().getFirst().values().getFirst().valueProperty().set("Madrid");
        });
        return viewModel;
    }

    private void runAndOpen(FxRobot robot, CompareViewModel viewModel) throws Exception {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Sunny and 21 °C in Madrid; it is 10:30."));
        robot.interact(() -> viewModel.runs().runAll());
        CellModel cell = viewModel.grid().cell(viewModel.columns().getFirst(), viewModel.rows().getFirst());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cell.stateProperty().get() == CellModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".cell-tools-more");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_tool_calls_of_a_cell_show_compact_and_open_in_english_and_spanish(FxRobot robot) throws Exception {
        CompareViewModel english = show(robot, Locale.ENGLISH, Theme.LIGHT);
        runAndOpen(robot, english);
        assertThat(robot.lookup(".cell-tools").queryAs(Label.class).getText())
                .isEqualTo("2 tool calls:\nget_weather {\"city\":\"Madrid\"}\nget_time {\"zone\":\"Europe/Madrid\"}");
        assertThat(robot.lookup(".cell-tool-details").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup(".cell-tools-more").queryAs(javafx.scene.control.Hyperlink.class).getText()).isEqualTo("Hide answers");
        assertThat(LayoutAudit.of(stage.getScene(), "Compare with tool calls (en)")).isEmpty();
        shoot("compare-tool-calls-light-en");

        CompareViewModel spanish = show(robot, Locale.forLanguageTag("es"), Theme.DARK);
        runAndOpen(robot, spanish);
        assertThat(robot.lookup(".cell-tools").queryAs(Label.class).getText()).startsWith("2 llamadas a herramientas:");
        assertThat(robot.lookup(".cell-tools-more").queryAs(javafx.scene.control.Hyperlink.class).getText()).isEqualTo("Ocultar respuestas");
        assertThat(LayoutAudit.of(stage.getScene(), "Compare with tool calls (es)")).isEmpty();
        shoot("compare-tool-calls-dark-es");
        english.draft().clear().join();
        spanish.draft().clear().join();
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name + ".png").toFile());
    }
}
