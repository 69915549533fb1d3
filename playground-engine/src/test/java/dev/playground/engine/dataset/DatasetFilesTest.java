package dev.playground.engine.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.bundle.BundleFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetFilesTest {
    @TempDir Path dir;

    private static Map<String, Object> inputs(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    /** Text only, so that every format (CSV too) must give it back exactly. */
    private static Dataset textDataset() {
        return new Dataset(List.of(
                DatasetRow.of(inputs("question", "Capital of France?", "style", "short, \"plain\"")).withExpectedResponse("Paris")
                        .withExpectedFacts(List.of("Paris is the capital", "It is on the Seine")).withGuidelines(List.of("Answer in one line"))
                        .withTags(Map.of("topic", "geo")).withDescription("capital")
                        .withMetadata(Map.of("source", "atlas p. 3"))
                        .withAssertions(List.of(Map.of("type", "icontains", "value", "paris"), Map.of("type", "not-contains", "value", "London")), 0.5),
                DatasetRow.of(inputs("question", "=SUM(A1:A3)", "style", "'=already marked")).withExpectedResponse("-3")
                        .withExpectedFacts(List.of("a fact\nover two lines", "@mention")),
                DatasetRow.of(inputs("question", "Line one\r\nline two", "style", "-x")).withAssertions(List.of(Map.of("type", "is-json")), null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rows.csv", "rows.jsonl", "rows.json", "rows.yaml"})
    void what_is_exported_imports_back_unchanged(String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        List<String> notes = DatasetFiles.write(textDataset(), file);
        assertThat(notes).isEmpty();
        DatasetFiles.Read read = DatasetFiles.read(file);
        assertThat(read.dataset()).isEqualTo(textDataset());
        assertThat(read.warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"typed.jsonl", "typed.json", "typed.yaml"})
    void structured_formats_keep_numbers_lists_and_objects(String fileName) throws Exception {
        Dataset typed = new Dataset(List.of(DatasetRow.of(inputs("n", 3, "flag", true, "chunks", List.of("a", "b"), "user", Map.of("name", "Ana")))
                .withMetadata(Map.of("page", 12, "promptfoo.options", Map.of("prefix", "Q: ")))
                .withAssertions(List.of(Map.of("type", "similar", "value", "Paris", "threshold", 0.8, "weight", 2)), 0.75)));
        Path file = dir.resolve(fileName);
        DatasetFiles.write(typed, file);
        assertThat(DatasetFiles.read(file).dataset()).isEqualTo(typed);
    }

    @Test
    void csv_says_what_it_cannot_keep_and_refuses_assertions_it_cannot_hold() throws Exception {
        Path file = dir.resolve("typed.csv");
        List<String> notes = DatasetFiles.write(new Dataset(List.of(DatasetRow.of(inputs("n", 3)), DatasetRow.of(inputs("m", "x")))), file);
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("1 value that is not text").contains(".jsonl"))
                .anySatisfy(n -> assertThat(n).contains("2 variables missing from some rows"));
        Dataset weighted = new Dataset(List.of(DatasetRow.of(inputs("q", "x")).withAssertions(List.of(Map.of("type", "contains", "value", "x", "weight", 2)), null)));
        assertThatThrownBy(() -> DatasetFiles.write(weighted, dir.resolve("weighted.csv"))).isInstanceOf(BundleFileException.class)
                .hasMessageContaining("Row 1").hasMessageContaining("Export to .yaml or .jsonl");
        assertThat(dir.resolve("weighted.csv")).doesNotExist();
    }

    @Test
    void a_ragged_csv_row_is_refused_with_its_file_and_line() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.csv"), "question,answer\n\"Two\nlines\",ok\nthree,cells,here\n");
        assertThatThrownBy(() -> DatasetFiles.read(file)).isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith("broken.csv line 4: this row has 3 cells but the header has 2 columns.")
                .hasMessageContaining("double quotes");
        Path unclosed = Files.writeString(dir.resolve("unclosed.csv"), "question,answer\nfine,ok\n\"never closed,x\nmore\n");
        assertThatThrownBy(() -> DatasetFiles.read(unclosed)).isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith("unclosed.csv line 3: a quoted cell that starts here is never closed.");
    }

    @Test
    void a_broken_json_line_is_refused_with_its_line_and_what_to_do() throws Exception {
        Path file = Files.writeString(dir.resolve("rows.jsonl"), "{\"inputs\": {\"q\": \"a\"}}\n\n{\"inputs\": {\"q\": \"b\"}\n");
        assertThatThrownBy(() -> DatasetFiles.read(file)).isInstanceOf(BundleFileException.class)
                .hasMessageStartingWith("rows.jsonl line 3 is not valid JSON.").hasMessageContaining("one complete JSON object");
        Path wrong = Files.writeString(dir.resolve("wrong.jsonl"), "{\"inputs\": \"just text\"}\n");
        assertThatThrownBy(() -> DatasetFiles.read(wrong)).hasMessageStartingWith("wrong.jsonl line 1: \"inputs\" must be an object");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "question,answer\n");
        assertThatThrownBy(() -> DatasetFiles.read(empty)).hasMessageContaining("holds no rows");
        assertThatThrownBy(() -> DatasetFiles.read(dir.resolve("rows.txt"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use .csv, .jsonl");
    }

    @Test
    void promptfoo_csv_tests_with_expected_columns_become_rows_with_assertions() throws Exception {
        Path file = Files.writeString(dir.resolve("tests.csv"), """
                language,input,__expected1,__expected2,__description,__metadata:owner,__prefix
                French,Hello world,icontains: bonjour,not-contains: hello,greeting,ana,Q:
                Spanish,Where is the library?,Dónde está la biblioteca,,library,,
                """);
        DatasetFiles.Read read = DatasetFiles.read(file);
        List<DatasetRow> rows = read.dataset().rows();
        assertThat(rows.get(0).inputs()).containsExactly(Map.entry("language", "French"), Map.entry("input", "Hello world"));
        assertThat(rows.get(0).assertions()).containsExactly(Map.of("type", "icontains", "value", "bonjour"), Map.of("type", "not-contains", "value", "hello"));
        assertThat(rows.get(0).description()).isEqualTo("greeting");
        assertThat(rows.get(0).metadata()).containsExactly(Map.entry("owner", "ana"));
        assertThat(rows.get(1).assertions()).containsExactly(Map.of("type", "equals", "value", "Dónde está la biblioteca"));
        assertThat(read.warnings()).containsExactly("columns __prefix in 'tests.csv' were not imported");
    }

    @Test
    void promptfoo_yaml_tests_and_a_config_pointing_at_a_table_are_read_by_the_same_reader() throws Exception {
        Path yaml = Files.writeString(dir.resolve("tests.yaml"), """
                - description: capital
                  vars: {city: Paris, facts: [a, b]}
                  assert:
                    - type: contains
                      value: France
                      weight: 2
                  threshold: 0.5
                  metadata: {owner: luis}
                  options: {prefix: "Q: "}
                """);
        DatasetRow row = DatasetFiles.read(yaml).dataset().rows().get(0);
        assertThat(row.inputs()).containsExactly(Map.entry("city", "Paris"), Map.entry("facts", List.of("a", "b")));
        assertThat(row.assertions()).containsExactly(Map.of("type", "contains", "value", "France", "weight", 2));
        assertThat(row.threshold()).isEqualTo(0.5);
        assertThat(row.metadata()).containsEntry("owner", "luis").containsEntry("promptfoo.options", Map.of("prefix", "Q: "));

        Files.writeString(dir.resolve("table.csv"), "city,__expected\nRome,contains: Italy\n");
        Path config = Files.writeString(dir.resolve("promptfooconfig.yaml"), """
                prompts: ["Where is {{city}}?"]
                tests: file://table.csv
                """);
        assertThat(DatasetFiles.read(config).dataset().rows()).singleElement()
                .satisfies(r -> assertThat(r.assertions()).containsExactly(Map.of("type", "contains", "value", "Italy")));
    }

    @Test
    void mlflow_evaluation_records_read_with_their_expectations_and_tags() throws Exception {
        Path file = Files.writeString(dir.resolve("records.json"), """
                [{"inputs": {"question": "What is MLflow?"},
                  "expectations": {"expected_facts": ["open source", "tracks experiments"], "guidelines": "Be brief"},
                  "tags": {"split": "dev"}},
                 {"inputs": {"question": "What is RAG?"}, "expectations": {"expected_response": "Retrieval-augmented generation"},
                  "source": {"human": {"user_name": "ana"}}}]
                """);
        List<DatasetRow> rows = DatasetFiles.read(file).dataset().rows();
        assertThat(rows.get(0).expectedFacts()).containsExactly("open source", "tracks experiments");
        assertThat(rows.get(0).guidelines()).containsExactly("Be brief");
        assertThat(rows.get(0).tags()).containsExactly(Map.entry("split", "dev"));
        assertThat(rows.get(1).expectedResponse()).isEqualTo("Retrieval-augmented generation");
        assertThat(rows.get(1).metadata()).containsEntry("source", Map.of("human", Map.of("user_name", "ana")));
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{\"inputs\": {\"q\": 1}, \"expectations\": {\"expected_facts\": [{\"x\": 1}]}}]");
        assertThatThrownBy(() -> DatasetFiles.read(bad)).hasMessageStartingWith("bad.json, record 1: \"expected_facts\" must hold only texts");
    }
}
