package dev.playground.app.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.app.AppContext;
import dev.playground.engine.model.Connection;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.study.StudyViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lab checked end to end from the window: the app's own lab checker (the one {@code playground study lab check}
 * uses) is handed to the window through the composition root's port; the study window opens the router lab in the
 * playground, the playground's connection points at a loopback OpenAI-compatible server, and "Check my work" runs the
 * lab's four cases through it and shows the verdict, then a failing case with what to fix, in Spanish.
 */
@ExtendWith(ApplicationExtension.class)
class LabCheckWindowTest {
    private static final String LAB = "lab-1-route-to-agent-bricks";
    @TempDir Path dir;
    private OpenAiWireServer server;
    private AppContext context;
    private MainWindow window;
    private volatile boolean confused;

    /** Routes each of the lab's four requests to its code; when confused, the combined request goes to the wrong brick. */
    private ScriptedReply route(JsonNode body) {
        JsonNode messages = body.path("messages");
        String last = messages.get(messages.size() - 1).path("content").asText();
        String code = last.contains("warranty and returns") ? "knowledge-assistant"
                : last.contains("supplier contracts") ? "information-extraction"
                : last.contains("tablas de alquileres") ? "genie-space"
                : confused ? "knowledge-assistant" : "multi-agent-supervisor";
        return ScriptedReply.stream(code);
    }

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        server.respondWith(this::route);
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-lab-window-0123456789");
        Path data = dir.resolve("data");
        context = new AppContext(data, AppContext.secrets(data, env), env);
        context.store().connections().saveAll(List.of(
                Connection.openAiCompatible("loopback", "Loopback", server.baseUrl(), "OPENAI_API_KEY", "test-model")));
        UiServices services = new UiServices(context.store(), context.gateway(), context.renderer(), context.tokens(), context.executor(),
                "tester", null).withLabChecker(new AppLabChecker(context));
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    @Test
    void check_my_work_runs_the_labs_cases_and_shows_what_to_fix(FxRobot robot) throws Exception {
        robot.clickOn("#open-study");
        StudyViewModel study = window.viewModel().study();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> study.loadedProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().playground().connectionProperty().get() != null);
        robot.interact(() -> window.viewModel().playground().selectConnection("loopback"));
        robot.interact(robot.lookup("#open-" + LAB).queryButton()::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "brick-router".equals(window.viewModel().playground().promptNameProperty().get()));

        robot.interact(robot.lookup("#check-" + LAB).queryButton()::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lab-verdict-" + LAB).tryQuery().isPresent());
        assertThat(robot.lookup("#lab-verdict-" + LAB).queryAs(Label.class).getText()).isEqualTo("Passed: all 4 checks hold.");
        assertThat(server.requests()).hasSize(4);

        // Spanish, and a model that sends the combined request to the wrong brick: the card says what failed and why.
        confused = true;
        robot.interact(() -> window.viewModel().languageProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        Button check = robot.lookup("#check-" + LAB).queryButton();
        assertThat(check.getText()).isEqualTo("Comprobar mi trabajo");
        robot.interact(check::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> server.requests().size() == 8
                && robot.lookup("#lab-verdict-" + LAB).tryQuery().map(n -> ((Label) n).getText().startsWith("Aún no")).orElse(false));
        assertThat(robot.lookup("#lab-verdict-" + LAB).queryAs(Label.class).getText())
                .isEqualTo("Aún no: falla 1 comprobación de 4. Bajo cada cruz está lo que hay que corregir.");
        VBox result = robot.lookup("#lab-result-" + LAB).queryAs(VBox.class);
        assertThat(result.getChildren()).filteredOn(n -> n.getStyleClass().contains("verdict-wrong") && n.getStyleClass().contains("lab-finding"))
                .extracting(n -> ((Label) n).getText())
                .containsExactly("caso 4 (both at once): regex: la respuesta debe cumplir el patrón (?i)^\\W*multi-agent-supervisor\\W*$ y no lo cumple");
    }
}
