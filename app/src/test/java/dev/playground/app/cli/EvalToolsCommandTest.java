package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.testkit.ScriptedReply.Call;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} of a suite whose prompt version has tools: tool assertions judge the cells, which show their tool calls. */
class EvalToolsCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;
    private Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        // First turn: both tools at once; once the answers are back (a "tool" message), the text answer.
        server.respondWith(body -> body.path("messages").toString().contains("\"role\":\"tool\"")
                ? ScriptedReply.stream("Sunny at 10:30.")
                : ScriptedReply.toolCalls(new Call("call_1", "get_weather", "{\"city\":\"Madrid\"}"), new Call("call_2", "get_time", "{\"zone\":\"Europe/Madrid\"}")));
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-eval-tools-0123456789");
        bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.createDirectories(bundle.resolve("suites"));
        Files.writeString(bundle.resolve("prompts/travel.prompt.yaml"), """
                formatVersion: 1
                name: travel
                versions:
                  - version: 1
                    author: tester
                    commitMessage: first
                    messages:
                      - role: user
                        content: "Weather and time in {{ city }}?"
                    tools:
                      - name: get_weather
                        description: Current weather in a city
                        parameters: {type: object, properties: {city: {type: string}}, required: [city]}
                        mocks: ['{"tempC": 21}']
                      - name: get_time
                        description: Local time in a time zone
                        parameters: {type: object, properties: {zone: {type: string}}, required: [zone]}
                        mocks: ["10:30"]
                """, StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("suites/travel.suite.yaml"), """
                formatVersion: 2
                suite: travel
                prompts: [travel/1]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                tests:
                  - description: madrid
                    vars: {city: Madrid}
                    assert:
                      - type: tool-called
                        value: get_weather
                      - type: tool-args
                        value: {tool: get_time, equals: {zone: Europe/Madrid}}
                      - type: tool-steps
                        value: 2
                      - type: tool-called
                        value: get_stock
                """.formatted(server.baseUrl()), StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void a_failing_tool_assertion_is_explained_and_the_cell_shows_its_tool_calls() {
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String said = run.out() + run.err();
        assertThat(said).contains("tool-called: called get_weather, get_time; expected get_stock")
                .contains("    tool get_weather {\"city\":\"Madrid\"} -> {\"tempC\": 21} (mock)")
                .contains("    tool get_time {\"zone\":\"Europe/Madrid\"} -> 10:30 (mock)");
        assertThat(said).as("passed assertions are not listed").doesNotContain("    tool-args:").doesNotContain("    tool-steps:");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void the_json_report_gives_each_cell_its_trace_and_every_tool_assertion() throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--output", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode cell = new ObjectMapper().readTree(Files.readString(report)).path("results").get(0);
        assertThat(cell.path("trace").path("steps").asInt()).isEqualTo(2);
        assertThat(cell.path("trace").path("spans").get(1).path("name").asText()).isEqualTo("get_weather");
        assertThat(cell.path("assertions").toString()).contains("tool-called", "tool-args", "tool-steps");
    }

    @Test
    void eval_takes_run_s_tool_options() {
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--mock-tool", "get_time=23:59");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out() + run.err()).contains("    tool get_time {\"zone\":\"Europe/Madrid\"} -> 23:59 (mock)");
        CliRun zero = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--max-steps", "0");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("--max-steps must be 1 or more");
    }
}
