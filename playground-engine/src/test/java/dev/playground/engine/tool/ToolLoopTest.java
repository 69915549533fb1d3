package dev.playground.engine.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tool loop against a loopback OpenAI-compatible server that asks for two tools in parallel. */
class ToolLoopTest {
    static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "Current weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21,\"sky\":\"sunny\"}"));
    static final ToolDefinition TIME = new ToolDefinition("get_time", "Local time in a time zone",
            "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30"));
    static final ToolSet TOOLS = ToolSet.of(WEATHER, TIME);

    private OpenAiWireServer server;
    private ToolLoop loop;
    private CompletionRequest request;

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT, RunLog.NONE, PriceTable::defaults);
        loop = new ToolLoop(gateway, PriceTable::defaults);
        Connection connection = new Connection("c1", "loopback", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "test-model");
        request = new CompletionRequest(connection, "test-model", null,
                List.of(new RenderedMessage(Role.USER, "What is the weather and the time in Madrid?"))).withTools(TOOLS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void askForBothThenAnswer() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Sunny, 21 °C; ", "it is 10:30."));
    }

    @Test
    void a_parallel_request_is_answered_from_saved_mocks_and_traced() {
        askForBothThenAnswer();

        ToolRun run = loop.run(request, new ToolLoop.Options(5, new MockResponder(TOOLS, Map.of()), RunLabel.of("travel")), ToolLoopListener.NONE);

        assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.ANSWERED);
        assertThat(run.answer()).isEqualTo("Sunny, 21 °C; it is 10:30.");
        Trace trace = run.trace();
        assertThat(trace.spans()).extracting(Span::kind, Span::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Span.Kind.MODEL, "test-model"), org.assertj.core.groups.Tuple.tuple(Span.Kind.TOOL, "get_weather"),
                org.assertj.core.groups.Tuple.tuple(Span.Kind.TOOL, "get_time"), org.assertj.core.groups.Tuple.tuple(Span.Kind.MODEL, "test-model"));
        assertThat(trace.steps()).isEqualTo(2);
        assertThat(trace.toolSpans()).extracting(Span::input).containsExactly("{\"city\":\"Madrid\"}", "{\"zone\":\"Europe/Madrid\"}");
        assertThat(trace.toolSpans()).extracting(Span::output).containsExactly("{\"tempC\":21,\"sky\":\"sunny\"}", "10:30");
        assertThat(trace.toolSpans()).allSatisfy(s -> assertThat(s.source()).isEqualTo("mock"));
        assertThat(trace.spans().get(0).inputTokens()).isPositive();
        assertThat(trace.spans().get(0).output()).isEqualTo("asked for get_weather, get_time");
        assertThat(trace.spans()).allSatisfy(s -> assertThat(s.start()).isAfterOrEqualTo(trace.startedAt()));
        JsonNode second = server.requests().get(1).body();
        assertThat(second.path("messages").toString()).contains("\"role\":\"tool\"", "call_1", "call_2", "sunny", "10:30");
        assertThat(run.conversation()).hasSize(4);
        assertThat(TraceJson.read(TraceJson.write(trace))).isEqualTo(roundedToMillis(trace));
    }

    @Test
    void each_model_call_is_filed_in_the_run_log_under_the_id_its_span_names() {
        askForBothThenAnswer();
        dev.playground.testkit.KeptRunLog kept = new dev.playground.testkit.KeptRunLog();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT, kept, PriceTable::defaults);

        ToolRun run = new ToolLoop(gateway, PriceTable::defaults).run(request,
                new ToolLoop.Options(5, new MockResponder(TOOLS, Map.of()), new RunLabel("travel", 0, "", "first-call")), ToolLoopListener.NONE);

        List<String> ids = run.trace().runIds();
        assertThat(ids).hasSize(2).doesNotHaveDuplicates().first().isEqualTo("first-call");
        assertThat(kept.records).extracting(dev.playground.engine.runlog.RunRecord::id).containsExactlyElementsOf(ids);
        assertThat(run.trace().toolSpans()).allSatisfy(s -> assertThat(s.runId()).isEmpty());
        assertThat(TraceJson.read(TraceJson.write(run.trace())).runIds()).isEqualTo(ids);
    }

    @Test
    void a_given_answer_wins_over_the_saved_one() {
        askForBothThenAnswer();

        ToolRun run = loop.run(request, new ToolLoop.Options(5, new MockResponder(TOOLS, Map.of("get_time", "23:59")), RunLabel.NONE), null);

        assertThat(run.trace().toolSpans()).extracting(Span::output).containsExactly("{\"tempC\":21,\"sky\":\"sunny\"}", "23:59");
    }

    @Test
    void arguments_that_break_the_schema_are_refused_and_the_model_is_told() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"town\":\"Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Sorry."));

        ToolRun run = loop.run(request, new ToolLoop.Options(5, new MockResponder(TOOLS, Map.of()), RunLabel.NONE), null);

        Span refused = run.trace().toolSpans().getFirst();
        assertThat(refused.source()).isEqualTo("refused");
        assertThat(refused.error()).contains("missing required property \"city\"");
        assertThat(server.requests().get(1).body().toString()).contains("do not match the tool's parameters");
        assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.ANSWERED);
    }

    @Test
    void a_call_nobody_answers_ends_the_run_with_what_to_do() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}")));
        CompletionRequest noMocks = request.withTools(ToolSet.of(WEATHER.withMocks(List.of()), TIME));

        ToolRun run = loop.run(noMocks, new ToolLoop.Options(5, null, RunLabel.NONE), null);

        assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.UNANSWERED_TOOL);
        assertThat(run.problem()).isEqualTo("No answer for the tool 'get_weather': save a mock answer with the tool, pass --mock-tool "
                + "get_weather=TEXT, or serve it from an MCP server with --mcp NAME.");
    }

    @Test
    void the_person_answers_through_the_listener_when_nothing_else_does() {
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Rainy."));
        CompletionRequest noMocks = request.withTools(ToolSet.of(WEATHER.withMocks(List.of()), TIME));
        CompletableFuture<Optional<String>> typed = new CompletableFuture<>();
        ToolLoopListener window = new ToolLoopListener() {
            @Override
            public CompletionStage<Optional<String>> needsAnswer(dev.playground.engine.model.ToolCall call, ToolDefinition tool) {
                return typed;
            }
        };

        ToolLoop.Handle handle = loop.start(noMocks, new ToolLoop.Options(5, null, RunLabel.NONE), window);
        typed.complete(Optional.of("{\"sky\":\"rain\"}"));
        ToolRun run = handle.result().join();

        assertThat(run.answer()).isEqualTo("Rainy.");
        assertThat(run.trace().toolSpans().getFirst().source()).isEqualTo("person");
    }

    @Test
    void the_step_limit_ends_a_model_that_keeps_asking() {
        for (int i = 0; i < 3; i++) server.enqueue(ScriptedReply.toolCalls(new Call("call_" + i, "get_time", "{\"zone\":\"UTC\"}")));

        ToolRun run = loop.run(request, new ToolLoop.Options(2, new MockResponder(TOOLS, Map.of()), RunLabel.NONE), null);

        assertThat(run.outcome()).isEqualTo(ToolRun.Outcome.MAX_STEPS);
        assertThat(run.trace().steps()).isEqualTo(2);
        assertThat(server.requests()).hasSize(2);
        assertThat(run.problem()).contains("after 2 model calls").contains("--max-steps");
    }

    @Test
    void suite_assertions_check_the_tool_called_its_arguments_and_the_steps() throws Exception {
        askForBothThenAnswer();
        ToolRun run = loop.run(request, new ToolLoop.Options(5, new MockResponder(TOOLS, Map.of()), RunLabel.of("travel")), null);
        var cell = dev.playground.engine.suite.AssertionContext.of(run.answer(), null).withTrace(run.trace());
        var evaluator = dev.playground.engine.suite.AssertionEvaluator.textOnly();

        assertThat(evaluator.evaluate(assertion("tool-called", false, "get_weather"), cell).isPassed()).isTrue();
        var missing = evaluator.evaluate(assertion("tool-called", false, "get_stock"), cell);
        assertThat(missing.isPassed()).isFalse();
        assertThat(missing.reason()).isEqualTo("called get_weather, get_time; expected get_stock");
        assertThat(evaluator.evaluate(assertion("not-tool-called", true, "get_stock"), cell).isPassed()).isTrue();
        assertThat(evaluator.evaluate(assertion("tool-args", false, Map.of("tool", "get_weather", "equals", Map.of("city", "Madrid"))), cell)
                .isPassed()).isTrue();
        assertThat(evaluator.evaluate(assertion("tool-args", false, Map.of("tool", "get_time", "schema",
                Map.of("type", "object", "properties", Map.of("zone", Map.of("const", "UTC"))))), cell).isPassed()).isFalse();
        assertThat(evaluator.evaluate(assertion("tool-steps", false, 2), cell).isPassed()).isTrue();
        assertThat(evaluator.evaluate(assertion("tool-steps", false, 1), cell).reason()).isEqualTo("took 2 model calls, at most 1 allowed");
        var noTools = dev.playground.engine.suite.AssertionContext.of("hi", null);
        assertThat(evaluator.evaluate(assertion("tool-called", false, "get_weather"), noTools).isPassed()).isFalse();
    }

    private static dev.playground.engine.suite.SuiteAssertion assertion(String code, boolean negated, Object value) {
        return new dev.playground.engine.suite.SuiteAssertion(code.replaceFirst("^not-", ""), negated, value, null, 1.0, "", List.of(), Map.of());
    }

    /** JSON keeps milliseconds; compare with the trace at that precision. */
    private static Trace roundedToMillis(Trace t) {
        List<Span> spans = t.spans().stream().map(s -> new Span(s.id(), s.kind(), s.step(), s.name(), s.start(),
                Duration.ofMillis(s.duration().toMillis()), s.input(), s.output(), s.source(), s.inputTokens(), s.outputTokens(), s.costUsd(),
                s.error(), s.runId())).toList();
        return new Trace(t.id(), t.promptName(), t.startedAt(), Duration.ofMillis(t.duration().toMillis()), t.outcome(), spans);
    }
}
