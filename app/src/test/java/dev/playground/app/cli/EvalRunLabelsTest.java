package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suite runs are filed in the run log under the prompt, the version that ran and the alias it was reached through, so
 * the Monitor groups them by version and alias: for a bundle's own prompts and for versions saved in the store.
 */
class EvalRunLabelsTest {
    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        server = OpenAiWireServer.start();
        server.respondWith(body -> ScriptedReply.stream("Paris"));
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-labels-test-0123456789");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private Path suite(Path folder, String prompt) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("capitals.suite.yaml"), """
                formatVersion: 2
                suite: capitals
                prompts: [%s]
                providers:
                  - id: openai:chat:test-model
                    config:
                      apiBaseUrl: %s
                tests:
                  - vars: {country: France}
                    assert:
                      - type: icontains
                        value: paris
                  - vars: {country: Peru}
                """.formatted(prompt, server.baseUrl()), StandardCharsets.UTF_8);
    }

    /** {@code monitor --by BY --json}: requests per group key. */
    private Map<String, Long> requestsBy(String by) throws Exception {
        CliRun monitor = CliRun.of(env, "monitor", "--since", "1h", "--by", by, "--json");
        assertThat(monitor.exitCode()).as(monitor.err()).isZero();
        Map<String, Long> groups = new LinkedHashMap<>();
        for (JsonNode group : new ObjectMapper().readTree(monitor.out()).path("groups")) groups.put(group.path("key").asText(), group.path("requests").asLong());
        return groups;
    }

    @Test
    void a_bundles_prompts_are_filed_with_their_version_and_alias() throws Exception {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.writeString(bundle.resolve("prompts/capital.prompt.yaml"), """
                formatVersion: 2
                name: capital
                aliases:
                  champion: 1
                versions:
                  - version: 1
                    messages:
                      - role: user
                        content: What is the capital of {{ country }}?
                  - version: 2
                    messages:
                      - role: user
                        content: Name the capital of {{ country }}.
                """, StandardCharsets.UTF_8);
        suite(bundle.resolve("suites"), "capital@champion");
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--no-cache").exitCode()).isIn(0, 1);
        suite(bundle.resolve("suites"), "capital/2");
        assertThat(CliRun.of(env, "eval", bundle.toString(), "--no-cache").exitCode()).isIn(0, 1);

        assertThat(requestsBy("version")).containsEntry("capital/1", 2L).containsEntry("capital/2", 2L);
        assertThat(requestsBy("alias")).containsEntry("capital@champion", 2L).doesNotContainKey("capital@");
        assertThat(requestsBy("prompt")).containsEntry("capital", 4L);
    }

    @Test
    void versions_saved_in_the_store_are_filed_with_their_number_and_alias_and_so_is_a_baseline() throws Exception {
        Path prompt = Files.writeString(dir.resolve("tutor.txt"), "What is the capital of {{country}}?", StandardCharsets.UTF_8);
        assertThat(CliRun.of(env, "prompt", "save", prompt.toString(), "--name", "tutor", "-m", "first").exitCode()).isZero();
        Files.writeString(prompt, "Capital of {{country}}, in one word?", StandardCharsets.UTF_8);
        assertThat(CliRun.of(env, "prompt", "save", prompt.toString(), "--name", "tutor", "-m", "second").exitCode()).isZero();
        assertThat(CliRun.of(env, "prompt", "alias", "tutor", "champion", "1").exitCode()).isZero();
        Path file = suite(dir.resolve("ci"), "tutor");

        CliRun run = CliRun.of(env, "eval", file.toString(), "--no-cache", "--baseline", "tutor@champion");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(requestsBy("version")).containsEntry("tutor/2", 2L).containsEntry("tutor/1", 2L);
        assertThat(requestsBy("alias")).containsEntry("tutor@champion", 2L);
    }
}
