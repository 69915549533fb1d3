package dev.playground.ui.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tool.MockResponder;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolLoopListener;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import dev.playground.ui.common.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
 * The timeline of a real tool loop: a loopback OpenAI-compatible server asks for two tools in parallel, saved mock
 * answers serve them, the model answers; the view shows the four spans in order on the time axis with their details.
 */
@ExtendWith(ApplicationExtension.class)
class TraceTimelineTest {
    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}"));
    private static final ToolDefinition TIME = new ToolDefinition("get_time", "Local time in a zone",
            "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30"));

    @TempDir Path folder;
    private OpenAiWireServer server;
    private TraceTimelineView view;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        view = new TraceTimelineView(new TraceTimelineViewModel(new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH)), new I18n(Locale.ENGLISH));
        stage.setScene(new Scene(view.root(), 700, 360));
        stage.show();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Trace realRun() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Lima\"}"), new Call("call_2", "get_time", "{\"zone\":\"America/Lima\"}")));
        server.enqueue(ScriptedReply.stream("Sunny, 21 °C; ", "it is 10:30."));
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT, RunLog.NONE, PriceTable::defaults);
        Connection connection = new Connection("c1", "loopback", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "gpt-4o-mini");
        ToolSet tools = ToolSet.of(WEATHER, TIME);
        CompletionRequest request = new CompletionRequest(connection, "gpt-4o-mini", null,
                List.of(new RenderedMessage(Role.USER, "Weather and time in Lima?"))).withTools(tools);
        ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request,
                new ToolLoop.Options(5, new MockResponder(tools, Map.of()), RunLabel.of("travel")), ToolLoopListener.NONE);
        assertThat(run.answered()).isTrue();
        return run.trace();
    }

    @Test
    void a_real_tool_loop_is_drawn_span_by_span_with_details_and_exported_as_json(FxRobot robot) throws Exception {
        Trace trace = realRun();
        robot.interact(() -> view.show(trace));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> spans = robot.lookup("#trace-spans").queryAs(ListView.class);
        assertThat(spans.getItems()).hasSize(4);
        assertThat(robot.lookup("#trace-summary").queryAs(Label.class).getText())
                .startsWith("2 model calls · 2 tool calls · ").contains("tokens in ");
        List<Node> bars = robot.lookup(".trace-bar").queryAll().stream().sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY())).toList();
        assertThat(bars).hasSize(4);
        assertThat(bars.get(0).getStyleClass()).contains("trace-bar-model");
        assertThat(bars.get(1).getStyleClass()).contains("trace-bar-tool");
        // Later spans start further right on the shared time axis.
        assertThat(bars.get(3).localToScene(0, 0).getX()).isGreaterThan(bars.get(0).localToScene(0, 0).getX());
        assertThat(bars).allSatisfy(bar -> assertThat(bar.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(3));

        TextArea details = robot.lookup("#trace-details").queryAs(TextArea.class);
        assertThat(details.getText()).startsWith("Model call 1: gpt-4o-mini").contains("Said: asked for get_weather, get_time");
        robot.clickOn("Tool: get_time");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> details.getText().startsWith("Tool: get_time"));
        assertThat(details.getText()).contains("Answered by: a saved mock answer", "Arguments: {\"zone\":\"America/Lima\"}", "Answer: 10:30");

        Path file = folder.resolve("trace.json");
        robot.interact(() -> view.viewModel().export(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TraceJson.read(Files.readString(file)).spans()).extracting(Span::name)
                .containsExactly("gpt-4o-mini", "get_weather", "get_time", "gpt-4o-mini");
        assertThat(robot.lookup("#trace-status").queryAs(Label.class).getText()).isEqualTo("Trace saved as trace.json.");

        robot.interact(() -> view.viewModel().setI18n(new I18n(Locale.forLanguageTag("es"))));
        assertThat(robot.lookup("#trace-summary").queryAs(Label.class).getText()).startsWith("2 llamadas al modelo · 2 llamadas a herramientas · ");
        robot.interact(view::clear);
        assertThat(spans.getItems()).isEmpty();
    }
}
