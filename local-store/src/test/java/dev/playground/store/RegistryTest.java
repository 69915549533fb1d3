package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {
    @TempDir
    Path dataDir;
    private LocalStore store;

    @BeforeEach
    void open() {
        store = open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static PromptDocument document(String system, String user) {
        return new PromptDocument(PromptTemplate.systemAndUser(system, user), "dry-run", "gpt-4o-mini", ModelSettings.of(0.2, 256), Map.of());
    }

    @Test
    void aliases_move_and_every_move_is_recorded() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Explain {{topic}}"), "first", "ana");
        store.prompts().saveVersion("tutor", document("Tutor.", "Explain {{topic}} briefly"), "shorter", "ana");

        store.aliases().set("tutor", "champion", 1, "ana");
        store.aliases().set("tutor", "champion", 2, "luis");
        store.aliases().set("tutor", "champion", 2, "luis");
        store.aliases().set("tutor", "production", 1, "ana");
        assertThat(store.aliases().remove("tutor", "production", "ana")).isPresent();
        assertThat(store.aliases().remove("tutor", "production", "ana")).isEmpty();

        assertThat(store.aliases().aliases("tutor")).containsExactly(Map.entry("champion", 2));
        assertThat(store.aliases().resolve("tutor", "champion")).contains(2);
        assertThat(store.aliases().history("tutor"))
                .extracting(AliasMove::alias, AliasMove::from, AliasMove::to, AliasMove::movedBy)
                .containsExactly(tuple("champion", null, 1, "ana"), tuple("champion", 1, 2, "luis"),
                        tuple("production", null, 1, "ana"), tuple("production", 1, null, "ana"));
        assertThat(store.aliases().history("tutor")).allSatisfy(move -> assertThat(move.movedAt()).isNotNull());
    }

    @Test
    void an_alias_must_point_at_an_existing_version_and_have_a_usable_name() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana");
        assertThatThrownBy(() -> store.aliases().set("tutor", "champion", 7, "ana"))
                .isInstanceOf(UnknownPromptException.class).hasMessageContaining("no version 7");
        assertThatThrownBy(() -> store.aliases().set("missing", "champion", 1, "ana"))
                .isInstanceOf(UnknownPromptException.class).hasMessageContaining("no prompt named 'missing'");
        assertThatThrownBy(() -> store.aliases().set("tutor", "latest", 1, "ana")).hasMessageContaining("not 'latest'");
        assertThatThrownBy(() -> store.aliases().set("tutor", "3", 1, "ana")).hasMessageContaining("not a plain number");
        assertThat(store.aliases().history("tutor")).isEmpty();
    }

    @Test
    void tags_on_prompts_and_versions_can_change_at_any_time() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana");
        store.prompts().setPromptTags("tutor", List.of("exam", " rag ", "exam", ""));
        store.prompts().setVersionTags("tutor", 1, List.of("reviewed"));
        assertThat(store.prompts().summary("tutor")).get().extracting(PromptSummary::tags).isEqualTo(List.of("exam", "rag"));
        assertThat(store.prompts().version("tutor", 1)).get().extracting(PromptVersion::tags).isEqualTo(List.of("reviewed"));

        store.prompts().setPromptTags("tutor", List.of("rag"));
        store.prompts().setVersionTags("tutor", 1, List.of());
        assertThat(store.prompts().summary("tutor")).get().extracting(PromptSummary::tags).isEqualTo(List.of("rag"));
        assertThat(store.prompts().version("tutor", 1)).get().extracting(PromptVersion::tags).isEqualTo(List.of());
        assertThatThrownBy(() -> store.prompts().setPromptTags("tutor", List.of("a,b"))).hasMessageContaining("without commas");
    }

    @Test
    void search_finds_by_name_text_and_tag_and_filters_by_alias() {
        store.prompts().saveVersion("support-triage", document("Sort tickets.", "Ticket: {{ticket}}"), "first", "ana");
        store.prompts().saveVersion("exam.rag-quiz", document("Quiz master.", "Ask about chunking strategies"), "first", "ana");
        store.prompts().saveVersion("summarize", document("Summaries.", "Summarize {{text}} in 100% plain words"), "first", "ana");
        store.prompts().setPromptTags("support-triage", List.of("customer"));
        store.aliases().set("exam.rag-quiz", "production", 1, "ana");

        assertThat(names(PromptQuery.text("TRIAGE"))).containsExactly("support-triage");
        assertThat(names(PromptQuery.text("chunking"))).containsExactly("exam.rag-quiz");
        assertThat(names(PromptQuery.text("custom"))).containsExactly("support-triage");
        assertThat(names(PromptQuery.parse("tag:customer", false))).containsExactly("support-triage");
        assertThat(names(PromptQuery.parse("@production", false))).containsExactly("exam.rag-quiz");
        assertThat(names(PromptQuery.text("100%"))).containsExactly("summarize");
        assertThat(names(PromptQuery.text("_1"))).as("LIKE wildcards are literal").isEmpty();
        assertThat(store.prompts().search(PromptQuery.parse("@production", false)).getFirst().aliases())
                .containsExactly(Map.entry("production", 1));
    }

    @Test
    void search_sees_the_latest_version_text() {
        store.prompts().saveVersion("tutor", document("Tutor.", "old wording"), "first", "ana");
        store.prompts().saveVersion("tutor", document("Tutor.", "new wording"), "second", "ana");
        assertThat(names(PromptQuery.text("new wording"))).containsExactly("tutor");
        assertThat(names(PromptQuery.text("old wording"))).isEmpty();
    }

    @Test
    void archiving_hides_a_prompt_without_losing_it_and_saving_brings_it_back() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana");
        store.prompts().saveVersion("other", document("Other.", "Hi"), "first", "ana");
        store.prompts().archive("tutor");

        assertThat(names(PromptQuery.all())).containsExactly("other");
        assertThat(names(new PromptQuery("", "", "", true, 0))).containsExactlyInAnyOrder("tutor", "other");
        assertThat(store.prompts().versions("tutor")).hasSize(1);
        assertThat(store.prompts().summary("tutor")).get().extracting(PromptSummary::archived).isEqualTo(true);

        store.prompts().saveVersion("tutor", document("Tutor.", "Hello"), "back", "ana");
        assertThat(names(PromptQuery.all())).contains("tutor");
        assertThatThrownBy(() -> store.prompts().archive("nope")).isInstanceOf(UnknownPromptException.class);
    }

    @Test
    void versions_keep_their_extra_sections() {
        Map<String, Object> extras = Map.of("judge", Map.of("kind", "llm-rubric", "threshold", 0.8), "scores", Map.of("faithfulness", 4.5));
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana", extras);
        assertThat(store.prompts().version("tutor", 1)).get().extracting(PromptVersion::extras).isEqualTo(extras);
    }

    @Test
    void lineage_lists_the_runs_and_comparisons_that_used_a_version() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana");
        store.prompts().saveVersion("tutor", document("Tutor.", "Hello"), "second", "ana");
        Instant earlier = Instant.parse("2026-11-20T10:00:00Z");
        store.lineage().record(new VersionUsage("tutor", 1, VersionUsage.Kind.RUN, "run-17", "dry run", earlier));
        store.lineage().record(new VersionUsage("tutor", 1, VersionUsage.Kind.COMPARISON, "cmp-3", "v1 vs v2", earlier.plusSeconds(60)));

        assertThat(store.lineage().usages("tutor", 1)).extracting(VersionUsage::kind, VersionUsage::refId)
                .containsExactly(tuple(VersionUsage.Kind.COMPARISON, "cmp-3"), tuple(VersionUsage.Kind.RUN, "run-17"));
        assertThat(store.lineage().usages("tutor", 2)).isEmpty();
        assertThatThrownBy(() -> store.lineage().record(new VersionUsage("tutor", 9, VersionUsage.Kind.RUN, "r", "", earlier)))
                .isInstanceOf(UnknownPromptException.class);
    }

    @Test
    void a_store_from_before_the_registry_upgrades_with_its_prompts_searchable() throws Exception {
        store.close();
        LocalStore.open(dataDir.resolve("old"), "2").close();
        OldSchemaRows.insertFirstVersion(dataDir.resolve("old"), "legacy", document("Old system.", "Find me by {{word}}"), "made on schema 2", "ana");
        store = open(dataDir.resolve("old"));
        assertThat(store.prompts().search(PromptQuery.text("find me"))).extracting(PromptSummary::name, PromptSummary::latestVersion)
                .containsExactly(tuple("legacy", 1));
        assertThat(store.prompts().saveVersion("legacy", document("Old system.", "Second"), "next", "ana").version()).isEqualTo(2);
    }

    @Test
    void the_library_sees_what_another_process_writes() {
        store.prompts().saveVersion("tutor", document("Tutor.", "Hi"), "first", "ana");
        assertThat(names(PromptQuery.parse("@production", false))).isEmpty();
        try (LocalStore commandLine = open(dataDir)) {
            commandLine.aliases().set("tutor", "production", 1, "ana");
            commandLine.prompts().setPromptTags("tutor", List.of("exam"));
            commandLine.prompts().saveVersion("other", document("Other.", "needle in the text"), "first", "ana");
            commandLine.prompts().archive("tutor");
        }
        assertThat(names(PromptQuery.text("needle"))).containsExactly("other");
        assertThat(names(new PromptQuery("", "exam", "production", true, 0))).containsExactly("tutor");
        assertThat(names(PromptQuery.all())).containsExactly("other");
    }

    private List<String> names(PromptQuery query) {
        return store.prompts().search(query).stream().map(PromptSummary::name).toList();
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
