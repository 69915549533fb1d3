package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.secrets.SecretStores;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line does what Settings and the Playground do: a connection saved with a key from
 * standard input, then prompt files, saved versions and collections run through it.
 */
class ConnectionsAndSavedRunsTest {
    private static final String KEY = "sk-loopback-secret-4f9a2c7e1b3d5a60";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private OpenAiWireServer server;
    private Map<String, String> env;

    @BeforeAll
    static void keysInTheEncryptedFile() {
        // No keychain in tests: keys go to the encrypted file in the data folder, as on a headless machine.
        System.setProperty(SecretStores.BACKEND_PROPERTY, "file");
    }

    @BeforeEach
    void setUp() {
        server = OpenAiWireServer.start().requireApiKey(KEY).listing("house-model", "other-model");
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private CliRun cli(String... args) {
        return CliRun.of(env, args);
    }

    private void addLoopback() {
        CliRun add = CliRun.withInput(KEY + "\n", env, "connections", "add", "house", "--provider", "openai-compatible",
                "--base-url", server.baseUrl(), "--api-key-stdin");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Saved connection 'house'").contains("key stored").doesNotContain(KEY);
    }

    @Test
    void must_show_a_fresh_folder_a_saved_connection_a_prompt_file_a_saved_version_and_citations() throws Exception {
        addLoopback();

        // A prompt file runs with its own model and temperature; the key travels as the bearer token.
        Path file = Files.writeString(dir.resolve("support.prompt.yaml"), """
                model:
                  name: house-model
                  temperature: 0.15
                  maxTokens: 77
                messages:
                  - role: system
                    content: You answer support questions.
                  - role: user
                    content: "How do I {{task}}?"
                """, StandardCharsets.UTF_8);
        server.enqueue(Reply.stream("Open ", "Settings."));
        CliRun run = cli("run", file.toString(), "--connection", "house", "--var", "task=reset my password");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Open Settings.");
        JsonNode sent = server.lastRequest().body();
        assertThat(sent.path("model").asText()).isEqualTo("house-model");
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.15);
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(77);
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(server.lastRequest().authorization()).isEqualTo("Bearer " + KEY);

        // An option overrides the file's own parameter.
        server.enqueue(Reply.stream("ok"));
        assertThat(cli("run", file.toString(), "--connection", "house", "--var", "task=x", "--temperature", "0.9").exitCode()).isZero();
        assertThat(server.lastRequest().body().path("temperature").asDouble()).isEqualTo(0.9);
        assertThat(server.lastRequest().body().path("model").asText()).isEqualTo("house-model");

        // A saved version runs straight from the store by alias and by number.
        assertThat(cli("prompt", "save", file.toString(), "--name", "support", "-m", "first").exitCode()).isZero();
        assertThat(cli("prompt", "alias", "support", "champion", "1").exitCode()).isZero();
        server.enqueue(Reply.stream("From ", "the store."));
        CliRun champion = cli("run", "support@champion", "--connection", "house", "--var", "task=log in");
        assertThat(champion.exitCode()).as(champion.err()).isZero();
        assertThat(champion.out().strip()).isEqualTo("From the store.");
        assertThat(server.lastRequest().body().path("model").asText()).isEqualTo("house-model");
        assertThat(server.lastRequest().body().path("messages").get(1).path("content").asText()).isEqualTo("How do I log in?");
        server.enqueue(Reply.stream("v1"));
        assertThat(cli("run", "support/1", "--connection", "house", "--var", "task=a").exitCode()).isZero();

        // compare goes through the same saved connection and key.
        server.enqueue(Reply.stream("A"));
        CliRun compare = cli("compare", file.toString(), "--connection", "house", "--var", "task=x", "--variant", "model=house-model");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(server.lastRequest().authorization()).isEqualTo("Bearer " + KEY);

        // --collection fills {{context}} and the answer's [n] point at the sources listed on stderr and in JSON.
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("passwords.md"), "# Passwords\n\nTo reset a password, open Settings and choose Reset password.\n");
        Files.writeString(docs.resolve("billing.md"), "# Billing\n\nInvoices are sent on the first day of each month.\n");
        CliRun index = cli("index", docs.toString(), "--collection", "help");
        assertThat(index.exitCode()).as(index.err()).isZero();
        Path rag = Files.writeString(dir.resolve("rag.prompt.yaml"), """
                model:
                  name: house-model
                messages:
                  - role: system
                    content: "Answer from these passages and cite them as [n]: {{context}}"
                  - role: user
                    content: How do I reset a password?
                """, StandardCharsets.UTF_8);
        server.enqueue(Reply.stream("Open Settings [1]."));
        CliRun cited = cli("run", rag.toString(), "--connection", "house", "--collection", "help");
        assertThat(cited.exitCode()).as(cited.err()).isZero();
        assertThat(server.lastRequest().body().path("messages").get(0).path("content").asText()).contains("open Settings and choose Reset password");
        assertThat(cited.err()).contains("Sources (1 of").contains("[1] passwords.md").contains("(cited)");
        server.enqueue(Reply.stream("Open Settings [1]."));
        JsonNode json = JSON.readTree(cli("run", rag.toString(), "--connection", "house", "--collection", "help", "--json").out());
        assertThat(json.path("sources").get(0).path("source").asText()).isEqualTo("passwords.md");
        assertThat(json.path("sources").get(0).path("cited").asBoolean()).isTrue();
        assertThat(json.has("costUsd")).isTrue();

