package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code playground dataset generate} against a loopback server speaking OpenAI's wire format: it answers each passage
 * with a question and facts in JSON, except where a test makes it answer badly.
 */
class DatasetGenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    private static OpenAiWireServer server;
    private static Map<String, String> env;

    @BeforeAll
    static void indexAndConnect() throws Exception {
        server = OpenAiWireServer.start();
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString(), "OPENAI_API_KEY", "sk-generate-test-0123456789");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("bees.md"), "# Bees\n\nA honeybee colony keeps its brood nest at about thirty-five degrees Celsius, "
                + "warming it by shivering its flight muscles when the air outside is cold.\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("chess.md"), "# Chess\n\nUnder the fifty-move rule a player may claim a draw when fifty moves by each side "
                + "have passed without a capture or a pawn move.\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("tea.md"), "# Tea\n\nGreen tea is brewed with water below the boil, around seventy to eighty degrees, "
                + "for two to three minutes, so that the leaves do not turn bitter.\n", StandardCharsets.UTF_8);
        CliRun indexed = CliRun.of(env, "index", docs.toString(), "--collection", "handbook", "--quiet");
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        CliRun added = CliRun.of(env, "connections", "add", "Loop", "--provider", "openai-compatible", "--base-url", server.baseUrl(),
                "--api-key-env", "OPENAI_API_KEY", "--model", "gen-model");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void answerEveryPassage() {
        server.respondWith(body -> ScriptedReply.stream(good(passageOf(body))));
    }

    private static String passageOf(JsonNode body) {
        JsonNode messages = body.path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    /** A question naming the passage's subject, in a code fence as models often send it. */
    private static String good(String passage) {
        String subject = passage.contains("honeybee") ? "bees" : passage.contains("fifty-move") ? "chess" : "tea";
        return "```json\n{\"question\": \"What does the handbook say about " + subject + "?\", \"expected_facts\": [\"a fact about " + subject
                + "\", \"another fact\"]}\n```";
    }

    private static CliRun generate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("dataset", "generate", "--collection", "handbook", "--connection", "Loop"));
        args.addAll(List.of(more));
        return CliRun.of(env, args.toArray(String[]::new));
    }

    @Test
    void rows_go_to_a_file_in_the_export_formats_with_their_source_passage() throws Exception {
        Path jsonl = dir.resolve("out/generated.jsonl");

        CliRun run = generate("--count", "5", "--output", jsonl.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Asking gen-model on Loop about 3 passages of collection handbook (all it has).");
        assertThat(run.out()).contains("Wrote 3 rows to " + jsonl + ".");
        List<JsonNode> rows = Files.readAllLines(jsonl).stream().map(DatasetGenerateCommandTest::json).toList();
        assertThat(rows).hasSize(3);
        JsonNode bees = rows.stream().filter(r -> r.path("metadata").path("source_document").asText().equals("bees.md")).findFirst().orElseThrow();
        assertThat(bees.path("inputs").path("question").asText()).isEqualTo("What does the handbook say about bees?");
        assertThat(bees.path("expectations").path("expected_facts").toString()).isEqualTo("[\"a fact about bees\",\"another fact\"]");
        assertThat(bees.path("metadata").path("source_chunk").asText()).contains("thirty-five degrees Celsius");
        assertThat(bees.path("metadata").path("generated_from").asText()).isEqualTo("handbook");
        assertThat(server.lastRequest().model()).isEqualTo("gen-model");

        Path csv = dir.resolve("out/generated.csv");
        CliRun asCsv = generate("--count", "2", "--model", "other-model", "--variable", "query", "--output", csv.toString());
        assertThat(asCsv.exitCode()).as(asCsv.err()).isZero();
        assertThat(Files.readString(csv)).startsWith("query,expectations.expected_facts,__description,__metadata:source_document").contains("What does the handbook say about");
        assertThat(server.lastRequest().model()).isEqualTo("other-model");
    }

    @Test
    void dataset_adds_a_new_version_each_time_and_nothing_is_saved_without_a_destination() throws Exception {
        CliRun preview = generate("--count", "2");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out().lines()).hasSize(2).allSatisfy(line -> assertThat(json(line).path("inputs").has("question")).isTrue());
        assertThat(preview.err()).contains("Generated 2 rows; nothing was saved. Add --output FILE or --dataset NAME to keep them.");
        assertThat(CliRun.of(env, "dataset", "list").out()).doesNotContain("qa");

        CliRun first = generate("--count", "2", "--dataset", "qa");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Saved qa/1: 2 rows generated.");
        CliRun second = generate("--count", "1", "--dataset", "qa", "-m", "one more");
        assertThat(second.out()).contains("Saved qa/2: 1 row generated after the 2 rows it had.");
        CliRun show = CliRun.of(env, "dataset", "list", "--json");
        assertThat(json(show.out()).get(0).path("rowCount").asInt()).isEqualTo(3);
    }

    @Test
    void malformed_answers_are_skipped_and_counted_in_plain_words() throws Exception {
        server.respondWith(body -> {
            String passage = passageOf(body);
            if (passage.contains("honeybee")) return ScriptedReply.stream("I would ask about the temperature of the hive.");
            if (passage.contains("fifty-move")) return ScriptedReply.stream("{\"question\": \"When is it a draw?\"}");
            return ScriptedReply.stream(good(passage));
        });
        Path out = dir.resolve("skips.jsonl");

        CliRun run = generate("--output", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Skipped 2 of 3 answers that could not be used:")
                .contains("  1 because the answer was not a JSON object")
                .contains("  1 because the answer had no \"expected_facts\" list of texts")
                .contains("  skipped bees.md, Bees, passage 1: the answer was not a JSON object");
        assertThat(run.out()).contains("Wrote 1 row to ");
        assertThat(Files.readAllLines(out)).hasSize(1);
    }

    @Test
    void no_usable_answer_or_a_failed_call_writes_nothing_and_exits_1() {
        Path out = dir.resolve("never.jsonl");
        server.respondWith(body -> ScriptedReply.stream("no idea"));
        CliRun useless = generate("--output", out.toString());
        assertThat(useless.exitCode()).isEqualTo(1);
        assertThat(useless.err()).contains("None of the 3 answers could be used, so nothing was written. Try another model with --model.");

        server.respondWith(body -> ScriptedReply.error(401, "Incorrect API key provided"));
        CliRun failed = generate("--output", out.toString(), "--dataset", "never");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("A call failed, so the generation stopped and nothing was written.").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(CliRun.of(env, "dataset", "list").out()).doesNotContain("never");
    }

    @Test
    void bad_options_say_what_to_do_and_exit_2() {
        assertThat(generate("--count", "0").err()).contains("--count 0 is out of range: use 1 to 1000.");
        assertThat(generate("--output", "rows.txt").exitCode()).isEqualTo(2);
        CliRun collection = CliRun.of(env, "dataset", "generate", "--collection", "nope", "--connection", "Loop");
        assertThat(collection.exitCode()).isEqualTo(2);
        assertThat(collection.err()).contains("There is no collection named 'nope'");
        CliRun connection = CliRun.of(env, "dataset", "generate", "--collection", "handbook", "--connection", "Elsewhere");
        assertThat(connection.exitCode()).isEqualTo(2);
        assertThat(connection.err()).contains("There is no saved connection 'Elsewhere'");
        assertThat(generate("--variable", "2nd").err()).contains("--variable '2nd' is not a variable name");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
