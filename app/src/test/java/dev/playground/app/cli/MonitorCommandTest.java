package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18's must-show: runs against a loopback server, some failing with 429 and 500, then {@code monitor --json}. */
class MonitorCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Path prompt;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        prompt = Files.writeString(dir.resolve("ask.txt"), "{{question}}", StandardCharsets.UTF_8);
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "KEY", "sk-test");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun run(String question) {
        return CliRun.of(env, "run", prompt.toString(), "--var", "question=" + question, "--base-url", server.baseUrl(),
                "--model", "test-model", "--api-key-env", "KEY", "--retries", "1");
    }

    @Test
    void monitor_json_reports_exactly_the_failures_and_the_percentiles_of_the_raw_rows() throws Exception {
        int ok = 0;
        int failed = 0;
        for (int i = 0; i < 7; i++) {
            server.enqueue(ScriptedReply.stream("Answer ", "" + i));
            if (run("question " + i).exitCode() == 0) ok++;
        }
        for (int i = 0; i < 3; i++) {
            server.enqueue(ScriptedReply.rateLimited(0)).enqueue(ScriptedReply.rateLimited(0)); // both attempts refused
            if (run("limited " + i).exitCode() == 1) failed++;
        }
        for (int i = 0; i < 2; i++) {
            server.enqueue(ScriptedReply.error(500, "Internal error"));
            if (run("broken " + i).exitCode() == 1) failed++;
        }
        server.enqueue(ScriptedReply.rateLimited(0)).enqueue(ScriptedReply.stream("Late ", "answer"));
        if (run("retried").exitCode() == 0) ok++;
        assertThat(ok).isEqualTo(8);
        assertThat(failed).isEqualTo(5);

        CliRun monitor = CliRun.of(env, "monitor", "--since", "1h", "--by", "model", "--json");

        assertThat(monitor.exitCode()).as(monitor.err()).isZero();
        JsonNode figures = new ObjectMapper().readTree(monitor.out());
        assertThat(figures.path("requests").asLong()).isEqualTo(13);
        assertThat(figures.path("errors").asLong()).isEqualTo(5);
        assertThat(figures.path("errorRate").asDouble()).isEqualTo(5 / 13.0);
        assertThat(figures.path("errorsByKind").path("rateLimited").asLong()).isEqualTo(3);
        assertThat(figures.path("errorsByKind").path("serverError").asLong()).isEqualTo(2);
        assertThat(figures.path("retried").asLong()).as("calls that needed a second attempt").isEqualTo(4);
        assertThat(figures.path("extraAttempts").asLong()).isEqualTo(4);

        JsonNode rows = new ObjectMapper().readTree(CliRun.of(env, "runs", "list", "--json", "--limit", "100").out());
        assertThat(rows).hasSize(13);
        List<Double> latencies = new ArrayList<>();
        long tokensIn = 0;
        long tokensOut = 0;
        for (JsonNode row : rows) {
            latencies.add(row.path("latencyMs").asDouble());
            tokensIn += row.path("usage").path("inputTokens").asLong();
            tokensOut += row.path("usage").path("outputTokens").asLong();
        }
        assertThat(rows.findValuesAsText("errorKind")).containsOnly("rateLimited", "serverError", "null");
        latencies.sort(null);
        JsonNode latency = figures.path("latencyMs");
        assertThat(latency.path("p50").asDouble()).isEqualTo(latencies.get(6));  // ceil(0.50 * 13) = 7th
        assertThat(latency.path("p95").asDouble()).isEqualTo(latencies.get(12)); // ceil(0.95 * 13) = 13th
        assertThat(latency.path("p99").asDouble()).isEqualTo(latencies.get(12));
        assertThat(figures.path("tokensIn").asLong()).isEqualTo(tokensIn);
        assertThat(figures.path("tokensOut").asLong()).isEqualTo(tokensOut);
        assertThat(figures.has("cost")).isTrue();
        JsonNode group = figures.path("groups").get(0);
        assertThat(group.path("key").asText()).isEqualTo("test-model");
        assertThat(group.path("requests").asLong()).isEqualTo(13);
        assertThat(group.path("latencyMs").path("p50").asDouble()).isEqualTo(latencies.get(6));

        CliRun text = CliRun.of(env, "monitor", "--since", "1h");
        assertThat(text.out()).contains("Requests      13").contains("Errors        5 (38.5%): rate limited 3, server error 2");
    }

    @Test
    void a_passed_alert_limit_shows_in_monitor_and_after_the_next_run() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(ScriptedReply.stream("fine"));
            assertThat(run("q" + i).exitCode()).isZero();
        }
        server.enqueue(ScriptedReply.error(500, "Internal error"));
        assertThat(run("broken").exitCode()).isEqualTo(1);

        CliRun set = CliRun.of(env, "monitor", "alerts", "--error-rate", "10%", "--daily-cost", "100");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Alert limits: error rate above 10.0%, today's cost above $100.00.")
                .contains("Alert: 20.0% of the calls in the last 24 hours failed, above your limit of 10.0%.");
        assertThat(CliRun.of(env, "monitor", "--since", "1h").out()).contains("Alert: 20.0% of the calls");
        JsonNode json = new ObjectMapper().readTree(CliRun.of(env, "monitor", "--json").out());
        assertThat(json.path("alerts").get(0).path("kind").asText()).isEqualTo("errorRate");
        assertThat(json.path("alerts").get(0).path("value").asDouble()).isEqualTo(0.2);

        server.enqueue(ScriptedReply.stream("fine"));
        CliRun next = run("again");
        assertThat(next.exitCode()).isZero();
        assertThat(next.err()).contains("Alert: 16.7% of the calls in the last 24 hours failed");

        assertThat(CliRun.of(env, "monitor", "alerts", "--error-rate", "150%").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of(env, "monitor", "alerts", "--off").out()).contains("No alert limits are set.");
        assertThat(CliRun.of(env, "monitor", "--by", "colour").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of(env, "monitor", "--since", "last tuesday").err()).contains("--since takes a date like 2026-03-01");
    }

    @Test
    void drift_says_the_topics_moved_when_the_questions_change_subject() throws Exception {
        List<String> cooking = List.of("How long should I boil an egg?", "What temperature do I roast a chicken at?",
                "How do I make bread rise faster?", "Which oil is best for frying potatoes?", "How much salt goes into pasta water?",
                "Can I freeze homemade tomato sauce?", "How do I stop rice from sticking to the pot?", "What spices go well in a lentil soup?",
                "How do I caramelise onions properly?", "Why did my cake sink in the middle?", "How do I season a cast iron pan?",
                "What is the best way to cook salmon fillets?");
        List<String> space = List.of("How far away is the Andromeda galaxy?", "Why does Mars look red?", "What is a neutron star made of?",
                "How do black holes form?", "How long does light from the Sun take to reach Earth?", "What are Saturn's rings made of?",
                "Why does the Moon show phases?", "What is dark matter?", "How hot is the surface of Venus?",
                "How many moons does Jupiter have?", "What is a light year?", "How are new stars born in nebulae?");
        Instant start = Instant.now();
        for (String question : cooking) {
            server.enqueue(ScriptedReply.stream("A ", "cooking ", "answer."));
            assertThat(run(question).exitCode()).isZero();
        }
        Thread.sleep(5); // the boundary lies strictly after the last cooking call
        Instant boundary = Instant.now();
        Thread.sleep(5);
        for (String question : space) {
            server.enqueue(ScriptedReply.stream("An ", "astronomy ", "answer."));
            assertThat(run(question).exitCode()).isZero();
        }
        // The window after the boundary is at least as long as the cooking calls took, so the window before holds them all.
        Duration length = Duration.between(start, boundary).plusSeconds(1);
        Instant end = Instant.now().isAfter(boundary.plus(length)) ? Instant.now().plusSeconds(1) : boundary.plus(length);

        CliRun monitor = CliRun.of(env, "monitor", "--since", boundary.toString(), "--until", end.toString(), "--drift", "--json");

        assertThat(monitor.exitCode()).as(monitor.err()).isZero();
        JsonNode drift = new ObjectMapper().readTree(monitor.out()).path("drift");
        assertThat(drift.path("callsBefore").asLong()).isEqualTo(12);
        assertThat(drift.path("callsAfter").asLong()).isEqualTo(12);
        assertThat(check(drift, "topics").path("verdict").asText()).isEqualTo("drifted");
        assertThat(check(drift, "topics").path("threshold").asDouble()).isEqualTo(0.15);
        assertThat(check(drift, "errorRate").path("verdict").asText()).isEqualTo("stable");
        assertThat(drift.path("drifted").asBoolean()).isTrue();

        CliRun text = CliRun.of(env, "monitor", "--since", boundary.toString(), "--until", end.toString(), "--drift");
        assertThat(text.out()).containsPattern("Input topics +DRIFTED: distance between the inputs' mean embeddings 0\\.\\d{3} \\(threshold 0\\.15\\)");
    }

    @Test
    void drift_of_a_version_compares_its_calls_with_the_version_before_it() throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.txt"), "Answer briefly: {{question}}", StandardCharsets.UTF_8);
        Path v2 = Files.writeString(dir.resolve("v2.txt"), "Answer briefly and kindly: {{question}}", StandardCharsets.UTF_8);
        assertThat(CliRun.of(env, "prompt", "save", v1.toString(), "--name", "helper", "-m", "one").exitCode()).isZero();
        assertThat(CliRun.of(env, "prompt", "save", v2.toString(), "--name", "helper", "-m", "two").exitCode()).isZero();
        for (int i = 0; i < 10; i++) {
            server.enqueue(ScriptedReply.stream("Short."));
            assertThat(runSaved("helper/1", "question " + i).exitCode()).isZero();
        }
        for (int i = 0; i < 10; i++) {
            server.enqueue(i < 3 ? ScriptedReply.error(500, "Internal error") : ScriptedReply.stream("A much longer answer than before, with detail."));
            runSaved("helper@latest", "question " + i);
        }

        CliRun monitor = CliRun.of(env, "monitor", "--since", "1h", "--drift", "helper/2", "--json");

        assertThat(monitor.exitCode()).as(monitor.err()).isZero();
        JsonNode drift = new ObjectMapper().readTree(monitor.out()).path("drift");
        assertThat(drift.path("before").asText()).isEqualTo("helper/1");
        assertThat(drift.path("after").asText()).isEqualTo("helper/2");
        assertThat(drift.path("callsBefore").asLong()).isEqualTo(10);
        assertThat(drift.path("callsAfter").asLong()).isEqualTo(10);
        assertThat(check(drift, "errorRate").path("after").asDouble()).isEqualTo(0.3);
        assertThat(check(drift, "errorRate").path("verdict").asText()).isEqualTo("drifted");
        assertThat(check(drift, "outputLength").path("verdict").asText()).isEqualTo("drifted");

        CliRun latest = CliRun.of(env, "monitor", "--since", "1h", "--drift", "helper");
        assertThat(latest.out()).contains("Drift: helper/2 (10 calls").contains("against helper/1 (10 calls");
        CliRun first = CliRun.of(env, "monitor", "--since", "1h", "--drift", "helper/1");
        assertThat(first.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(first.err()).contains("no earlier version to compare with");
        assertThat(CliRun.of(env, "monitor", "--drift", "nobody/2", "--json").exitCode()).as("a version need not be in the store").isZero();
        assertThat(CliRun.of(env, "monitor", "--drift", "nobody").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private CliRun runSaved(String ref, String question) {
        return CliRun.of(env, "run", ref, "--var", "question=" + question, "--base-url", server.baseUrl(),
                "--model", "test-model", "--api-key-env", "KEY", "--retries", "0");
    }

    private static JsonNode check(JsonNode drift, String measure) {
        for (JsonNode check : drift.path("checks")) if (check.path("measure").asText().equals(measure)) return check;
        throw new AssertionError("no check " + measure + " in " + drift);
    }
}
