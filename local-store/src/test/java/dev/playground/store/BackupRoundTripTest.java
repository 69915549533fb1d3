package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.bundle.BundleWriter;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.ExportOptions;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.ParsedImport;
import dev.playground.engine.bundle.PromptImportReader;
import dev.playground.engine.bundle.SaveRules;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store accepts, an export writes and an import into a fresh store reads back whole, field by field. */
class BackupRoundTripTest {
    @TempDir Path temp;

    private static PromptDocument odd(String user, Map<String, String> variables) {
        PromptTemplate everyRole = PromptTemplate.of(PromptMessage.system("Eres un tutor. «Sé breve» — 先生"), PromptMessage.user(user),
                PromptMessage.assistant("Claro: {{ tema | upper }}"), PromptMessage.user("{% if extra %}{{ extra }}{% endif %}\n\ttab and\r\nCRLF"));
        ModelSettings settings = new ModelSettings(0.0, 1.0, 40, 1, List.of("###", "\n\n"), Integer.MAX_VALUE, -2.0, 2.0, "json");
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        inputs.put("vacío", Map.of("tema", "", "extra", ""));
        inputs.put("short", Map.of("tema", "RAG"));
        return new PromptDocument(everyRole, "conn-ü", "modèle/7b:q4", settings, variables, inputs,
                new RetrievalSettings("apuntes", "tema", 3, 0.25, "[{n}] {text}"));
    }

    @Test
    void a_store_of_odd_prompts_exports_and_imports_back_whole_into_a_fresh_store() throws Exception {
        String longText = "Lorem ipsum {{ tema }} dolor — ".repeat(25_000); // about 800 KB: under the 1 MiB per version
        Map<String, BundledPrompt> before = new LinkedHashMap<>();
        try (LocalStore source = LocalStore.open(temp.resolve("source"))) {
            source.prompts().saveVersion("café-ñandú", odd("Explica {{tema}}", Map.of("tema", "", "extra", "")), "primera", "ana");
            source.prompts().saveVersion("café-ñandú", odd("Explica {{tema}}", Map.of("tema", "", "extra", "")), "same text again", "ana");
            source.prompts().saveVersion("café-ñandú", odd("Explica {{tema}} en 3 frases", Map.of()), "ñ", "José Ñúñez",
                    Map.of("judge", Map.of("rubric", "groundedness", "scale", List.of(1, 5))));
            source.prompts().saveVersion("日本語のプロンプト", odd("{{tema}}について説明して", Map.of("tema", "")), "最初", "花子");
            for (int i = 0; i < 6; i++) source.prompts().saveVersion("long.text_v-1", odd(longText + i, Map.of()), "long " + i, "ana");
            source.aliases().set("café-ñandú", "champion", 1, "ana");
            source.aliases().set("café-ñandú", "production", 3, "ana");
            source.aliases().set("long.text_v-1", "challenger", 5, "ana");
            source.prompts().setPromptTags("café-ñandú", List.of("exam", "español"));
            source.prompts().setVersionTags("café-ñandú", 2, List.of("reviewed", "team=docs"));
            for (PromptSummary prompt : source.prompts().listPrompts()) before.put(prompt.name(), source.bundles().export(prompt.name()));
        }
        assertThat(before).hasSize(3);

        BundleWriter writer = new BundleWriter();
        Map<String, String> files = writer.files(List.copyOf(before.values()), ExportOptions.ALL, BundleWriter.Interop.NONE, Instant.now());
        assertThat(files.keySet()).as("six versions of ~800 KB do not fit one 4 MiB file, so the prompt is split")
                .contains("prompts/long.text_v-1.prompt.yaml", "prompts/long.text_v-1~2.prompt.yaml");
        Path folder = temp.resolve("backup");
        writer.write(files, folder);
        try (Stream<Path> written = Files.list(folder.resolve("prompts"))) {
            assertThat(written).allMatch(file -> {
                try {
                    return Files.size(file) <= ImportLimits.DEFAULT.maxFileBytes();
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
        }

        ParsedImport parsed = new PromptImportReader(ImportLimits.DEFAULT).read(folder);
        assertThat(parsed.refusals()).isEmpty();
        try (LocalStore fresh = LocalStore.open(temp.resolve("fresh"))) {
            fresh.bundles().apply(parsed.prompts(), "restorer");
            assertThat(fresh.prompts().listPrompts()).extracting(PromptSummary::name).containsExactlyInAnyOrderElementsOf(before.keySet());
            for (var prompt : before.entrySet()) {
                BundledPrompt after = fresh.bundles().export(prompt.getKey());
                assertThat(after.tags()).isEqualTo(prompt.getValue().tags());
                assertThat(after.aliases()).isEqualTo(prompt.getValue().aliases());
                assertThat(after.versions()).as(prompt.getKey()).hasSameSizeAs(prompt.getValue().versions());
                for (int i = 0; i < after.versions().size(); i++) {
                    assertThat(after.versions().get(i)).as(prompt.getKey() + " version " + (i + 1)).usingRecursiveComparison()
                            .isEqualTo(prompt.getValue().versions().get(i));
                }
            }
        }
    }

    @Test
    void what_an_import_would_refuse_cannot_be_saved_in_the_first_place() {
        try (LocalStore store = LocalStore.open(temp.resolve("store"))) {
            for (String name : List.of(".", "..", ".hidden", "a/b", "a\\b", "tab\there", "line\nbreak", "x".repeat(201), "NUL", "con.txt", "")) {
                assertThatThrownBy(() -> store.prompts().saveVersion(name, PromptDocument.of(PromptTemplate.systemAndUser("", "hi")), "m", "a"))
                        .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters (any language), digits");
            }
            assertThatThrownBy(() -> store.prompts().saveVersion("ok", PromptDocument.of(PromptTemplate.systemAndUser("", "Hi {{ name")), "m", "a"))
                    .hasMessageContaining("line 1, column 4");
            String huge = "x".repeat(SaveRules.MAX_VERSION_BYTES + 1);
            assertThatThrownBy(() -> store.prompts().saveVersion("ok", PromptDocument.of(PromptTemplate.systemAndUser("", huge)), "m", "a"))
                    .hasMessageContaining("1024 KiB");
            assertThat(store.prompts().listPrompts()).isEmpty();
        }
    }
}
