package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.model.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteropFormatsTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    @Test
    void an_mlflow_export_import_prompt_json_becomes_a_version_with_its_tags_and_author() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("mlflow/prompt.json"));
        assertThat(parsed.hasRefusals()).isFalse();
        BundledPrompt prompt = parsed.prompts().getFirst();
        BundledVersion version = prompt.versions().getFirst();
        assertThat(prompt.name()).isEqualTo("qa-assistant");
        assertThat(version.version()).isEqualTo(3);
        assertThat(version.document().template().messages()).containsExactly(
                PromptMessage.user("Answer the question using only the context.\n\nContext: {{ context }}\nQuestion: {{question}}"));
        assertThat(version.tags()).containsExactly("reviewed", "team=support");
        assertThat(version.author()).isEqualTo("ana@example.com");
        assertThat(version.commitMessage()).isEqualTo("Ground answers in context");
        assertThat(version.createdAt()).isEqualTo(Instant.ofEpochMilli(1763790000000L));
    }

    @Test
    void register_prompt_fields_carry_chat_messages_model_config_and_response_format_both_ways() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("mlflow/register_prompt.json"));
        BundledPrompt prompt = parsed.prompts().getFirst();
        BundledVersion version = prompt.versions().getFirst();
        assertThat(version.document().template().messages()).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(version.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(version.document().settings().temperature()).isEqualTo(0.0);
        assertThat(version.document().settings().maxTokens()).isEqualTo(200);
        assertThat(version.document().settings().stopSequences()).containsExactly("###");
        assertThat(version.document().settings().responseFormat()).contains("\"enum\" : [ \"billing\", \"bug\", \"other\" ]");
        assertThat(version.extras()).containsEntry("mlflow", Map.of("model_config", Map.of("provider", "openai", "extra_params", Map.of("logprobs", true))));
        assertThat(parsed.reports().getFirst().messages()).anyMatch(m -> m.contains("model_config"));

        String written = new MlflowPromptJson().write(prompt, version, Instant.parse("2026-11-22T12:00:00Z"));
        assertThat(written).contains("\"_mlflow_prompt_type\" : \"chat\"").contains("\"provider\" : \"openai\"")
                .contains("\"uri\" : \"prompts:/ticket-classifier/1\"").contains("\"extra_params\"");
        Path file = temp.resolve("prompt.json");
        Files.writeString(file, written);
        BundledVersion again = reader.read(file).prompts().getFirst().versions().getFirst();
        assertThat(again.document()).isEqualTo(version.document());
        assertThat(again.tags()).isEqualTo(version.tags());
        assertThat(again.extras()).isEqualTo(version.extras());
    }

    @Test
    void langfuse_versions_labels_and_placeholders_round_trip() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("langfuse/movie-critic.json"));
        BundledPrompt prompt = parsed.prompts().getFirst();
        assertThat(prompt.aliases()).containsExactly(Map.entry("production", 2), Map.entry("staging", 1));
        assertThat(prompt.tags()).containsExactly("movies");
        assertThat(prompt.versions()).extracting(BundledVersion::commitMessage).containsExactly("First draft", "Shorter answers");
        BundledVersion v2 = prompt.versions().get(1);
        assertThat(v2.document().template().messages()).hasSize(2);
        assertThat(v2.document().settings().temperature()).isEqualTo(0.3);
        assertThat(v2.document().model()).isEqualTo("gpt-4o");
        assertThat(parsed.reports().getFirst().messages()).anyMatch(m -> m.contains("placeholder entry kept under 'langfuse.placeholders'"));

        String written = new LangfusePromptJson().write(prompt);
        assertThat(written).contains("\"type\" : \"placeholder\"").contains("\"name\" : \"chat_history\"")
                .contains("\"supported_languages\"").contains("\"latest\"");
        Path file = temp.resolve("movie-critic.json");
        Files.writeString(file, written);
        assertThat(reader.read(file).prompts().getFirst()).isEqualTo(prompt);
    }

    @Test
    void a_promptfoo_config_brings_prompts_providers_tests_and_asserts_and_goes_back_out() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("promptfoo/promptfooconfig.yaml"));
        assertThat(parsed.hasRefusals()).isFalse();
        assertThat(parsed.prompts()).extracting(BundledPrompt::name).containsExactly("tutor-1", "tutor-2", "tutor-chat", "promptfoo-prompt-4");
        BundledVersion chat = parsed.prompts().get(2).versions().getFirst();
        assertThat(chat.document().template().messages()).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(chat.document().model()).isEqualTo("gpt-4.1-mini");
        assertThat(chat.document().settings().temperature()).isEqualTo(0.2);
        assertThat(chat.document().testInputs()).containsOnlyKeys("chunking", "test 2");
        assertThat(chat.document().testInputs().get("chunking")).containsEntry("topic", "chunking strategies");
        assertThat(parsed.reports().getFirst().messages())
                .anyMatch(m -> m.contains("promptfoo.providers[0].config.apiKey' looks like a secret"))
                .anyMatch(m -> m.contains("defaultTest") && m.contains("evaluateOptions"));

        Map<String, String> files = new PromptfooConfig().write(List.of(parsed.prompts().get(2)), "ignored");
        String config = files.get(PromptfooConfig.FILE_NAME);
        assertThat(config).doesNotContain("sk-test").contains("type: llm-rubric").contains("- index").contains("label: tutor-chat")
                .contains("id: file://prompts/tutor-chat.json").contains("maxConcurrency: 2").contains("description: Tutor prompts for the GenAI exam");
        Path out = temp.resolve("pf");
        new BundleWriter().write(files, out);
        ParsedImport again = reader.read(out.resolve(PromptfooConfig.FILE_NAME));
        BundledVersion back = again.prompts().getFirst().versions().getFirst();
        assertThat(again.prompts().getFirst().name()).isEqualTo("tutor-chat");
        assertThat(back.document().template()).isEqualTo(chat.document().template());
        assertThat(back.document().testInputs()).isEqualTo(chat.document().testInputs());
        assertThat(back.document().settings().temperature()).isEqualTo(0.2);
    }

    @Test
    void a_whole_bundle_goes_to_a_zip_and_back_with_aliases_and_interop_files() throws Exception {
        BundledPrompt tutor = BundleSamples.tutorPrompt();
        Path zip = temp.resolve("team-bundle.zip");
        BundleWriter writer = new BundleWriter();
        Map<String, String> files = writer.files(List.of(tutor), ExportOptions.ALL, BundleWriter.Interop.ALL, Instant.parse("2026-11-22T12:00:00Z"));
        assertThat(files).containsKeys("prompts/exam.tutor.prompt.yaml", "mlflow/exam.tutor/1/prompt.json", "mlflow/exam.tutor/2/prompt.json",
                "langfuse/exam.tutor.json", "prompty/exam.tutor/2.prompty", "promptfoo/promptfooconfig.yaml", "promptfoo/prompts/exam.tutor.json");
        writer.write(files, zip);

        Map<String, String> bundleOnly = writer.files(List.of(tutor), ExportOptions.ALL, BundleWriter.Interop.NONE, Instant.now());
        writer.write(bundleOnly, temp.resolve("only.zip"));
        ParsedImport parsed = reader.read(temp.resolve("only.zip"));
        assertThat(parsed.prompts()).containsExactly(tutor);

        ParsedImport aliasedOnly = reader.read(write(writer.files(List.of(tutor), new ExportOptions(true, false), BundleWriter.Interop.NONE, Instant.now())));
        assertThat(aliasedOnly.prompts().getFirst().versions()).extracting(BundledVersion::version).containsExactly(1, 2);
        assertThat(aliasedOnly.prompts().getFirst().versions().getFirst().extras()).doesNotContainKey(BundleFormat.SCORES)
                .containsKey(BundleFormat.JUDGE);
    }

    private Path write(Map<String, String> files) throws Exception {
        Path folder = Files.createTempDirectory(temp, "bundle");
        new BundleWriter().write(files, folder);
        return folder;
    }

    @Test
    void an_invalid_template_refuses_its_file_and_says_where() throws Exception {
        Path folder = temp.resolve("broken");
        Files.createDirectories(folder.resolve("prompts"));
        String good = new BundleYaml().write(BundleSamples.tutorPrompt());
        Files.writeString(folder.resolve("prompts/good.prompt.yaml"), good);
        Files.writeString(folder.resolve("prompts/bad.prompt.yaml"),
                good.replace("name: exam.tutor", "name: broken").replace("Explica {{topic}}\n", "Explica {% if topic %}{{topic}}\n"));
        ParsedImport parsed = reader.read(folder);
        assertThat(parsed.hasRefusals()).isTrue();
        assertThat(parsed.refusals()).singleElement().satisfies(report -> {
            assertThat(report.path()).isEqualTo("prompts/bad.prompt.yaml");
            assertThat(report.messages().getFirst()).contains("prompt 'broken' version 1").contains("does not render");
        });
    }

    @Test
    void files_of_other_kinds_in_a_folder_are_skipped_but_a_single_unknown_file_is_refused() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
        assertThat(reader.read(temp.resolve("notes.txt")).refusals()).singleElement()
                .satisfies(r -> assertThat(r.messages().getFirst()).contains("Import a bundle folder"));
    }

    @Test
    void a_bundle_exported_with_copies_in_every_format_reimports_each_version_once() throws Exception {
        BundledPrompt tutor = BundleSamples.tutorPrompt();
        BundleWriter writer = new BundleWriter();
        Path repo = temp.resolve("repo");
        writer.write(writer.files(List.of(tutor), ExportOptions.ALL, BundleWriter.Interop.ALL, Instant.now()), repo.resolve("team-prompts"));

        // Chosen as the bundle folder, and as a repository folder one level above it.
        for (Path chosen : List.of(repo.resolve("team-prompts"), repo)) {
            ParsedImport parsed = reader.read(chosen);
            assertThat(parsed.hasRefusals()).isFalse();
            assertThat(parsed.prompts()).singleElement().satisfies(prompt ->
                    assertThat(prompt.versions()).hasSameSizeAs(tutor.versions()));
            assertThat(parsed.reports()).filteredOn(r -> r.status() == FileReport.Status.SKIPPED)
                    .extracting(FileReport::format).contains(PromptyInterop.FORMAT, PromptfooConfig.FORMAT, "JSON");
        }
        // A copy on its own is still a prompt to import.
        Path promptyCopy;
        try (var files = Files.walk(repo.resolve("team-prompts/prompty"))) {
            promptyCopy = files.filter(f -> f.toString().endsWith(".prompty")).findFirst().orElseThrow();
        }
        assertThat(reader.read(promptyCopy).prompts()).hasSize(1);
    }

    @Test
    void promptfoo_tests_from_a_csv_table_and_a_yaml_file_become_test_inputs_and_asserts() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pf-tables"));
        Files.writeString(folder.resolve("promptfooconfig.yaml"), """
                prompts:
                  - "Responde en español: {{pregunta}} (nivel {{nivel}})"
                providers: [openai:gpt-4.1-mini]
                tests:
                  - file://tests/preguntas.csv
                  - file://tests/extra.yaml
                """);
        Files.createDirectories(folder.resolve("tests"));
        // A byte-order mark, a quoted comma, a quoted line break, a typed and a plain expectation, an unknown column.
        Files.writeString(folder.resolve("tests/preguntas.csv"), "\uFEFFpregunta,nivel,__expected,__description,__prefix\n"
                + "\"¿Qué es RAG, en pocas palabras?\",básico,contains: recuperación,rag corto,\n"
                + "\"Explica el chunking\nen dos frases\",medio,grade: menciona el solapamiento,,\n"
                + "¿Qué mide ROUGE-L?,avanzado,la subsecuencia común más larga,,x\n");
        Files.writeString(folder.resolve("tests/extra.yaml"), """
                - description: fuera de tema
                  vars: {pregunta: "¿Quién ganó el mundial?", nivel: básico}
                  assert:
                    - type: not-icontains
                      value: mundial
                """);
        ParsedImport parsed = reader.read(folder);
        assertThat(parsed.hasRefusals()).isFalse();
        var inputs = parsed.prompts().getFirst().versions().getFirst().document().testInputs();
        assertThat(inputs).containsOnlyKeys("rag corto", "test 2", "test 3", "fuera de tema");
        assertThat(inputs.get("rag corto")).containsEntry("pregunta", "¿Qué es RAG, en pocas palabras?").containsEntry("nivel", "básico");
        assertThat(inputs.get("test 2")).containsEntry("pregunta", "Explica el chunking\nen dos frases");
        assertThat(parsed.reports().getFirst().messages()).anyMatch(m -> m.contains("__prefix"));

        Map<String, String> files = new PromptfooConfig().write(parsed.prompts(), "ignored");
        assertThat(files.get(PromptfooConfig.FILE_NAME))
                .contains("type: contains").contains("value: recuperación")
                .contains("type: llm-rubric").contains("type: equals").contains("la subsecuencia común más larga")
                .contains("type: not-icontains");
    }

    @Test
    void a_broken_promptfoo_test_table_is_refused_with_the_file_named() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pf-broken"));
        Files.writeString(folder.resolve("promptfooconfig.yaml"), "prompts: ['Hi {{name}}']\ntests: file://cases.csv\n");
        Files.writeString(folder.resolve("cases.csv"), "name,__expected\n\"Ana,contains: Ana\n");
        ParsedImport parsed = reader.read(folder);
        assertThat(parsed.hasRefusals()).isTrue();
        assertThat(parsed.refusals().getFirst().messages().getFirst()).contains("cases.csv line 2").contains("never closed");
    }

    @Test
    void csv_expectations_map_to_promptfoo_assertion_types() {
        assertThat(PromptfooTests.assertion("icontains: madrid").toString()).isEqualTo("{\"type\":\"icontains\",\"value\":\"madrid\"}");
        assertThat(PromptfooTests.assertion("not-contains:error").toString()).isEqualTo("{\"type\":\"not-contains\",\"value\":\"error\"}");
        assertThat(PromptfooTests.assertion("is-json").toString()).isEqualTo("{\"type\":\"is-json\"}");
        assertThat(PromptfooTests.assertion("fn: output.length < 200").get("type").asText()).isEqualTo("javascript");
        assertThat(PromptfooTests.assertion("Madrid: la capital").toString()).as("not a known type: an exact answer")
                .isEqualTo("{\"type\":\"equals\",\"value\":\"Madrid: la capital\"}");
    }
}
