package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.metrics.ContainsMetric;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tool.ToolServing;
import dev.playground.engine.tool.ToolSource;
import dev.playground.engine.trace.Span;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Compare with a prompt that has tools: each sample runs the tool loop, keeps its tool calls and is scored on the answer. */
class ComparisonToolsTest {
    private static final PromptTemplate PROMPT = PromptTemplate.systemAndUser("", "Weather and time in {{ city }}?");
    private static final ToolSet TOOLS = ToolSet.of(
            new ToolDefinition("get_weather", "Current weather in a city",
                    "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\":21}")),
            new ToolDefinition("get_time", "Local time in a time zone",
                    "{\"type\":\"object\",\"properties\":{\"zone\":{\"type\":\"string\"}},\"required\":[\"zone\"]}", List.of("10:30")));

    private OpenAiWireServer withTools;
    private OpenAiWireServer plain;
    private VirtualThreadTaskExecutor executor;
    private ModelGateway gateway;

    @BeforeEach
    void start() {
        withTools = OpenAiWireServer.start();
        plain = OpenAiWireServer.start();
        executor = new VirtualThreadTaskExecutor();
        gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(10))));
    }

    @AfterEach
    void stop() {
        executor.close();
        withTools.close();
        plain.close();
    }

    private Comparison comparison(Variant... variants) {
        return new Comparison("tools", List.of(variants), List.of(new VariableRow("r1", "Madrid", Map.of("city", "Madrid"), "")), 1,
                new ScoringPlan(List.of(new ContainsMetric("10:30", false), MetricSpecs.parse("tool-called:get_weather", Optional.empty()),
                        MetricSpecs.parse("tool-args:get_time={\"zone\":\"Europe/Madrid\"}", Optional.empty()),
                        MetricSpecs.parse("tool-steps<=2", Optional.empty())), List.of(), null));
    }

    private Variant variant(String id, OpenAiWireServer server, ToolSet tools) {
        Connection connection = Connection.openAiCompatible("c-" + id, id, server.baseUrl(), "", "model-" + id);
        return new Variant(id, null, PROMPT, "travel", connection, "model-" + id, ModelSettings.of(0.0, 100), null, tools);
    }

    @Test
    void a_variant_with_tools_answers_a_parallel_request_from_saved_mocks_and_keeps_its_tool_calls() throws Exception {
        withTools.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        withTools.enqueue(ScriptedReply.stream("Sunny, 21 °C ", "at 10:30."));
        ComparisonRunner runner = new ComparisonRunner(gateway, new TemplateRenderer(), executor, CostModel.perMillionTokens(1.0, 2.0),
                (settings, values) -> "");

        List<CellResult> cells = runner.runAll(comparison(variant("a", withTools, TOOLS), variant("b", plain, ToolSet.EMPTY)), ComparisonListener.NONE)
                .done().get(60, TimeUnit.SECONDS);

        SampleResult tools = cells.get(0).samples().getFirst();
        assertThat(tools.error()).isEmpty();
        assertThat(tools.output()).isEqualTo("Sunny, 21 °C at 10:30.");
        assertThat(tools.toolCalls()).extracting(Span::name, Span::input, Span::output, Span::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("get_weather", "{\"city\":\"Madrid\"}", "{\"tempC\":21}", "mock"),
                org.assertj.core.groups.Tuple.tuple("get_time", "{\"zone\":\"Europe/Madrid\"}", "10:30", "mock"));
        assertThat(tools.trace().steps()).isEqualTo(2);
        assertThat(tools.usage().inputTokens()).isEqualTo(tools.trace().inputTokens());
        assertThat(tools.costUsd()).isNotNull().isPositive();
        assertThat(tools.score("contains:10:30").orElseThrow().passed()).isTrue();
        assertThat(tools.scores()).extracting(dev.playground.engine.metrics.Score::name, dev.playground.engine.metrics.Score::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("contains:10:30", true), org.assertj.core.groups.Tuple.tuple("tool-called:get_weather", true),
                org.assertj.core.groups.Tuple.tuple("tool-args:get_time={\"zone\":\"Europe/Madrid\"}", true),
                org.assertj.core.groups.Tuple.tuple("tool-steps<=2", true));
        assertThat(withTools.requests()).hasSize(2);
        assertThat(withTools.requests().get(0).body().path("tools").toString()).contains("get_weather", "get_time");

        SampleResult without = cells.get(1).samples().getFirst();
        assertThat(without.trace()).isNull();
        assertThat(without.toolCalls()).isEmpty();
        assertThat(plain.requests().getFirst().body().has("tools")).isFalse();
        assertThat(without.score("tool-called:get_weather").orElseThrow().passed()).isFalse();
        assertThat(without.score("tool-called:get_weather").orElseThrow().detail()).contains("made no tool calls");
    }

    @Test
    void answers_given_for_the_run_win_and_the_step_limit_fails_the_sample_but_keeps_its_trace() throws Exception {
        withTools.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        withTools.enqueue(ScriptedReply.toolCalls(new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        ComparisonRunner runner = new ComparisonRunner(gateway, new TemplateRenderer(), executor, CostModel.UNKNOWN, (settings, values) -> "",
                new ToolServing(2, Map.of("get_time", "23:59"), ToolSource.NONE));

        SampleResult sample = runner.runAll(comparison(variant("a", withTools, TOOLS)), ComparisonListener.NONE).done().get(60, TimeUnit.SECONDS)
                .getFirst().samples().getFirst();

        assertThat(sample.failed()).isTrue();
        assertThat(sample.error()).contains("still asked for tools after 2 model calls", "--max-steps");
        assertThat(sample.finishReason()).isEqualTo("max_steps");
        assertThat(sample.toolCalls()).extracting(Span::output).containsExactly("23:59");
        assertThat(sample.trace().steps()).isEqualTo(2);
        assertThat(sample.scores()).isEmpty();
    }
}
