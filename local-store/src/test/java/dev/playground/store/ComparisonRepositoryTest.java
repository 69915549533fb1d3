package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.ComparisonFixtures;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.SampleResult;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.TokenUsage;
import dev.playground.store.h2.H2ComparisonRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void a_saved_comparison_reopens_with_every_output_score_and_feedback() {
        ComparisonRecord original = ComparisonFixtures.twoByTwo();
        long id;
        try (LocalStore store = open(dir)) {
            id = new H2ComparisonRepository(store.jdbc()).create(original);
        }
        try (LocalStore store = open(dir)) {
            ComparisonRepository repository = new H2ComparisonRepository(store.jdbc());
            ComparisonRecord reopened = repository.load(id).orElseThrow();

            assertThat(reopened.title()).isEqualTo(original.title());
            assertThat(reopened.createdAt()).isEqualTo(original.createdAt());
            assertThat(reopened.variants()).isEqualTo(original.variants());
            assertThat(reopened.rows()).isEqualTo(original.rows());
            assertThat(reopened.rubrics()).isEqualTo(original.rubrics());
            assertThat(reopened.metricSpecs()).containsExactly("exact");
            for (CellResult cell : original.cells()) {
                assertThat(reopened.cell(cell.key())).as(cell.key().toString()).contains(cell);
            }
            assertThat(reopened.feedback()).containsExactlyInAnyOrderElementsOf(original.feedback());
            assertThat(repository.list()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo("Capitals, café ☕");
                assertThat(s.variants()).isEqualTo(2);
                assertThat(s.rows()).isEqualTo(2);
            });
        }
    }

    @Test
    void rerun_cells_and_feedback_are_updated_in_place() {
        try (LocalStore store = open(dir)) {
            ComparisonRepository repository = new H2ComparisonRepository(store.jdbc());
            long id = repository.create(ComparisonFixtures.twoByTwo());
            CellKey key = new CellKey("b", "r2");
            CellResult rerun = new CellResult(key, List.of(
                    new SampleResult(0, "Madrid", "stop", new TokenUsage(10, 2, true), Duration.ofMillis(5), Duration.ofMillis(50), 0.1, "",
                            List.of(Score.ofPass("exact", true, "identical")), ""),
                    new SampleResult(1, "Madrid.", "stop", new TokenUsage(10, 3, true), Duration.ofMillis(6), Duration.ofMillis(60), null, "",
                            List.of(Score.ofPass("exact", false, "differs")), "")));

            repository.saveCell(id, rerun);
            repository.saveFeedback(id, new CellFeedback(key, CellFeedback.Thumb.UP, 3, "mejor"));
            repository.saveFeedback(id, CellFeedback.empty(new CellKey("a", "r1")));

            ComparisonRecord reopened = repository.load(id).orElseThrow();
            assertThat(reopened.cell(key)).contains(rerun);
            assertThat(reopened.feedback(key).orElseThrow().comment()).isEqualTo("mejor");
            assertThat(reopened.feedback(new CellKey("a", "r1"))).isEmpty();
            assertThat(reopened.cells()).hasSize(4);
        }
    }

    @Test
    void delete_removes_everything_and_unknown_ids_say_so() {
        try (LocalStore store = open(dir)) {
            ComparisonRepository repository = new H2ComparisonRepository(store.jdbc());
            long id = repository.create(ComparisonFixtures.twoByTwo());
            repository.delete(id);
            assertThat(repository.load(id)).isEmpty();
            assertThat(repository.list()).isEmpty();
            assertThatThrownBy(() -> repository.saveFeedback(id, new CellFeedback(new CellKey("a", "r1"), CellFeedback.Thumb.UP, null, "")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no saved comparison");
        }
    }

    @Test
    void a_saved_comparison_is_listed_in_the_history_of_each_saved_version_it_ran() {
        try (LocalStore store = open(dir)) {
            var document = new dev.playground.engine.prompt.PromptDocument(
                    dev.playground.engine.prompt.PromptTemplate.systemAndUser("Answer briefly.", "Capital of {{ country }}?"),
                    "dry-run", "m", dev.playground.engine.model.ModelSettings.of(0.0, 100), java.util.Map.of());
            store.prompts().saveVersion("capitals", document, "first", "ana");
            store.prompts().saveVersion("capitals", document, "second", "ana");
            ComparisonRepository repository = new H2ComparisonRepository(store.jdbc());
            ComparisonRecord fixture = ComparisonFixtures.twoByTwo();   // variant a runs capitals@2, b the draft
            var third = new dev.playground.engine.compare.Variant("c", "gone", fixture.variants().get(0).template(), "deleted-prompt@4",
                    fixture.variants().get(0).connection(), "m", fixture.variants().get(0).settings(), null);
            var variants = new java.util.ArrayList<>(fixture.variants());
            variants.add(third);
            ComparisonRecord withThree = new ComparisonRecord(fixture.title(), fixture.createdAt(), variants, fixture.rows(), fixture.samples(),
                    fixture.metricSpecs(), fixture.rubrics(), fixture.judge(), fixture.cells(), fixture.feedback());

            long id = repository.create(withThree);
            assertThat(store.lineage().usages("capitals", 2)).singleElement().satisfies(usage -> {
                assertThat(usage.kind()).isEqualTo(VersionUsage.Kind.COMPARISON);
                assertThat(usage.refId()).isEqualTo(Long.toString(id));
                assertThat(usage.label()).isEqualTo("Capitals, café ☕");
            });
            assertThat(store.lineage().usages("capitals", 1)).isEmpty();

            repository.replace(id, withThree);
            assertThat(store.lineage().usages("capitals", 2)).as("saving again does not list it twice").hasSize(1);
            repository.delete(id);
            assertThat(store.lineage().usages("capitals", 2)).isEmpty();
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
