package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.JudgeVerdict;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prompt scores} after real {@code eval} runs against a loopback server, and {@code prompt agreement} over kept verdicts and feedback. */
class PromptScoresCommandTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;
    private Path bundle;

    @BeforeEach
    void setUp() throws Exception {
        server = OpenAiWireServer.start();
        server.respondWith(body -> {
            JsonNode messages = body.path("messages");
            String last = messages.get(messages.size() - 1).path("content").asText();
            return ScriptedReply.stream(last.contains("capital of France") ? "Paris" : "It is a country in Europe.");
        });
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-scores-test-0123456789");
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

    private void suite(String prompt) throws Exception {
        Files.writeString(bundle.resolve("suites/capitals.suite.yaml"), """
                formatVersion: 2
                suite: capitals
                prompts: [%s]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                tests:
                  - description: France
                    vars: {country: France}
                    assert:
                      - type: icontains
                        value: paris
                        metric: right
                assert:
                  - type: not-icontains
                    value: sorry
                    metric: polite
                """.formatted(prompt, server.baseUrl()), StandardCharsets.UTF_8);
    }

    @Test
    void scores_show_each_versions_latest_run_with_its_pass_rate_and_metrics() throws Exception {
        suite("capital@champion");
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--no-cache").exitCode()).isZero();
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--no-cache").exitCode()).isZero();
        suite("capital/2");
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--no-cache").exitCode()).isEqualTo(1);

        CliRun scores = CliRun.of(env, "prompt", "scores", "capital", "--json");

        assertThat(scores.exitCode()).as(scores.err()).isZero();
        JsonNode versions = new ObjectMapper().readTree(scores.out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).path("runs").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("alias").asText()).isEqualTo("champion");
        assertThat(versions.get(0).path("passRate").asDouble()).isEqualTo(1.0);
        assertThat(versions.get(0).path("metrics").path("right").asDouble()).isEqualTo(1.0);
        assertThat(versions.get(1).path("version").asInt()).isEqualTo(2);
        assertThat(versions.get(1).path("passRate").asDouble()).isEqualTo(0.0);
        assertThat(versions.get(1).path("metrics").path("right").asDouble()).isEqualTo(0.0);
        assertThat(versions.get(1).path("metrics").path("polite").asDouble()).isEqualTo(1.0);

        CliRun text = CliRun.of(env, "prompt", "scores", "capital");
        assertThat(text.out()).containsPattern("VERSION +RUNS +LATEST \\(UTC\\) +PASS RATE +polite +right")
                .containsPattern("\\n1 +2 +\\S+ \\S+ +100\\.0% +1\\.00 +1\\.00")
                .containsPattern("\\n2 +1 +\\S+ \\S+ +0\\.0% +1\\.00 +0\\.00");
        assertThat(CliRun.of(env, "prompt", "scores", "nobody").out()).contains("No suite runs of 'nobody' are kept yet.");
    }

    @Test
    void agreement_gives_each_judges_matrix_and_kappa_over_the_calls_people_rated() throws Exception {
        // What the window leaves behind: calls judged by two judges, some with a person's thumb or rating.
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            Instant at = Instant.now();
            // tone: judge pass/person up x2, pass/down x1, fail/up x1, fail/down x2 -> po = 4/6, pe = 1/2, kappa = 1/3
            String[][] calls = {{"pass", "up"}, {"pass", "up"}, {"pass", "down"}, {"fail", "up"}, {"fail", "down"}, {"fail", "down"}};
            for (int i = 0; i < calls.length; i++) {
                String id = "call-" + i;
                store.runs().record(new RunRecord(id, at, "c", "Loop", ProviderKind.OPENAI_COMPATIBLE, "m", "capital", ModelSettings.DEFAULTS,
                        List.of(new RenderedMessage(Role.USER, "Capital of Peru?")), "Lima", "stop", RunStatus.OK, 5, 1, true, Duration.ofMillis(5),
                        Duration.ofMillis(10), null, "", false, null, 1));
                store.runs().judged(id, List.of(new JudgeVerdict("tone", calls[i][0].equals("pass"), Double.NaN)));
                store.runs().feedback(id, calls[i][1].equals("up") ? 1 : -1, 0);
            }
        }

        CliRun json = CliRun.of(env, "prompt", "agreement", "capital", "--json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode tone = new ObjectMapper().readTree(json.out()).path("judges").path("tone");
        assertThat(tone.path("compared").asInt()).isEqualTo(6);
        assertThat(tone.path("bothPass").asInt()).isEqualTo(2);
        assertThat(tone.path("judgePassPersonFail").asInt()).isEqualTo(1);
        assertThat(tone.path("judgeFailPersonPass").asInt()).isEqualTo(1);
        assertThat(tone.path("bothFail").asInt()).isEqualTo(2);
        assertThat(tone.path("agreed").asDouble()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(tone.path("kappa").asDouble()).isCloseTo(1.0 / 3, within(1e-9));

        CliRun text = CliRun.of(env, "prompt", "agreement");
        assertThat(text.out()).containsPattern("tone +6 +67% +0\\.33 +2 +1 +1 +2");
        assertThat(CliRun.of(env, "prompt", "agreement", "nobody").out()).contains("Nothing to compare yet for 'nobody'");
    }
}
