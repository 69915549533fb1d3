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
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ToolCallLines;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's Compare with a draft that has tools: the cell runs the tool loop and shows its calls, compact and in full. */
class CompareToolCallsTest {
    private static final ToolSet TOOLS = ToolSet.of(
            new ToolDefinition("get_weather", "Current weather in a city",
                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}")),
            new ToolDefinition("get_time", "Local time in a time zone",
                    "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30")));

    @TempDir Path dataDir;
    private LocalStore store;
    private OpenAiWireServer server;
    private CompareViewModel viewModel;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dataDir);
        server = OpenAiWireServer.start();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10))));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        Connection loopback = Connection.openAiCompatible("loop", "Loopback", server.baseUrl(), "", "m");
        viewModel = new CompareViewModel(services, () -> PromptTemplate.systemAndUser("", "Weather and time in {{ city }}?"),
                FXCollections.observableArrayList(loopback), new I18n(Locale.ENGLISH));
        viewModel.draftToolsFrom(() -> TOOLS);
    }

    @AfterEach
    void tearDown() {
        viewModel.draft().clear().join();
        UiThread.endStandIn();
        server.close();
        store.close();
    }

    @Test
    void a_cell_shows_its_tool_calls_compact_and_each_answer_on_demand() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Sunny at 10:30."));
        CompareGrid grid = viewModel.grid();
        VariantColumn column = grid.addVariant();
        grid.refreshVariables();
        grid.rows().getFirst().values().getFirst().valueProperty().set("Madrid");

        viewModel.runs().runCell(column, grid.rows().getFirst());
        CellModel cell = grid.cell(column, grid.rows().getFirst());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (cell.stateProperty().get() != CellModel.State.DONE && cell.stateProperty().get() != CellModel.State.FAILED) {
            if (System.nanoTime() > deadline) throw new AssertionError("the cell did not finish: " + cell.stateProperty().get());
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }

        assertThat(cell.errorProperty().get()).isEmpty();
        assertThat(cell.outputProperty().get()).isEqualTo("Sunny at 10:30.");
        assertThat(cell.toolCallsProperty().get()).isEqualTo("2 tool calls:\nget_weather {\"city\":\"Madrid\"}\nget_time {\"zone\":\"Europe/Madrid\"}");
        assertThat(cell.toolDetailsProperty().get()).contains("get_weather {\"city\":\"Madrid\"}\n→ {\"tempC\":21} (mock)")
                .contains("get_time {\"zone\":\"Europe/Madrid\"}\n→ 10:30 (mock)");
        assertThat(server.requests().getFirst().body().path("tools").size()).isEqualTo(2);
    }

    @Test
    void compact_lines_are_cut_and_worded_in_spanish() {
        var span = new dev.playground.engine.trace.Span("s1", dev.playground.engine.trace.Span.Kind.TOOL, 1, "search",
                java.time.Instant.EPOCH, Duration.ZERO, "{\"query\":\"" + "x".repeat(100) + "\"}", "found", "mcp:docs", 0, 0, null, "");
        String compact = ToolCallLines.compact(List.of(span), new I18n(Locale.forLanguageTag("es")));
        assertThat(compact).startsWith("1 llamada a herramienta:\nsearch {\"query\":\"xxx");
        assertThat(compact.lines().toList().get(1)).hasSize(ToolCallLines.COMPACT).endsWith("…");
    }
}
