package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexAndSearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path docs;
    static String data;
    static CliRun indexed;

    @BeforeAll
    static void indexMixedFolder() throws Exception {
        docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        RetrievalCorpus.writeBadFiles(docs.resolve("bad"));
        data = temp.resolve("data").toString();
        indexed = CliRun.of(Map.of(), "index", docs.toString(), "--collection", "study", "--data-dir", data);
    }

    @Test
    void index_reports_bad_files_with_reasons_and_indexes_the_rest() {
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        assertThat(indexed.out()).startsWith("9 indexed, 0 unchanged, 8 skipped, 0 removed; the collection has 17 files");
        assertThat(indexed.out())
                .contains("skipped " + docs.resolve("bad/empty.txt") + ": the file is empty")
                .contains("skipped " + docs.resolve("bad/encrypted.pdf") + ": the PDF is encrypted with a password")
                .contains("skipped " + docs.resolve("bad/scanned.pdf") + ": no extractable text on any page: scanned images?")
                .contains("skipped " + docs.resolve("bad/huge.txt") + ": the file is larger than 100 MB")
                .contains("skipped " + docs.resolve("bad/corrupt.pdf") + ": the PDF is damaged");
        assertThat(indexed.err()).contains("reading 0/17").contains("embedding");
    }

    @Test
    void search_finds_the_answering_passage_in_the_top_five_for_english_and_spanish_questions() throws Exception {
        for (RetrievalCorpus.Question q : RetrievalCorpus.questions()) {
            CliRun search = CliRun.of(Map.of(), "search", q.question(), "--collection", "study", "--data-dir", data, "--json");
            assertThat(search.exitCode()).as(search.err()).isZero();
            JsonNode results = JSON.readTree(search.out()).get("results");
            assertThat(results.size()).isEqualTo(5);
            assertThat(results).as("%s: %s", q.language(), q.question()).anySatisfy(r -> {
                assertThat(r.get("source").asText()).isEqualTo(q.file());
                assertThat(r.get("text").asText()).contains(q.phrase());
            });
        }
    }

    @Test
    void json_results_carry_source_location_and_all_three_scores() throws Exception {
        CliRun search = CliRun.of(Map.of(), "search", "regla de los cincuenta movimientos", "--collection", "study",
                "--data-dir", data, "--json", "--top-k", "2");
        JsonNode first = JSON.readTree(search.out()).get("results").get(0);
        assertThat(first.get("source").asText()).isEqualTo("ajedrez.pdf");
        assertThat(first.get("page").asInt()).isEqualTo(4);
        assertThat(first.get("scores").get("keyword").asDouble()).isPositive();
        assertThat(first.get("scores").get("vector").isNumber()).isTrue();
        assertThat(first.get("scores").get("fused").asDouble()).isPositive();
        assertThat(first.get("matchedTerms").toString()).contains("cincuenta");
    }

    @Test
    void plain_output_filters_and_reindexing_nothing_changed() {
        CliRun search = CliRun.of(Map.of(), "search", "varroa", "--collection", "study", "--data-dir", data, "--type", "md", "--top-k", "1");
        assertThat(search.out()).startsWith("[1] beekeeping.md, Keeping Honeybees: A Field Guide > Varroa mites  (fused ");
        CliRun again = CliRun.of(Map.of(), "index", "--collection", "study", "--data-dir", data, "--quiet");
        assertThat(again.out()).startsWith("0 indexed, 9 unchanged, 8 skipped, 0 removed");
    }

    @Test
    void unknown_collections_and_bad_options_explain_themselves() {
        CliRun missing = CliRun.of(Map.of(), "search", "bees", "--collection", "nope", "--data-dir", data);
        assertThat(missing.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(missing.err()).contains("There is no collection named 'nope'; create it with: playground index PATH --collection nope");
        CliRun pages = CliRun.of(Map.of(), "search", "bees", "--collection", "study", "--data-dir", data, "--pages", "9-3");
        assertThat(pages.err()).contains("--pages takes a page or a range like 3-9, not '9-3'.");
        CliRun noPath = CliRun.of(Map.of(), "index", temp.resolve("absent").toString(), "--collection", "study", "--data-dir", data);
        assertThat(noPath.err()).contains("does not exist; give a file or folder to attach.");
    }
}
