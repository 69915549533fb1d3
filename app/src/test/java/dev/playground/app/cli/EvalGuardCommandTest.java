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

/**
 * Guardrails set by a suite ({@code guard:}) and by {@code eval --guard}, against a loopback OpenAI-compatible server
 * that records what it receives.
 */
class EvalGuardCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;
    private Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        server.respondWith(body -> ScriptedReply.stream("We will write back soon."));
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-eval-guard-0123456789");
        bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.createDirectories(bundle.resolve("suites"));
        Files.writeString(bundle.resolve("prompts/reply.prompt.yaml"), """
                formatVersion: 1
                name: reply
                versions:
                  - version: 1
                    author: tester
                    commitMessage: first
                    messages:
                      - role: user
                        content: "Answer the customer: {{ message }}"
                """, StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void suite(String guard) throws Exception {
        Files.writeString(bundle.resolve("suites/support.suite.yaml"), """
                formatVersion: 2
                suite: support
                prompts: [reply/1]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                %s
                tests:
                  - description: order
                    vars: {message: "I am lucia.fernandez@correo.es, where is my order?"}
                    assert:
                      - type: icontains
                        value: write back
                """.formatted(server.baseUrl(), guard), StandardCharsets.UTF_8);
    }

    @Test
    void the_suites_guard_masks_the_email_before_the_server_sees_it() throws Exception {
        suite("guard: {pii: mask}");
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--no-cache");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(server.requests()).hasSize(1);
        assertThat(server.lastRequest().body().toString()).contains("<EMAIL_1>").doesNotContain("lucia.fernandez");
    }

    @Test
    void guard_on_the_command_overrides_the_suite_blocks_the_call_and_the_row_fails_with_the_reason() throws Exception {
        suite("guard: {pii: mask}");
        Path json = dir.resolve("report.json");
        CliRun run = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--guard", "pii=block", "--output", json.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(server.requests()).isEmpty();
        assertThat(run.out().lines()).as("one error, said in the singular").contains("FAIL support: 0 of 1 passed (0.0%), 1 provider error");
        assertThat(run.out()).contains("FAIL support: 0 of 1 passed", "Provider errors (counted as failures)",
                "order · reply/1 · openai:chat:test-model: Blocked by the pii guardrail");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("results").get(0).toString()).contains("Blocked by the pii guardrail", "Nothing was sent to the model");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void a_bad_guard_in_the_suite_or_on_the_command_is_exit_2_naming_where() throws Exception {
        suite("guard: {pii: shred}");
        CliRun inFile = CliRun.of(env, "eval", bundle.toString(), "--no-cache");
        assertThat(inFile.exitCode()).isEqualTo(2);
        assertThat(inFile.err()).contains("support.suite.yaml").contains("guard").doesNotContain("Exception", "\tat ");

        suite("guard: \"pii=mask,secrets=mask\"");
        CliRun unknownRail = CliRun.of(env, "eval", bundle.toString(), "--no-cache");
        assertThat(unknownRail.exitCode()).isEqualTo(2);
        assertThat(unknownRail.err()).contains("support.suite.yaml").contains("Unknown guardrail 'secrets'");

        suite("");
        CliRun onCommand = CliRun.of(env, "eval", bundle.toString(), "--no-cache", "--guard", "pii=shred");
        assertThat(onCommand.exitCode()).isEqualTo(2);
        assertThat(onCommand.err()).contains("--guard").doesNotContain("Exception", "\tat ");
        assertThat(server.requests()).isEmpty();
    }
}
