package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String KEY = "sk-cli-test-key-0123456789abcdef";

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("ask.txt"), "Explica {{tema}} en una frase.", StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", KEY);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void streams_the_answer_to_stdout_and_figures_to_stderr() {
        server.enqueue(Reply.stream("La ", "recuperación ", "aumenta ", "el ", "contexto."));

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "tema=RAG", "--base-url", server.baseUrl(),
                "--model", "test-model", "--temperature", "0.3", "--max-tokens", "64");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().trim()).isEqualTo("La recuperación aumenta el contexto.");
        assertThat(run.err()).contains("latency").contains("first token").contains("tokens in").contains("out 5");
        JsonNode sent = server.lastRequest().body();
        assertThat(sent.path("messages").get(0).path("content").asText()).isEqualTo("Explica RAG en una frase.");
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(64);
        assertThat(server.lastRequest().authorization()).isEqualTo("Bearer " + KEY);
    }

    @Test
    void json_mode_prints_one_object_with_answer_latency_and_usage() throws Exception {
        server.enqueue(Reply.stream("4"));

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "tema=2+2", "--base-url", server.baseUrl(), "--model", "m", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("answer").asText()).isEqualTo("4");
        assertThat(json.path("latencyMs").asLong()).isNotNegative();
        assertThat(json.path("usage").path("outputTokens").asInt()).isEqualTo(1);
        assertThat(json.path("complete").asBoolean()).isTrue();
    }

    @Test
    void a_missing_variable_exits_2_and_names_it() {
        CliRun run = CliRun.of(env, "run", prompt.toString(), "--base-url", server.baseUrl(), "--model", "m");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tema");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_missing_file_exits_2_and_names_it() {
        CliRun run = CliRun.of(env, "run", dir.resolve("nope.txt").toString(), "--provider", "dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.txt");
    }

    @Test
    void a_file_that_is_not_text_exits_2() throws Exception {
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});

        CliRun run = CliRun.of(env, "run", binary.toString(), "--provider", "dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not UTF-8");
    }

    @Test
    void a_provider_failure_exits_non_zero_with_a_clear_message_and_no_key() {
        server.enqueue(Reply.error(401, "Invalid key " + KEY));

        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "tema=x", "--base-url", server.baseUrl(), "--model", "m");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("refused the API key").doesNotContain(KEY);
    }

    @Test
    void dry_run_prints_the_request_and_calls_nothing() {
        CliRun run = CliRun.of(env, "run", prompt.toString(), "--var", "tema=MLflow", "--provider", "dry-run", "--temperature", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Explica MLflow en una frase.").contains("\"temperature\" : 0.0");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void help_lists_the_commands() {
        CliRun run = CliRun.of(env, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("run").contains("prompt");
    }
}
