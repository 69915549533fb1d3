package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playground eval} against a loopback server speaking OpenAI's wire format, which answers by what it is asked. */
class EvalCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;
    private Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        server.respondWith(EvalCommandTest::answer);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-eval-test-0123456789");
        bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.createDirectories(bundle.resolve("suites"));
        Files.writeString(bundle.resolve("prompts/capital.prompt.yaml"), """
                formatVersion: 1
                name: capital
                aliases:
                  champion: 1
                versions:
                  - version: 1
                    author: tester
                    commitMessage: one word
                    messages:
                      - role: user
                        content: What is the capital of {{ country }}? Answer in one word.
                  - version: 2
                    author: tester
                    commitMessage: chattier
                    messages:
                      - role: user
                        content: Tell me about {{ country }}.
                """, StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** "capital of France" is answered "Paris", "capital of Spain" "Madrid"; anything else with a sentence about Europe. */
    private static ScriptedReply answer(JsonNode body) {
        JsonNode messages = body.path("messages");
        String last = messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("content").asText();
        if (last.contains("capital of France")) return ScriptedReply.stream("Paris");
        if (last.contains("capital of Spain")) return ScriptedReply.stream("Madrid");
        return ScriptedReply.stream("It is a country ", "in Europe.");
    }

    private Path suite(String prompt) throws Exception {
        return Files.writeString(bundle.resolve("suites/capitals.suite.yaml"), """
                formatVersion: 2
                suite: capitals
                prompts: [%s]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                      temperature: 0
                tests:
                  - description: France
                    vars: {country: France}
                    assert:
                      - type: icontains
                        value: paris
                  - description: Spain
                    vars: {country: Spain}
                    assert:
                      - type: equals
                        value: Madrid
                assert:
                  - type: not-icontains
                    value: sorry
                    metric: polite
                """.formatted(prompt, server.baseUrl()), StandardCharsets.UTF_8);
    }

    @Test
    void a_passing_suite_in_a_bundle_exits_0_and_a_breaking_change_exits_1_with_junit_and_markdown() throws Exception {
        suite("capital@champion");
        CliRun passing = CliRun.of(env, "eval", bundle.toString(), "--no-cache");
        assertThat(passing.exitCode()).as(passing.err()).isZero();
        assertThat(passing.out()).contains("PASS capitals: 2 of 2 passed (100.0%)").contains("metric polite: 1.000");

        suite("capital/2");
        Path xml = dir.resolve("out/junit.xml");
        Path md = dir.resolve("out/summary.md");
        Path json = dir.resolve("out/report.json");
        CliRun failing = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--output", xml.toString(), "--output", md.toString(),
                "--output", json.toString());
        assertThat(failing.exitCode()).as(failing.err()).isEqualTo(1);
        assertThat(failing.out()).contains("FAIL capitals: 0 of 2 passed").contains("failed: France");
        String junit = Files.readString(xml);
        assertThat(junit).contains("<testsuites name=\"capitals\" tests=\"2\" failures=\"2\" errors=\"0\"")
                .contains("name=\"France\"").contains("<failure message=").contains("It is a country in Europe.");
        assertThat(Files.readString(md)).contains("Suite `capitals`: failed").contains("**0 of 2 passed (0.0%)**").contains("Failing rows (2)");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("passed").asBoolean()).isFalse();
        assertThat(report.path("results").get(0).path("output").asText()).isEqualTo("It is a country in Europe.");
        assertThat(report.path("results").get(0).path("assertions").get(1).path("passed").asBoolean()).isFalse();
    }

    @Test
    void a_baseline_reports_the_rows_that_newly_fail() throws Exception {
        suite("capital/2");
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--baseline", "capital@champion", "--output", dir.resolve("pr.md").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Against capital@champion (100.0% passed): 2 newly failing, 0 newly passing")
                .contains("newly failing: France");
        assertThat(Files.readString(dir.resolve("pr.md"))).contains("2 newly failing:").contains("🔻 France");
    }

    @Test
    void a_cached_rerun_in_a_new_process_makes_no_call_and_fail_under_gates_on_the_rate() throws Exception {
        suite("capital@champion");
        CliRun first = CliRun.of(env, "eval", bundle.resolve("suites/capitals.suite.yaml").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        int calls = server.requests().size();
        assertThat(calls).isEqualTo(2);

        CliRun again = CliRun.of(env, "eval", bundle.toString(), "--output", dir.resolve("again.json").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(server.requests()).hasSize(calls);
        assertThat(new ObjectMapper().readTree(dir.resolve("again.json").toFile()).path("results").get(0).path("cached").asBoolean()).isTrue();

        CliRun uncached = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--fail-under", "50%");
        assertThat(uncached.exitCode()).as(uncached.err()).isZero();
        assertThat(server.requests()).hasSize(calls + 2);
    }

    @Test
    void a_promptfoo_config_with_csv_tests_runs_unchanged_and_code_assertions_are_reported_not_run() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pf"));
        Files.writeString(folder.resolve("tests.csv"), "country,__expected\nFrance,icontains: paris\nSpain,Madrid\n", StandardCharsets.UTF_8);
        Path config = Files.writeString(folder.resolve("capitals-evals.yaml"), """
                description: capitals
                prompts:
                  - "What is the capital of {{country}}? Answer in one word."
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                defaultTest:
                  assert:
                    - type: javascript
                      value: output.length < 100
                tests: file://tests.csv
                """.formatted(server.baseUrl()), StandardCharsets.UTF_8);
        CliRun run = CliRun.of(env, "eval", config.toString(), "--no-cache", "--output", dir.resolve("pf.xml").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 of 2 passed").contains("2 assertions were not run");
        assertThat(Files.readString(dir.resolve("pf.xml"))).contains("not run: javascript");
    }

    @Test
    void an_unknown_assertion_type_is_a_bad_suite_with_its_file_and_line() throws Exception {
        Path file = suite("capital@champion");
        Files.writeString(file, Files.readString(file).replace("type: icontains", "type: icontain"));
        CliRun run = CliRun.of(env, "eval", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("capitals.suite.yaml line 13").contains("'icontain'").contains("neither promptfoo nor Prompt Playground knows");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void bad_options_exit_2() {
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--fail-under", "1.5").exitCode()).isEqualTo(2);
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--output", "report.pdf").err()).contains(".json, .xml (JUnit), .md");
        assertThat(CliRun.of(env, "eval", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(2);
    }
}
