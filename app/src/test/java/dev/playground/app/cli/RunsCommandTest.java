package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.AnthropicWireServer;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's "must show": through a 429, parameters sent, the run in the log, the key nowhere on disk. */
class RunsCommandTest {
    private static final String KEY = "sk-must-show-secret-9f8e7d6c5b4a3210";

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path dataDir;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        dataDir = dir.resolve("data");
        prompt = Files.writeString(dir.resolve("greeting.txt"), "Saluda a {{name}}.", StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dataDir.toString(), "MY_SERVER_KEY", KEY);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void run_succeeds_through_a_429_with_retry_after_and_the_run_is_listed_without_the_key_on_disk() throws Exception {
        server.enqueue(ScriptedReply.rateLimited(1)).enqueue(ScriptedReply.stream("Hola, ", "Ana."));
        long start = System.nanoTime();

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "name=Ana", "--base-url", server.baseUrl(), "--model", "test-model",
                "--api-key-env", "MY_SERVER_KEY", "--temperature", "0.35", "--max-tokens", "42");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().trim()).isEqualTo("Hola, Ana.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.requests()).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.35);
            assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(42);
            assertThat(sent.authorization()).isEqualTo("Bearer " + KEY);
        });

        CliRun listed = CliRun.of(env, "runs", "list", "--json", "--limit", "5");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode runs = new ObjectMapper().readTree(listed.out());
        assertThat(runs).hasSize(1);
        JsonNode logged = runs.get(0);
        assertThat(logged.path("status").asText()).isEqualTo("ok");
        assertThat(logged.path("prompt").asText()).isEqualTo("greeting");
        assertThat(logged.path("model").asText()).isEqualTo("test-model");
        assertThat(logged.path("output").asText()).isEqualTo("Hola, Ana.");
        assertThat(logged.path("attempts").asInt()).isEqualTo(2);
        // The latency is the answering attempt's (docs/decisions/0023): the second wait of Retry-After is not the model's.
        assertThat(logged.path("latencyMs").asDouble()).isPositive().isLessThan(950);
        assertThat(logged.path("timeToFirstTokenMs").asDouble()).isPositive();
        assertThat(logged.path("usage").path("outputTokens").asInt()).isEqualTo(2);
        assertThat(logged.path("usage").path("inputTokens").asInt()).isPositive();
        assertThat(logged.path("usage").path("source").asText()).isEqualTo("reported");
        assertThat(logged.path("parameters").path("temperature").asDouble()).isEqualTo(0.35);
        assertThat(logged.path("parameters").path("maxTokens").asInt()).isEqualTo(42);
        assertThat(logged.path("messages").get(0).path("content").asText()).isEqualTo("Saluda a Ana.");

        assertThat(dataDir).isDirectory();
        try (var files = Files.walk(dataDir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path file : all) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(KEY);
            }
        }
    }

    @Test
    void failed_calls_are_listed_with_their_status_and_can_be_filtered_and_exported() throws Exception {
        server.enqueue(ScriptedReply.error(401, "bad key " + KEY));
        CliRun failed = CliRun.of(env, "run", prompt.toString(), "--var", "name=Ana", "--base-url", server.baseUrl(), "--model", "test-model",
                "--api-key-env", "MY_SERVER_KEY");
        CliRun ok = CliRun.of(env, "run", prompt.toString(), "--var", "name=Bo", "--base-url", server.baseUrl(), "--model", "other-model",
                "--api-key-env", "MY_SERVER_KEY");

        assertThat(failed.exitCode()).isEqualTo(PlaygroundCommand.CALL_FAILED);
        assertThat(failed.err()).contains("refused the API key").doesNotContain(KEY);
        assertThat(ok.exitCode()).as(ok.err()).isZero();

        CliRun table = CliRun.of(env, "runs", "list");
        assertThat(table.out()).contains("STATUS", "error", "ok", "test-model", "other-model", "greeting");
        CliRun errorsOnly = CliRun.of(env, "runs", "list", "--json", "--status", "error");
        JsonNode errors = new ObjectMapper().readTree(errorsOnly.out());
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("error").asText()).contains("refused the API key").doesNotContain(KEY);

        Path csv = dir.resolve("runs.csv");
        CliRun export = CliRun.of(env, "runs", "export", "--format", "csv", "--model", "other", "-o", csv.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2);
        assertThat(Files.readString(csv)).contains("other-model").doesNotContain("test-model");
    }

    @Test
    void run_reaches_anthropic_with_its_default_key_variable_and_honours_retries_zero() throws Exception {
        try (AnthropicWireServer anthropic = AnthropicWireServer.start()) {
            anthropic.enqueue(ScriptedReply.stream("Hi ", "Ana")).enqueue(ScriptedReply.rateLimited(0));
            Map<String, String> anthropicEnv = Map.of("PLAYGROUND_HOME", dataDir.toString(), "ANTHROPIC_API_KEY", KEY);

            CliRun ok = CliRun.of(anthropicEnv, "run", prompt.toString(), "--var", "name=Ana", "--provider", "anthropic",
                    "--base-url", anthropic.baseUrl(), "--model", "claude-haiku-4-5", "--top-k", "5", "--stop", "###", "--json");
            CliRun limited = CliRun.of(anthropicEnv, "run", prompt.toString(), "--var", "name=Ana", "--provider", "anthropic",
                    "--base-url", anthropic.baseUrl(), "--model", "claude-haiku-4-5", "--retries", "0");

            assertThat(ok.exitCode()).as(ok.err()).isZero();
            assertThat(new ObjectMapper().readTree(ok.out()).path("answer").asText()).isEqualTo("Hi Ana");
            JsonNode sent = anthropic.requests().get(0).body();
            assertThat(sent.path("top_k").asInt()).isEqualTo(5);
            assertThat(sent.path("stop_sequences").get(0).asText()).isEqualTo("###");
            assertThat(anthropic.requests().get(0).header("x-api-key")).isEqualTo(KEY);
            assertThat(limited.exitCode()).isEqualTo(PlaygroundCommand.CALL_FAILED);
            assertThat(limited.err()).contains("rate limiting");
            assertThat(anthropic.requests()).hasSize(2);
        }
    }

    @Test
    void bad_filters_exit_2_with_a_clear_message() {
        assertThat(CliRun.of(env, "runs", "list", "--status", "fine").err()).contains("--status takes ok, incomplete, error or cancelled");
        assertThat(CliRun.of(env, "runs", "list", "--since", "yesterday").exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(CliRun.of(env, "runs", "export", "--format", "xml").err()).contains("csv or jsonl");
    }
}
