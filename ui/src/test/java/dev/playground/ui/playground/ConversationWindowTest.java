package dev.playground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
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
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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

/**
 * The conversation in the real window against a loopback server speaking OpenAI's wire format: three turns, a branch
 * made by editing the second user turn and the switch back to the first branch, with what was sent for each turn;
 * and a tool-call round trip where the person picks the tool's saved answer.
 */
@ExtendWith(ApplicationExtension.class)
class ConversationWindowTest {
    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "test-model"),
                Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        window = new MainWindow(stage, new MainViewModel(new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester"),
                Locale.ENGLISH));
        stage.setWidth(1440);
        stage.setHeight(1000);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    private PlaygroundViewModel playground() {
        return window.viewModel().playground();
    }

    private void open(PromptDocument document, FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playground().connectionProperty().get() != null);
        robot.interact(() -> playground().show(document, "chat"));
    }

    private void waitForAnswer(FxRobot robot, String text) throws Exception {
        TextArea output = robot.lookup(".output-area").queryAs(TextArea.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> output.getText().equals(text) && !playground().runningProperty().get());
            // The turn cards are rebuilt in the same FX event that ends the run: let it finish.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            shoot("waiting-for-answer");
            throw new AssertionError("no answer '" + text + "'; shown: '" + output.getText() + "', status: " + playground().statusProperty().get()
                    + " (window in target/conversation-shots/waiting-for-answer.png)", e);
        }
    }

    /** The window as it is, for a person to look at when a wait fails. */
    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = window.scene().snapshot(null)).get(10, TimeUnit.SECONDS);
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        var pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        Path dir = Path.of("target", "conversation-shots");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
    }

    /** The texts of the turn cards above the answer, in order. */
    private List<String> turnTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.lookup("#conversation-turns .turn-text").queryAllAs(Label.class).forEach(l -> texts.add(l.getText()));
        return texts;
    }

    private static List<String> sent(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            out.add(m.path("role").asText() + ":" + (m.has("tool_calls") ? "calls " + m.path("tool_calls").get(0).path("function").path("name").asText()
                    : m.path("content").asText()));
        }
        return out;
    }

    private void reply(FxRobot robot, String text) {
        robot.clickOn("#reply-field").write(text);
        robot.clickOn("#reply-send");
    }

    @Test
    void three_turns_then_a_branch_from_the_second_and_back_again(FxRobot robot) throws Exception {
        open(new PromptDocument(PromptTemplate.systemAndUser("Answer in one line.", "Name a {{ thing }}."), "loopback", "test-model",
                ModelSettings.DEFAULTS, Map.of("thing", "river")), robot);

        server.enqueue(ScriptedReply.stream("The ", "Nile."));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitForAnswer(robot, "The Nile.");
        assertThat(turnTexts(robot)).containsExactly("Name a river.");

        server.enqueue(ScriptedReply.stream("About 6,650 km."));
        reply(robot, "How long is it?");
        waitForAnswer(robot, "About 6,650 km.");
        assertThat(robot.lookup("#reply-field").queryAs(TextField.class).getText()).isEmpty();

        server.enqueue(ScriptedReply.stream("Egypt, Sudan and more."));
        reply(robot, "Which countries?");
        waitForAnswer(robot, "Egypt, Sudan and more.");
        assertThat(turnTexts(robot)).containsExactly("Name a river.", "The Nile.", "How long is it?", "About 6,650 km.", "Which countries?");

        // Edit the second user turn: a branch starts there and is answered.
        server.enqueue(ScriptedReply.stream("Yes, it flows north."));
        Node second = robot.lookup(".turn-user").nth(1).query();
        robot.clickOn(robot.from(second).lookup(".conversation-edit").queryButton());
        TextArea edit = robot.lookup("#turn-edit").queryAs(TextArea.class);
        robot.interact(edit::clear);
        robot.clickOn(edit).write("Does it flow north?");
        robot.clickOn("#turn-edit-send");
        waitForAnswer(robot, "Yes, it flows north.");
        assertThat(turnTexts(robot)).containsExactly("Name a river.", "The Nile.", "Does it flow north?");
        Node edited = robot.lookup(".turn-user").nth(1).query();
        assertThat(robot.from(edited).lookup(".turn-position").queryAs(Label.class).getText()).isEqualTo("2/2");

        // Back to the first branch: its turns and last answer come back; nothing is sent.
        robot.clickOn(robot.from(edited).lookup(".conversation-previous").queryButton());
        waitForAnswer(robot, "Egypt, Sudan and more.");
        assertThat(turnTexts(robot)).containsExactly("Name a river.", "The Nile.", "How long is it?", "About 6,650 km.", "Which countries?");
        Node back = robot.lookup(".turn-user").nth(1).query();
        assertThat(robot.from(back).lookup(".turn-position").queryAs(Label.class).getText()).isEqualTo("1/2");

        // What each turn sent: the whole conversation so far, the branch without the turns it replaced.
        assertThat(server.requests()).hasSize(4);
        assertThat(sent(server.requests().get(0).body())).containsExactly("system:Answer in one line.", "user:Name a river.");
        assertThat(sent(server.requests().get(1).body())).containsExactly("system:Answer in one line.", "user:Name a river.",
                "assistant:The Nile.", "user:How long is it?");
        assertThat(sent(server.requests().get(2).body())).containsExactly("system:Answer in one line.", "user:Name a river.",
                "assistant:The Nile.", "user:How long is it?", "assistant:About 6,650 km.", "user:Which countries?");
        assertThat(sent(server.requests().get(3).body())).containsExactly("system:Answer in one line.", "user:Name a river.",
                "assistant:The Nile.", "user:Does it flow north?");
    }

    @Test
    void the_model_asks_for_a_tool_the_person_picks_a_saved_answer_and_the_model_answers(FxRobot robot) throws Exception {
        String saved = "{\"tempC\": 21, \"sky\": \"clear\"}";
        String cold = "{\"tempC\": -3}";
        ToolDefinition weather = new ToolDefinition("get_weather", "The weather in a city",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of(saved, cold));
        open(new PromptDocument(PromptTemplate.of(PromptMessage.user("What is the weather in {{ city }}?")), "loopback", "test-model",
                ModelSettings.DEFAULTS, Map.of("city", "Lyon")).withTools(ToolSet.of(weather)), robot);

        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_7", "get_weather", "{\"city\":\"Lyon\"}")));
        server.enqueue(ScriptedReply.stream("Freezing: -3 °C in Lyon."));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tool-pending").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#tool-pending .turn-call").queryAs(Label.class).getText()).isEqualTo("{\"city\": \"Lyon\"}");
        assertThat(robot.lookup("#tool-pending .turn-valid").queryAs(Label.class).getText()).isEqualTo("The arguments match the tool's parameters.");
        // The first saved answer is offered; the person picks the other one and sends it.
        assertThat(robot.lookup("#tool-answer").queryAs(TextArea.class).getText()).isEqualTo(saved);
        robot.clickOn("#tool-mocks");
        java.util.function.Predicate<Node> coldCell = n -> n instanceof ListCell<?> cell && cold.equals(cell.getText()) && n.isVisible();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(coldCell).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            shoot("saved-answers");
            throw e;
        }
        robot.clickOn((Node) robot.lookup(coldCell).query());
        assertThat(robot.lookup("#tool-answer").queryAs(TextArea.class).getText()).isEqualTo(cold);
        robot.clickOn("#tool-answer-send");

        waitForAnswer(robot, "Freezing: -3 °C in Lyon.");
        assertThat(robot.lookup("#tool-pending").tryQuery()).isEmpty();
        List<String> calls = new ArrayList<>();
        robot.lookup("#conversation-turns .turn-call").queryAllAs(Label.class).forEach(l -> calls.add(l.getText()));
        assertThat(calls).containsExactly("get_weather {\"city\": \"Lyon\"}", "get_weather answered: " + cold);
        assertThat(server.requests()).hasSize(2);
        assertThat(sent(server.requests().get(1).body())).containsExactly("user:What is the weather in Lyon?", "assistant:calls get_weather",
                "tool:" + cold);
        // The run's trace is kept and its timeline sits folded under the answer: one model call asking, one tool call, one answering.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#conversation-trace").tryQuery().map(Node::isVisible).orElse(false));
        var trace = playground().traceTimeline().traceProperty().get();
        assertThat(trace.spans()).extracting(span -> span.kind().name()).containsExactly("MODEL", "TOOL", "MODEL");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.traces().find(trace.id()).isPresent());
        Button send = robot.lookup("#reply-send").queryButton();
        assertThat(robot.lookup("#reply-field").query().isDisabled()).isFalse();
        assertThat(send.isDisabled()).isTrue();
    }
}
