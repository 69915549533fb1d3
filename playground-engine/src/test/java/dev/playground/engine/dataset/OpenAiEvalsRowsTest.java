package dev.playground.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.bundle.BundleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenAiEvalsRowsTest {
    @TempDir Path dir;

    private static Path corpus(String name) throws Exception {
        return Path.of(OpenAiEvalsRowsTest.class.getResource("/corpus/openai-evals/" + name).toURI());
    }

    @Test
    void chat_samples_fill_input_and_system_and_keep_the_whole_chat() throws Exception {
        DatasetFiles.Read read = DatasetFiles.read(corpus("chat-match.jsonl"));
        assertThat(read.dataset().rows()).hasSize(3);
        DatasetRow gold = read.dataset().rows().getFirst();
        assertThat(gold.inputs()).containsExactly(Map.entry("system", "Answer with the chemical symbol only."), Map.entry("input", "Gold"));
        assertThat(gold.expectedResponse()).isEqualTo("Au");
        assertThat(gold.metadata().get("openai_evals").toString()).contains("role=system").contains("content=Gold");
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void earlier_turns_and_lists_of_answers_are_kept_and_reported_once() throws Exception {
        DatasetFiles.Read turns = DatasetFiles.read(corpus("chat-few-shot-turns.jsonl"));
        assertThat(turns.dataset().rows().get(1).inputs()).containsEntry("input", "bread");
        assertThat(turns.warnings()).singleElement().asString().contains("earlier conversation turns are kept");

        DatasetFiles.Read ideals = DatasetFiles.read(corpus("chat-ideal-list.jsonl"));
        DatasetRow colour = ideals.dataset().rows().getFirst();
        assertThat(colour.expectedResponse()).isEqualTo("red");
        assertThat(colour.metadata()).containsEntry("openai_evals", Map.of("input", List.of(Map.of("role", "user", "content", "Name a primary colour.")),
                "ideal", List.of("red", "blue", "yellow")));
        assertThat(ideals.warnings()).singleElement().asString().contains("list of acceptable answers");
    }

    @Test
    void completion_samples_and_extra_fields() throws Exception {
        DatasetRow row = DatasetFiles.read(corpus("completion-style.jsonl")).dataset().rows().get(1);
        assertThat(row.inputs()).containsExactly(Map.entry("input", "Q: How many sides has a hexagon?\nA:"));
        assertThat(row.expectedResponse()).isEqualTo("6");
        assertThat(row.metadata()).containsEntry("difficulty", "easy");
        assertThat(DatasetFiles.read(corpus("modelgraded.jsonl")).dataset().rows().getFirst().metadata()).containsEntry("criteria", "concise");
    }

    @Test
    void every_sample_file_round_trips_through_a_jsonl_export() throws Exception {
        for (String name : List.of("chat-match.jsonl", "chat-few-shot-turns.jsonl", "chat-ideal-list.jsonl", "completion-style.jsonl", "modelgraded.jsonl")) {
            Dataset dataset = DatasetFiles.read(corpus(name)).dataset();
            Path out = dir.resolve(name);
            DatasetFiles.write(dataset, out);
            assertThat(DatasetFiles.read(out).dataset()).as(name).isEqualTo(dataset);
        }
    }

    @Test
    void every_sample_file_exports_back_to_the_samples_it_was_read_from() throws Exception {
        for (String name : List.of("chat-match.jsonl", "chat-few-shot-turns.jsonl", "chat-ideal-list.jsonl", "completion-style.jsonl", "modelgraded.jsonl")) {
            Dataset dataset = DatasetFiles.read(corpus(name)).dataset();
            Path out = dir.resolve(name.replace(".jsonl", ".evals.jsonl"));
            assertThat(DatasetFiles.write(dataset, out)).as(name).isEmpty();
            List<JsonNode> original = lines(corpus(name));
            assertThat(lines(out)).as(name).isEqualTo(original);
            assertThat(DatasetFiles.read(out).dataset()).as(name).isEqualTo(dataset);
        }
    }

    @Test
    void rows_made_here_become_chat_samples_and_say_what_changed_form() throws Exception {
        Dataset dataset = new Dataset(List.of(
                DatasetRow.of(Map.of("input", "Silver")).withExpectedResponse("Ag"),
                new DatasetRow(new java.util.LinkedHashMap<>(Map.of("system", "Be brief.", "input", "Iron")), "Fe", List.of(), List.of(), "", Map.of(),
                        Map.of(), List.of(), null),
                DatasetRow.of(new java.util.TreeMap<>(Map.of("city", "Lisboa", "country", "Portugal")))));
        Path out = dir.resolve("made-here.evals.jsonl");
        List<String> notes = DatasetFiles.write(dataset, out);
        List<JsonNode> samples = lines(out);
        assertThat(samples.get(0).toString()).isEqualTo("{\"input\":\"Silver\",\"ideal\":\"Ag\"}");
        assertThat(samples.get(1).toString()).isEqualTo(
                "{\"input\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Iron\"}],\"ideal\":\"Fe\"}");
        assertThat(samples.get(2).path("input").get(0).path("content").asText()).isEqualTo("city: Lisboa\ncountry: Portugal");
        assertThat(notes).anyMatch(n -> n.contains("\"name: value\" lines")).anyMatch(n -> n.contains("without \"ideal\""));
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(DatasetJson.MAPPER.readTree(line));
        return out;
    }

    @Test
    void a_message_without_text_content_names_its_line() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"input\": [{\"role\": \"user\"}], \"ideal\": \"x\"}\n");
        assertThatThrownBy(() -> DatasetFiles.read(bad)).isInstanceOf(BundleFileException.class).hasMessageContaining("line 1")
                .hasMessageContaining("needs a \"role\" and a text \"content\"");
    }
}
