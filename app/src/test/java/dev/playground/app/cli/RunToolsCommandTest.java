package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.McpToolServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run with tools: a prompt with two tools, a loopback server that asks for both at once, mocks or an MCP server answering. */
class RunToolsCommandTest {
    static final String PROMPT = """
            name: travel
            messages:
              - {role: user, content: "Weather and time in {{city}}?"}
            tools:
              - name: get_weather
                description: Current weather in a city
                parameters: {type: object, properties: {city: {type: string}}, required: [city]}
                mocks: ['{"tempC": 21}']
              - name: get_time
                description: Local time in a time zone
                parameters: {type: object, properties: {zone: {type: string}}, required: [zone]}
                mocks: ["10:30"]
            toolChoice: auto
            """;

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("travel.prompt.yaml"), PROMPT, StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-tools-test-0123456789abcdef");
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Warm, ", "and it is late."));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void each_tool_call_is_printed_and_answered_from_the_saved_mocks_or_mock_tool() {
        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Madrid", "--base-url", server.baseUrl(), "--model", "m",
                "--mock-tool", "get_time=23:59");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Warm, and it is late.");
        assertThat(run.err()).contains("tool get_weather {\"city\":\"Madrid\"} -> {\"tempC\": 21} (mock)")
                .contains("tool get_time {\"zone\":\"Europe/Madrid\"} -> 23:59 (mock)").contains("2 model calls · 2 tool calls");
        assertThat(server.requests().get(0).body().path("tools").size()).isEqualTo(2);
    }

    @Test
    void json_includes_the_trace_and_the_trace_is_kept_and_exported() throws Exception {
        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Madrid", "--base-url", server.baseUrl(), "--model", "m", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("answer").asText()).isEqualTo("Warm, and it is late.");
        JsonNode spans = json.path("trace").path("spans");
        assertThat(spans.size()).isEqualTo(4);
        assertThat(spans.get(1).path("kind").asText()).isEqualTo("tool");
        assertThat(spans.get(1).path("input").asText()).isEqualTo("{\"city\":\"Madrid\"}");
        assertThat(json.path("trace").path("steps").asInt()).isEqualTo(2);

        String id = json.path("trace").path("id").asText();
        CliRun list = CliRun.of(env, "trace", "list");
        assertThat(list.out()).contains(id).contains("answered").contains("2 steps, 2 tool calls");
        CliRun export = CliRun.of(env, "trace", "export", id);
        assertThat(new ObjectMapper().readTree(export.out()).path("spans").size()).isEqualTo(4);

        // The trace's link to the run log: each model call's entry, and the trace found from one of them.
        String runId = spans.get(3).path("runId").asText();
        assertThat(runId).isNotBlank().isNotEqualTo(spans.get(0).path("runId").asText());
        assertThat(CliRun.of(env, "runs", "list", "--json").out()).contains(runId).contains(spans.get(0).path("runId").asText());
        CliRun byRun = CliRun.of(env, "trace", "show", runId);
        assertThat(byRun.exitCode()).as(byRun.err()).isZero();
        assertThat(byRun.out()).startsWith(id).contains("(run " + runId + ")");
    }

    @Test
    void an_mcp_server_answers_the_calls_when_named_with_mcp() {
        String command = McpToolServer.command().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
        CliRun add = CliRun.of(env, "mcp", "add", "test-tools", "--command", command);
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(CliRun.of(env, "mcp", "list").out()).contains("test-tools  stdio");
        assertThat(CliRun.of(env, "mcp", "tools", "test-tools").out()).contains("get_weather  Current weather in a city");

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Madrid", "--base-url", server.baseUrl(), "--model", "m",
                "--mcp", "test-tools");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("tool get_weather {\"city\":\"Madrid\"} -> {\"city\":\"Madrid\",\"tempC\":19,\"sky\":\"clear\"} (mcp:test-tools)")
                .contains("tool get_time {\"zone\":\"Europe/Madrid\"} -> 09:15 in Europe/Madrid (mcp:test-tools)");
        assertThat(CliRun.of(env, "mcp", "remove", "test-tools").exitCode()).isZero();
    }

    @Test
    void a_model_that_keeps_asking_ends_at_max_steps_with_exit_1() {
        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "city=Madrid", "--base-url", server.baseUrl(), "--model", "m",
                "--max-steps", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The model still asked for tools after 1 model call.");
    }
}