        assertNoFileHolds(dir.resolve("data"), KEY);
    }

    @Test
    void list_test_and_remove_never_show_the_key() throws Exception {
        addLoopback();
        CliRun list = cli("connections", "list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode house = JSON.readTree(list.out()).get(0);
        assertThat(house.path("name").asText()).isEqualTo("house");
        assertThat(house.path("provider").asText()).isEqualTo("openai-compatible");
        assertThat(house.path("key").asText()).isEqualTo("stored");
        assertThat(house.path("policy").path("retries").asInt()).isEqualTo(3);
        assertThat(list.out()).doesNotContain(KEY);

        CliRun test = cli("connections", "test", "house");
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(test.out()).containsPattern("'house' answered in \\d+ ms with 2 models:").contains("house-model");

        CliRun remove = cli("connections", "remove", "house");
        assertThat(remove.exitCode()).isZero();
        assertThat(cli("connections", "list").out()).contains("No saved connections");
        CliRun gone = cli("run", "x.txt", "--connection", "house");
        assertThat(gone.exitCode()).isEqualTo(2);
    }

    @Test
    void an_env_variable_is_remembered_by_name_and_a_wrong_key_fails_the_test_with_exit_1() throws Exception {
        Map<String, String> withKey = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "HOUSE_KEY", "sk-wrong-wrong-wrong-wrong");
        CliRun add = CliRun.of(withKey, "connections", "add", "house", "--base-url", server.baseUrl(), "--api-key-env", "HOUSE_KEY",
                "--model", "house-model");
        assertThat(add.exitCode()).as(add.err()).isZero();
        JsonNode saved = JSON.readTree(CliRun.of(withKey, "connections", "list", "--json").out()).get(0);
        assertThat(saved.path("apiKeyEnv").asText()).isEqualTo("HOUSE_KEY");
        assertThat(saved.path("key").asText()).isEqualTo("environment");
        assertThat(saved.path("model").asText()).isEqualTo("house-model");

        CliRun test = CliRun.of(withKey, "connections", "test", "house");
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.err()).contains("house").doesNotContain("sk-wrong-wrong-wrong-wrong");
        assertNoFileHolds(dir.resolve("data"), "sk-wrong-wrong-wrong-wrong");
    }

    @Test
    void bad_input_exits_2_with_a_message() {
        CliRun local = cli("connections", "add", "mine", "--provider", "local", "--model", "qwen.gguf");
        assertThat(local.exitCode()).isEqualTo(2);
        assertThat(local.err()).contains("qwen.gguf").contains("does not exist");

        CliRun noUrl = cli("connections", "add", "vllm", "--provider", "openai-compatible");
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--base-url");

        CliRun both = cli("connections", "add", "x", "--base-url", server.baseUrl(), "--api-key-stdin", "--api-key-env", "K");
        assertThat(both.exitCode()).isEqualTo(2);

        addLoopback();
        CliRun twice = CliRun.withInput("k", env, "connections", "add", "HOUSE", "--base-url", server.baseUrl(), "--api-key-stdin");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already exists");

        CliRun noVersion = cli("run", "support@champion", "--connection", "house");
        assertThat(noVersion.exitCode()).isEqualTo(2);
        assertThat(noVersion.err()).contains("support");
    }

    private static void assertNoFileHolds(Path folder, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
            }
        }
    }
}
