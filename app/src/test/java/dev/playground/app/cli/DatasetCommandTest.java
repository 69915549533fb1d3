package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playground dataset …} end to end: import, list, show, export in every format and import back. */
class DatasetCommandTest {
    @TempDir Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Map.of("PLAYGROUND_HOME", dir.resolve("data").toString()), args);
    }

    @Test
    void import_list_show_export_and_import_back() throws Exception {
        Path csv = Files.writeString(dir.resolve("geo.csv"), """
                question,expectations.expected_response,expectations.expected_facts,tags.topic,__expected
                Capital of France?,Paris,"Paris is the capital
                It is on the Seine",geo,icontains: paris
                "Capital of Spain, please?",Madrid,,geo,
                """);
        CliRun imported = run("dataset", "import", csv.toString(), "--name", "geo.qa");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Saved 2 rows from geo.csv as geo.qa/1.\n");
        assertThat(run("dataset", "import", csv.toString(), "--name", "geo.qa").out())
                .isEqualTo("geo.qa/1 already holds these 2 rows; nothing new was saved.\n");

        JsonNode list = CliJson.MAPPER.readTree(run("dataset", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("name").asText()).isEqualTo("geo.qa");
        assertThat(list.get(0).get("rowCount").asInt()).isEqualTo(2);
        assertThat(run("dataset", "list").out()).contains("geo.qa").contains("NAME");

        JsonNode shown = CliJson.MAPPER.readTree(run("dataset", "show", "geo.qa/1", "--json").out());
        assertThat(shown.get("inputNames").toString()).isEqualTo("[\"question\"]");
        JsonNode first = shown.get("rows").get(0);
        assertThat(first.get("expectedResponse").asText()).isEqualTo("Paris");
        assertThat(first.get("expectedFacts").toString()).isEqualTo("[\"Paris is the capital\",\"It is on the Seine\"]");
        assertThat(first.get("tags").get("topic").asText()).isEqualTo("geo");
        assertThat(first.get("assert").get(0).get("type").asText()).isEqualTo("icontains");
        assertThat(run("dataset", "show", "geo.qa").out()).contains("geo.qa version 1 of 1: 2 rows")
                .contains("question: Capital of Spain, please?").contains("expected fact: It is on the Seine");

        for (String extension : new String[] {"csv", "jsonl", "json", "yaml"}) {
            Path out = dir.resolve("out/geo." + extension);
            CliRun export = run("dataset", "export", "geo.qa/1", "--output", out.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains("Wrote geo.qa/1 (2 rows)");
            CliRun back = run("dataset", "import", out.toString(), "--name", "geo-" + extension);
            assertThat(back.exitCode()).as(back.err()).isZero();
            assertThat(CliJson.MAPPER.readTree(run("dataset", "show", "geo-" + extension, "--json").out()).get("rows"))
                    .as(extension).isEqualTo(shown.get("rows"));
        }
    }

    @Test
    void bad_files_names_and_references_exit_2_with_what_to_do() throws Exception {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "question,answer\nfine,ok\nextra,cell,here\n");
        CliRun refused = run("dataset", "import", ragged.toString(), "--name", "r");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: ragged.csv line 3: this row has 3 cells but the header has 2 columns.");
        assertThat(run("dataset", "list").out()).contains("No datasets.");

        Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"inputs\": {\"q\": \"x\"}}\n");
        CliRun badName = run("dataset", "import", good.toString(), "--name", "a/b");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).contains("cannot be a dataset name");

        CliRun unknown = run("dataset", "show", "nothing");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no dataset named nothing").contains("playground dataset import");

        run("dataset", "import", good.toString(), "--name", "one");
        CliRun noVersion = run("dataset", "export", "one/7", "--output", dir.resolve("x.csv").toString());
        assertThat(noVersion.exitCode()).isEqualTo(2);
        assertThat(noVersion.err()).contains("Dataset one has no version 7; its versions are 1 to 1.");
        CliRun badExtension = run("dataset", "export", "one", "--output", dir.resolve("x.txt").toString());
        assertThat(badExtension.exitCode()).isEqualTo(2);
        assertThat(badExtension.err()).contains("use .csv, .jsonl");
    }
}
