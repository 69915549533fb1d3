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

class CompareCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("capital.txt"), "¿Cuál es la capital de {{ país }}? Responde con una palabra.", StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-compare-test-0123456789");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun compare(String... extra) {
        String[] base = {"compare", prompt.toString(), "--var", "país=Francia", "--base-url", server.baseUrl(),
                "--variant", "model=small,temperature=0", "--variant", "model=large,temperature=0.9,max_tokens=20",
                "--expected", "París", "--metric", "exact", "--metric", "rouge-l", "--metric", "contains:Par", "--judge", "correctness",
                "--judge-model", "judge", "--price", "1/2"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(env, args);
    }

    @Test
    void embedding_metric_scores_with_the_in_process_model() throws Exception {
        server.enqueueFor("small", Reply.stream("París"));
        server.enqueueFor("large", Reply.stream("La capital de Francia es París."));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correcto.\"}"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correcto.\"}"));

        CliRun run = compare("--metric", "embedding", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode variants = new ObjectMapper().readTree(run.out()).path("variants");
        // the same text as the expected answer embeds to the same vector: cosine 1
        assertThat(scores(variants.get(0).path("samples").get(0)).get("similarity")).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
        double longer = scores(variants.get(1).path("samples").get(0)).get("similarity");
        assertThat(longer).isGreaterThan(0.2).isLessThan(0.99);
    }

    @Test
    void json_output_has_every_variant_with_latency_tokens_cost_and_scores() throws Exception {
        server.enqueueFor("small", Reply.stream("París"));
        server.enqueueFor("large", Reply.stream("La capital ", "es París."));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correcto.\"}"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reasoning\": \"Correcto.\"}"));

        CliRun run = compare("--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode small = root.path("variants").get(0);
        JsonNode large = root.path("variants").get(1);
        assertThat(small.path("model").asText()).isEqualTo("small");
        assertThat(large.path("maxTokens").asInt()).isEqualTo(20);
        JsonNode smallSample = small.path("samples").get(0);
        assertThat(smallSample.path("output").asText()).isEqualTo("París");
        assertThat(smallSample.path("latencyMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(smallSample.path("outputTokens").asInt()).isEqualTo(1);
        // --price 1/2: (input · 1 + output · 2) / 1e6 USD
        double expectedCost = (smallSample.path("inputTokens").asInt() * 1.0 + 1 * 2.0) / 1_000_000;
        assertThat(smallSample.path("costUsd").asDouble()).isEqualTo(expectedCost);
        assertThat(scores(smallSample)).containsEntry("exact", 1.0).containsEntry("rouge-l", 1.0).containsEntry("contains:Par", 1.0)
                .containsEntry("judge:correctness", 5.0);
        // large: "La capital es París." vs "París": rouge-score tokens la capital es par s / par s -> LCS 2, P = 2/5, R = 2/2, F = 4/7
        JsonNode largeSample = large.path("samples").get(0);
        assertThat(scores(largeSample)).containsEntry("exact", 0.0).containsEntry("contains:Par", 1.0);
        assertThat(scores(largeSample).get("rouge-l")).isCloseTo(4.0 / 7, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(server.requests()).hasSize(4);
        assertThat(server.requests().stream().filter(r -> r.model().equals("large")).findFirst().orElseThrow().body().path("temperature").asDouble())
                .isEqualTo(0.9);
    }

    @Test
    void text_output_prints_each_variant_and_a_failing_one_does_not_stop_the_other() {
        server.enqueueFor("small", Reply.stream("París"));
        server.enqueueFor("large", Reply.error(404, "The model 'large' does not exist"));
        server.enqueueFor("judge", Reply.stream("not json at all"));

        CliRun run = compare();

        assertThat(run.exitCode()).isEqualTo(PlaygroundCommand.CALL_FAILED);
        assertThat(run.out()).contains("=== 1. small (temperature 0.0)").contains("París").contains("latency").contains("cost $")
                .contains("exact: 1 pass").contains("judge:correctness: error: The judge did not answer with a JSON object. (judge said: not json at all)");
        assertThat(run.out()).contains("=== 2. large (temperature 0.9, max_tokens 20)").contains("error: ");
        assertThat(run.err()).contains("at least one variant failed");
    }

    @Test
    void bad_input_is_explained() {
        CliRun unknownMetric = CliRun.of(env, "compare", prompt.toString(), "--var", "país=Francia", "--base-url", server.baseUrl(),
                "--variant", "model=a", "--metric", "rouge-9");
        assertThat(unknownMetric.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(unknownMetric.err()).contains("Unknown metric 'rouge-9'");

        CliRun badVariant = CliRun.of(env, "compare", prompt.toString(), "--var", "país=Francia", "--base-url", server.baseUrl(),
                "--variant", "temperature=hot");
        assertThat(badVariant.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(badVariant.err()).contains("temperature must be a number");

        CliRun missingVar = CliRun.of(env, "compare", prompt.toString(), "--base-url", server.baseUrl(), "--variant", "model=a");
        assertThat(missingVar.err()).contains("--var");
        assertThat(server.requests()).isEmpty();
    }

    private static Map<String, Double> scores(JsonNode sample) {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        sample.path("scores").forEach(s -> scores.put(s.path("name").asText(), s.path("value").asDouble()));
        return scores;
    }

    @Test
    void timeout_ends_a_slow_variant_per_call_and_the_others_still_answer() {
        server.enqueueFor("small", Reply.stream("París"));
        server.enqueueFor("large", dev.playground.testkit.ScriptedReply.streamWithDelays(30_000, 0, "too late"));
        server.enqueueFor("judge", Reply.stream("{\"score\": 5, \"reason\": \"ok\"}"));

        long start = System.nanoTime();
        CliRun run = compare("--timeout", "3");

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
        assertThat(run.exitCode()).isEqualTo(PlaygroundCommand.CALL_FAILED);
        assertThat(run.out()).contains("París").containsPattern("within 3 s");
        assertThat(CliRun.of(env, "compare", prompt.toString(), "--var", "país=Francia", "--base-url", server.baseUrl(),
                "--variant", "model=small", "--timeout", "0").exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
    }
}
