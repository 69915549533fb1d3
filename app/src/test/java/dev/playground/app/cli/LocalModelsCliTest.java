package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.local.testkit.TinyChatModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playground models ...} and {@code run --connection local-...} on a generated GGUF through the real llama.cpp. */
class LocalModelsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private Map<String, String> env;
    private Path model;

    @BeforeEach
    void setUp() {
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
        model = TinyChatModel.write(dir.resolve("disk/tiny-chat.gguf"));
    }

    private CliRun cli(String... args) {
        return CliRun.of(env, args);
    }

    @Test
    void a_model_added_from_disk_runs_a_prompt_and_is_listed_and_removed() throws Exception {
        CliRun add = cli("models", "add", model.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("'local-tiny-chat'");

        JsonNode listed = JSON.readTree(cli("models", "list", "--json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("connection").asText()).isEqualTo("local-tiny-chat");
        assertThat(listed.get(0).path("architecture").asText()).isEqualTo("llama");
        assertThat(listed.get(0).path("problem").isNull()).isTrue();

        Path prompt = Files.writeString(dir.resolve("hello.prompt.yaml"), """
                model:
                  name: gpt-4o-mini
                  temperature: 0
                  maxTokens: 6
                messages:
                  - role: user
                    content: "Say hello to {{who}}."
                """, StandardCharsets.UTF_8);
        CliRun run = cli("run", prompt.toString(), "--connection", "local-tiny-chat", "--var", "who=the world", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.path("answer").asText()).isNotBlank();
        assertThat(result.path("finishReason").asText()).isEqualTo("length");
        assertThat(result.path("usage").path("reported").asBoolean()).isTrue();
        assertThat(result.path("costUsd").asDouble()).isZero();
        assertThat(result.has("tokensPerSecond")).isTrue();

        CliRun remove = cli("models", "remove", "tiny-chat");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("left where it is");
        assertThat(model).exists();
        assertThat(cli("models", "list").out()).contains("No local models");
    }

    @Test
    void a_file_that_is_not_a_model_is_refused_with_its_name() throws Exception {
        Path fake = Files.writeString(dir.resolve("notes.gguf"), "these are notes, not weights");

        CliRun add = cli("models", "add", fake.toString());
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).contains(fake.toString()).contains("not a GGUF model");

        CliRun connection = cli("connections", "add", "mine", "--provider", "local", "--model", fake.toString());
        assertThat(connection.exitCode()).isEqualTo(2);
        assertThat(connection.err()).contains(fake.toString());
    }

    @Test
    void connections_add_with_provider_local_saves_a_runnable_connection() throws Exception {
        CliRun add = cli("connections", "add", "mine", "--provider", "local", "--model", model.toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        Path prompt = Files.writeString(dir.resolve("p.prompt.yaml"), """
                model:
                  maxTokens: 4
                messages:
                  - role: user
                    content: "Hi."
                """, StandardCharsets.UTF_8);

        CliRun run = cli("run", prompt.toString(), "--connection", "mine", "--seed", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isNotBlank();
        assertThat(run.err()).contains("tokens in");
    }
}
