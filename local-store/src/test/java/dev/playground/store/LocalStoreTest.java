package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {
    @TempDir
    Path dataDir;

    private static PromptDocument document(String user) {
        return new PromptDocument(PromptTemplate.systemAndUser("Eres un tutor.", user), "dry-run", "gpt-4o-mini",
                ModelSettings.of(0.2, 256), Map.of("topic", "RAG"));
    }

    @Test
    void a_fresh_store_numbers_versions_and_keeps_them_after_reopening() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.prompts().saveVersion("tutor", document("Explica {{topic}}"), "first", "ana").version()).isEqualTo(1);
            assertThat(store.prompts().saveVersion("tutor", document("Explica {{topic}} con ejemplos"), "examples", "ana").version()).isEqualTo(2);
        }
        assertThat(dataDir.resolve("playground.mv.db")).exists();

        try (LocalStore reopened = LocalStore.open(dataDir)) {
            List<PromptVersion> versions = reopened.prompts().versions("tutor");
            assertThat(versions).extracting(PromptVersion::version).containsExactly(1, 2);
            assertThat(versions.get(1).document()).isEqualTo(document("Explica {{topic}} con ejemplos"));
            assertThat(versions.get(1).commitMessage()).isEqualTo("examples");
            assertThat(reopened.prompts().listPrompts()).extracting(PromptSummary::name, PromptSummary::latestVersion)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("tutor", 2));
        }
    }

    @Test
    void upgrading_from_the_first_schema_keeps_saved_versions() throws Exception {
        LocalStore.open(dataDir, "1").close();
        OldSchemaRows.insertFirstVersion(dataDir, "legacy", document("Hola {{topic}}"), "made on schema 1", "ana");
        try (var connections = dev.playground.store.h2.StoreConnections.of(dataDir); var connection = connections.connection();
             var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'DRAFT'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("schema 1 has no draft table yet").isZero();
        }

        try (LocalStore upgraded = LocalStore.open(dataDir)) {
            assertThat(upgraded.prompts().latest("legacy")).get().extracting(PromptVersion::commitMessage).isEqualTo("made on schema 1");
            upgraded.drafts().save(new Draft("main", "legacy", document("changed"), Instant.now()));
            assertThat(upgraded.drafts().load("main")).get().extracting(Draft::document).isEqualTo(document("changed"));
        }
    }

    @Test
    void two_processes_style_connections_share_the_store() {
        try (LocalStore window = LocalStore.open(dataDir); LocalStore commandLine = LocalStore.open(dataDir)) {
            window.prompts().saveVersion("shared", document("a"), "from window", "ana");
            commandLine.prompts().saveVersion("shared", document("b"), "from cli", "ana");
            assertThat(window.prompts().versions("shared")).extracting(PromptVersion::version).containsExactly(1, 2);
        }
    }

    @Test
    void bad_names_are_refused_with_a_clear_message() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThatThrownBy(() -> store.prompts().saveVersion("my prompt", document("x"), "m", "a"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters (any language), digits");
            assertThat(store.prompts().listPrompts()).isEmpty();
        }
    }

    @Test
    void settings_and_drafts_round_trip() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.settings().put("ui.language", "es");
            assertThat(store.settings().get("ui.language")).contains("es");
            store.drafts().save(new Draft("main", "", document("borrador"), Instant.now()));
            store.drafts().delete("main");
            assertThat(store.drafts().load("main")).isEmpty();
        }
    }

    @Test
    void the_data_folder_holds_only_the_store_and_its_backups() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.prompts().saveVersion("p", document("x"), "m", "a");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("playground.") || n.equals("backups"));
        }
    }
}
