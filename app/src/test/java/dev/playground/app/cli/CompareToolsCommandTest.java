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

/** {@code compare} with a prompt that has tools: the same tool options and lines as {@code run}, per sample. */
class CompareToolsCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("travel.prompt.yaml"), RunToolsCommandTest.PROMPT, StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-tools-test-0123456789abcdef");
        server.enqueue(ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"),
                new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        server.enqueue(ScriptedReply.stream("Warm, ", "and it is late."));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun compare(String... more) {
        String[] base = {"compare", prompt.toString(), "--var", "city=Madrid", "--base-url", server.baseUrl(), "--variant", "model=m",
                "--metric", "contains:late", "--metric", "tool-called:get_time", "--metric", "tool-steps<=1"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(env, args);
    }

    @Test
    void each_sample_prints_its_tool_calls_answered_from_saved_mocks_and_mock_tool() {
        CliRun run = compare("--mock-tool", "get_time=23:59");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Warm, and it is late.").contains("2 tool calls, 2 model calls (trace ")
                .contains("  tool get_weather {\"city\":\"Madrid\"} -> {\"tempC\": 21} (mock)")
                .contains("  tool get_time {\"zone\":\"Europe/Madrid\"} -> 23:59 (mock)")
                .contains("contains:late: 1 pass").contains("tool-called:get_time: 1 pass")
                .contains("tool-steps<=1: 0 FAIL — took 2 model calls, at most 1 allowed");
        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(0).body().path("tools").size()).isEqualTo(2);
        assertThat(CliRun.of(env, "trace", "list").out()).contains("travel.prompt.yaml").contains("2 steps, 2 tool calls");
    }

    @Test
    void json_carries_each_samples_trace() throws Exception {
        CliRun run = compare("--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sample = new ObjectMapper().readTree(run.out()).path("variants").get(0).path("samples").get(0);
        assertThat(sample.path("output").asText()).isEqualTo("Warm, and it is late.");
        JsonNode spans = sample.path("trace").path("spans");
        assertThat(spans.size()).isEqualTo(4);
        assertThat(spans.get(2).path("name").asText()).isEqualTo("get_time");
        assertThat(spans.get(2).path("output").asText()).isEqualTo("10:30");
    }

    @Test
    void an_mcp_server_serves_the_calls_when_named_with_mcp() {
        String command = McpToolServer.command().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(" "));
        assertThat(CliRun.of(env, "mcp", "add", "test-tools", "--command", command).exitCode()).isZero();

        CliRun run = compare("--mcp", "test-tools");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  tool get_weather {\"city\":\"Madrid\"} -> {\"city\":\"Madrid\",\"tempC\":19,\"sky\":\"clear\"} (mcp:test-tools)")
                .contains("  tool get_time {\"zone\":\"Europe/Madrid\"} -> 09:15 in Europe/Madrid (mcp:test-tools)");
    }

    @Test
    void the_step_limit_fails_the_sample_with_exit_1_and_bad_options_exit_2() {
        CliRun run = compare("--max-steps", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error: The model still asked for tools after 1 model call.");
        assertThat(run.err()).contains("at least one variant failed");

        CliRun zero = compare("--max-steps", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-steps must be 1 or more");
        CliRun unknown = compare("--mcp", "nowhere");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No MCP server named 'nowhere'");
    }
}
