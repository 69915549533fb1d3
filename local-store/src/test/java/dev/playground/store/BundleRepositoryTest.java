package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledVersion;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.ImportChange.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleRepositoryTest {
    @TempDir
    Path temp;

    private static PromptDocument document(String user) {
        return new PromptDocument(PromptTemplate.systemAndUser("Tutor.", user), "dry-run", "gpt-4o-mini", ModelSettings.of(0.2, 256), Map.of());
    }

    private static BundledPrompt exported(LocalStore source, String name) {
        return source.bundles().export(name);
    }

    @Test
    void export_then_import_into_an_empty_store_keeps_versions_tags_and_aliases() {
        BundledPrompt bundle;
        try (LocalStore source = open(temp.resolve("a"))) {
            source.prompts().saveVersion("tutor", document("Explain {{topic}}"), "first", "ana", Map.of("judge", Map.of("kind", "rubric")));
            source.prompts().saveVersion("tutor", document("Explain {{topic}} with an example"), "second", "luis");
            source.aliases().set("tutor", "champion", 1, "ana");
            source.prompts().setPromptTags("tutor", List.of("exam"));
            source.prompts().setVersionTags("tutor", 2, List.of("reviewed"));
            bundle = exported(source, "tutor");
        }
        try (LocalStore target = open(temp.resolve("b"))) {
            assertThat(target.bundles().preview(List.of(bundle))).extracting(ImportChange::kind)
                    .containsExactly(Kind.NEW_PROMPT, Kind.NEW_VERSION, Kind.NEW_VERSION, Kind.ALIAS_SET, Kind.TAGS_ADDED);
            assertThat(target.prompts().listPrompts()).as("a preview writes nothing").isEmpty();

            target.bundles().apply(List.of(bundle), "carla");
            assertThat(target.aliases().aliases("tutor")).containsExactly(Map.entry("champion", 1));
            assertThat(target.aliases().history("tutor")).singleElement().extracting(AliasMove::movedBy).isEqualTo("carla");
            List<PromptVersion> versions = target.prompts().versions("tutor");
            assertThat(versions).extracting(PromptVersion::author).containsExactly("ana", "luis");
            assertThat(versions.get(1).tags()).containsExactly("reviewed");
            assertThat(versions.get(0).extras()).containsEntry("judge", Map.of("kind", "rubric"));
            assertThat(target.bundles().export("tutor")).isEqualTo(bundle);

            assertThat(target.bundles().apply(List.of(bundle), "carla")).as("importing again changes nothing")
                    .extracting(ImportChange::kind).containsExactly(Kind.SAME_AS_EXISTING, Kind.SAME_AS_EXISTING);
        }
    }

    @Test
    void the_same_name_with_different_content_becomes_a_new_version_and_nothing_is_overwritten() {
        try (LocalStore store = open(temp)) {
            store.prompts().saveVersion("tutor", document("Mine"), "local", "ana");
            store.aliases().set("tutor", "production", 1, "ana");
            BundledPrompt theirs = new BundledPrompt("tutor", List.of(), Map.of("production", 1),
                    List.of(new BundledVersion(1, document("Theirs"), "from the team", "bo", Instant.parse("2026-01-01T00:00:00Z"), List.of(), Map.of())));

            List<ImportChange> changes = store.bundles().apply(List.of(theirs), "ana");
            assertThat(changes).extracting(ImportChange::describe).containsExactly(
                    "tutor: version 1 in the file becomes version 2", "tutor: alias production moves from version 1 to version 2");
            assertThat(store.prompts().version("tutor", 1)).get().extracting(v -> v.document().template().textOf(dev.playground.engine.model.Role.USER))
                    .isEqualTo("Mine");
            assertThat(store.aliases().history("tutor")).extracting(AliasMove::from, AliasMove::to)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(null, 1), org.assertj.core.groups.Tuple.tuple(1, 2));
        }
    }

    @Test
    void an_import_that_fails_part_way_writes_nothing() {
        try (LocalStore store = open(temp)) {
            BundledPrompt good = new BundledPrompt("good", List.of(), Map.of(),
                    List.of(new BundledVersion(1, document("ok"), "m", "a", null, List.of(), Map.of())));
            BundledPrompt badAlias = new BundledPrompt("bad", List.of(), Map.of("latest", 1),
                    List.of(new BundledVersion(1, document("ok"), "m", "a", null, List.of(), Map.of())));
            assertThatThrownBy(() -> store.bundles().apply(List.of(good, badAlias), "ana")).hasMessageContaining("not 'latest'");
            BundledPrompt unstorable = new BundledPrompt("huge", List.of(), Map.of(),
                    List.of(new BundledVersion(1, document("ok"), "x".repeat(5000), "a", null, List.of(), Map.of())));
            assertThatThrownBy(() -> store.bundles().apply(List.of(good, unstorable), "ana")).isInstanceOf(StoreException.class);
            assertThat(store.prompts().search(new PromptQuery("", "", "", true, 0))).isEmpty();
        }
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
