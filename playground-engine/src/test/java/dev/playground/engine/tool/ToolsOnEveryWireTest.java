package dev.playground.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.mcp.McpResponder;
import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.mcp.McpSession;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.AnthropicProvider;
import dev.playground.engine.provider.ChatProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.GeminiProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OllamaProvider;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.SuiteAssertion;
import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteListener;
import dev.playground.engine.suite.SuitePlan;
import dev.playground.engine.suite.SuiteReport;
import dev.playground.engine.suite.SuiteRunRepository;
import dev.playground.engine.suite.SuiteRunner;
import dev.playground.engine.suite.SuiteVariant;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.testkit.AnthropicWireServer;
import dev.playground.testkit.GeminiWireServer;
import dev.playground.testkit.McpHttpToolServer;
import dev.playground.testkit.OllamaWireServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import dev.playground.testkit.WireServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 20's "must show", for every provider wire format with tool calling (OpenAI-compatible, Anthropic, Gemini,
 * Ollama), each streamed by its loopback server: a prompt with two tools that the model asks for in parallel, answered
 * once by saved mock answers and once by a small MCP server that the test kit starts (streamable HTTP on loopback);
 * the trace with its spans; and a suite whose assertions check the tool called, its arguments and the steps.
 */
class ToolsOnEveryWireTest {
    private static final String KEY_ENV = "WIRE_TEST_KEY";
    private static final ToolSet TOOLS = ToolSet.of(
            new ToolDefinition("get_weather", "Current weather in a city",
                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}")),
            new ToolDefinition("get_time", "Local time in a time zone",
                    "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30")));

    enum Wire {
        OPENAI_COMPATIBLE(OpenAiWireServer::start, t -> new OpenAiCompatibleProvider(t, Duration.ofSeconds(15)), ProviderKind.OPENAI_COMPATIBLE, "m"),
        ANTHROPIC(AnthropicWireServer::start, t -> new AnthropicProvider(t, Duration.ofSeconds(15)), ProviderKind.ANTHROPIC, "claude-haiku-4-5"),
        GEMINI(GeminiWireServer::start, t -> new GeminiProvider(t, Duration.ofSeconds(15)), ProviderKind.GEMINI, "gemini-2.5-flash"),
        OLLAMA(OllamaWireServer::start, t -> new OllamaProvider(t, Duration.ofSeconds(15)), ProviderKind.OLLAMA, "llama3.2");

        final Supplier<WireServer> server;
        final Function<TokenCounter, ChatProvider> provider;
        final ProviderKind kind;
        final String model;

        Wire(Supplier<WireServer> server, Function<TokenCounter, ChatProvider> provider, ProviderKind kind, String model) {
            this.server = server;
            this.provider = provider;
            this.kind = kind;
            this.model = model;
        }
    }

    private WireServer server;
    private ModelGateway gateway;
    private final List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Connection connection;
    private Wire wire;

    private void start(Wire chosen) {
        wire = chosen;
        server = chosen.server.get();
        gateway = new ModelGateway(new SecretResolver(Map.of(KEY_ENV, "sk-wire-test-0123456789abcdef")),
                List.of(chosen.provider.apply(new TokenCounter())), GatewayPolicy.DEFAULT, run -> logged.add(run.id()), PriceTable::defaults,
                new InFlightCalls());
        connection = new Connection("c-" + chosen.name(), chosen.name(), chosen.kind, server.baseUrl(), KEY_ENV, chosen.model);
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Sunny, ", "warm at 10:30."));
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private CompletionRequest ask(ToolSet tools) {
        return new CompletionRequest(connection, wire.model, ModelSettings.of(0.0, 200),
                List.of(new RenderedMessage(Role.USER, "Weather and time in Madrid?"))).withTools(tools);
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void a_parallel_request_is_answered_by_saved_mocks_and_traced(Wire chosen) {
        start(chosen);

        ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(ask(TOOLS), ToolServing.SAVED.options(TOOLS, RunLabel.of("travel")), null);

        assertThat(run.outcome()).as(run.problem()).isEqualTo(ToolRun.Outcome.ANSWERED);
        assertThat(run.answer()).isEqualTo("Sunny, warm at 10:30.");
        Trace trace = run.trace();
        assertThat(trace.spans()).extracting(Span::kind, Span::name, Span::step).containsExactly(tuple(Span.Kind.MODEL, wire.model, 1),
                tuple(Span.Kind.TOOL, "get_weather", 1), tuple(Span.Kind.TOOL, "get_time", 1), tuple(Span.Kind.MODEL, wire.model, 2));
        assertThat(trace.toolSpans()).extracting(Span::input, Span::output, Span::source).containsExactly(
                tuple("{\"city\":\"Madrid\"}", "{\"tempC\":21}", "mock"), tuple("{\"zone\":\"Europe/Madrid\"}", "10:30", "mock"));
        assertThat(trace.spans().getFirst().output()).isEqualTo("asked for get_weather, get_time");
        assertThat(TraceJson.tree(trace).path("spans").size()).isEqualTo(4);
        assertThat(trace.runIds()).as("each model call is linked to its run-log entry").hasSize(2).containsExactlyInAnyOrderElementsOf(logged);
        assertThat(TraceJson.read(TraceJson.write(trace)).runIds()).isEqualTo(trace.runIds());
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).body().toString()).contains("get_weather", "get_time", "Current weather in a city");
        assertThat(server.requests().get(1).body().toString()).as("both answers go back in the provider's own shape")
                .contains("tempC", "10:30", "get_weather", "get_time");
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void a_parallel_request_is_answered_by_the_test_kits_mcp_server(Wire chosen) {
        start(chosen);
        try (McpHttpToolServer mcpServer = McpHttpToolServer.start(null);
             McpResponder mcp = new McpResponder(List.of(McpSession.open(McpServerConfig.http("kit", mcpServer.url(), List.of()), Map.of(),
                     Duration.ofSeconds(30))))) {
            ToolServing serving = new ToolServing(4, Map.of(), mcp);

            ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(ask(serving.offer(ToolSet.EMPTY)),
                    serving.options(ToolSet.EMPTY, RunLabel.of("travel")), null);

            assertThat(run.outcome()).as(run.problem()).isEqualTo(ToolRun.Outcome.ANSWERED);
            assertThat(run.trace().toolSpans()).extracting(Span::name, Span::output, Span::source).containsExactly(
                    tuple("get_weather", "{\"city\":\"Madrid\",\"tempC\":19,\"sky\":\"clear\"}", "mcp:kit"),
                    tuple("get_time", "09:15 in Europe/Madrid", "mcp:kit"));
            assertThat(run.trace().steps()).isEqualTo(2);
            assertThat(server.requests().get(1).body().toString()).contains("09:15 in Europe/Madrid");
        }
    }

    @ParameterizedTest
    @EnumSource(Wire.class)
    void suite_assertions_check_the_tool_called_its_arguments_and_the_steps(Wire chosen) throws Exception {
        start(chosen);
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        try {
            SuiteRunner runner = new SuiteRunner(new PromptRunService(new TemplateRenderer(), gateway, (s, v, q) -> null, executor), null,
                    Optional::empty, (request, result) -> null, gateway.inFlight(), SuiteRunRepository.inMemory());
            PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("", "Weather and time in {{city}}?")).withTools(TOOLS);
            SuiteVariant variant = new SuiteVariant(0, "travel", "travel", document, connection, wire.model, ModelSettings.of(0.0, 200), "travel");
            List<SuiteAssertion> asserts = List.of(SuiteAssertion.read(Map.of("type", "tool-called", "value", "get_weather"), "suite"),
                    SuiteAssertion.read(Map.of("type", "tool-args", "value", Map.of("tool", "get_time", "equals", Map.of("zone", "Europe/Madrid"))),
                            "suite"),
                    SuiteAssertion.read(Map.of("type", "tool-steps", "value", 2), "suite"),
                    SuiteAssertion.read(Map.of("type", "not-tool-called", "value", "get_stock"), "suite"));
            SuitePlan plan = new SuitePlan("travel", "test", List.of(variant), List.of(DatasetRow.of(Map.of("city", "Madrid"))), Map.of(), asserts,
                    List.of(List.of()), null, null, 1, 1, "", List.of());

            SuiteReport report = runner.start(plan, SuiteListener.NONE, false).report().get(60, TimeUnit.SECONDS);

            SuiteCell cell = report.cells().getFirst();
            assertThat(cell.status()).as(cell.reason() + cell.error()).isEqualTo(SuiteCell.Status.PASS);
            assertThat(cell.output()).isEqualTo("Sunny, warm at 10:30.");
            assertThat(cell.assertions()).extracting(AssertionResult::code, AssertionResult::passed).containsExactly(
                    tuple("tool-called", true), tuple("tool-args", true), tuple("tool-steps", true), tuple("not-tool-called", true));
        } finally {
            executor.close();
        }
    }
}
