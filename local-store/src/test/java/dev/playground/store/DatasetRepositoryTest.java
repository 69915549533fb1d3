package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRepository;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetSummary;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.dataset.DatasetVersionInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetRepositoryTest {
    @TempDir
    Path dataDir;

    private static DatasetRow row(String question, String answer) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("question", question);
        inputs.put("level", 2);
        inputs.put("context", List.of("chunk a", "chunk b"));
        return DatasetRow.of(inputs).withExpectedResponse(answer).withExpectedFacts(List.of("fact one", "fact two"))
                .withGuidelines(List.of("Answer in Spanish")).withTags(Map.of("topic", "geo"))
                .withMetadata(Map.of("source", Map.of("doc", "atlas.pdf", "page", 3)))
                .withAssertions(List.of(Map.of("type", "icontains", "value", "paris", "weight", 2)), 0.75)
                .withDescription("capital");
    }

    @Test
    void versions_are_immutable_numbered_and_survive_reopening_with_every_field() {
        Dataset first = new Dataset(List.of(row("Capital of France?", "Paris"), DatasetRow.of(Map.of("question", "Empty?"))));
        Dataset second = new Dataset(List.of(row("Capital of Spain?", "Madrid")));
        try (LocalStore store = open(dataDir)) {
            DatasetRepository datasets = store.datasets();
            assertThat(datasets.save("geo.qa", first, "from sheet", "ana", "geo.csv").version()).isEqualTo(1);
            assertThat(datasets.save("geo.qa", second, "only spain", "luis", "spain.jsonl").version()).isEqualTo(2);
        }
        try (LocalStore store = open(dataDir)) {
            DatasetRepository datasets = store.datasets();
            DatasetVersion v1 = datasets.version("geo.qa", 1).orElseThrow();
            assertThat(v1.dataset()).isEqualTo(first);
            assertThat(v1.dataset().rows().get(0).inputs()).containsExactly(Map.entry("question", "Capital of France?"),
                    Map.entry("level", 2), Map.entry("context", List.of("chunk a", "chunk b")));
            assertThat(v1.commitMessage()).isEqualTo("from sheet");
            assertThat(v1.source()).isEqualTo("geo.csv");
            assertThat(datasets.latest("geo.qa").orElseThrow().dataset()).isEqualTo(second);
            assertThat(datasets.versions("geo.qa")).extracting(DatasetVersionInfo::version, DatasetVersionInfo::rowCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
            assertThat(datasets.list()).extracting(DatasetSummary::name, DatasetSummary::latestVersion, DatasetSummary::rowCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("geo.qa", 2, 1));
            assertThat(datasets.version("geo.qa", 3)).isEmpty();
            assertThat(datasets.latest("nothing")).isEmpty();
        }
    }

    @Test
    void saving_the_same_rows_again_returns_the_stored_version() {
        Dataset rows = new Dataset(List.of(row("Capital of France?", "Paris")));
        try (LocalStore store = open(dataDir)) {
            store.datasets().save("geo", rows, "first", "ana", "a.csv");
            DatasetVersion again = store.datasets().save("geo", rows, "again", "ana", "a.csv");
            assertThat(again.version()).isEqualTo(1);
            assertThat(again.commitMessage()).isEqualTo("first");
            assertThat(store.datasets().versions("geo")).hasSize(1);
        }
    }

    @Test
    void names_follow_the_one_name_rule() {
        try (LocalStore store = open(dataDir)) {
            assertThatThrownBy(() -> store.datasets().save("bad/name", new Dataset(List.of()), "", "", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be a dataset name")
                    .hasMessageContaining("path separator");
            assertThat(store.datasets().list()).isEmpty();
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
