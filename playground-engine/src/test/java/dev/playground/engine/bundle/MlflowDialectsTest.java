package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk export folder of mlflow-export-import: prompt.json files in both brace styles, chat, and a registry export. */
class MlflowDialectsTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    @Test
    void a_bulk_export_folder_imports_with_its_summary_skipped() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("mlflow-bulk"));
        assertThat(parsed.hasRefusals()).as("%s", parsed.reports()).isFalse();
        assertThat(parsed.reports()).filteredOn(r -> r.path().equals("prompts_summary.json"))
                .singleElement().extracting(FileReport::status).isEqualTo(FileReport.Status.SKIPPED);
        Map<String, BundledPrompt> prompts = parsed.prompts().stream().collect(Collectors.toMap(BundledPrompt::name, p -> p));
        assertThat(prompts).containsOnlyKeys("greeting", "triage", "classifier");

        BundledVersion greeting = prompts.get("greeting").versions().getFirst();
        assertThat(greeting.version()).isEqualTo(2);
        assertThat(greeting.document().template().messages()).containsExactly(PromptMessage.user(
                "Greet {{name}} from {{company}} in {{language}}. Keep the JSON shape {\"greeting\": \"...\"}."));
        assertThat(greeting.tags()).containsExactly("owner=web");
        assertThat(greeting.commitMessage()).isEqualTo("Single braces, LangChain style");

        BundledVersion triage = prompts.get("triage").versions().getFirst();
        assertThat(triage.document().template().messages()).containsExactly(
                PromptMessage.system("Sort tickets into {{categories}}."), PromptMessage.user("{{ticket}}"));
        assertThat(triage.document().model()).isEqualTo("gpt-4o");
        assertThat(triage.document().settings().temperature()).isEqualTo(0.1);
        assertThat(triage.document().settings().maxTokens()).isEqualTo(64);

        BundledPrompt classifier = prompts.get("classifier");
        assertThat(classifier.versions()).extracting(BundledVersion::version).containsExactly(1, 2);
        assertThat(classifier.aliases()).containsExactly(Map.entry("production", 2));
        assertThat(classifier.versions()).extracting(v -> v.document().template().messages().getFirst().template())
                .containsExactly("Label this: {{text}}", "Label this as {{labels}}: {{text}}");
        assertThat(classifier.versions()).extracting(BundledVersion::commitMessage).containsExactly("First cut", "With labels");
        assertThat(classifier.versions().getFirst().tags()).containsExactly("team=ml");
        assertThat(classifier.versions().getFirst().createdAt()).isEqualTo(Instant.ofEpochMilli(1764500000000L));
    }

    @Test
    void single_braces_go_back_out_as_single_braces() throws Exception {
        BundledPrompt greeting = reader.read(BundleSamples.resource("mlflow-bulk/prompts/greeting/prompt.json")).prompts().getFirst();
        String written = new MlflowPromptJson().write(greeting, greeting.versions().getFirst(), Instant.parse("2026-12-02T12:00:00Z"));
        assertThat(written).contains("Greet {name} from {company} in {language}.").contains("\"variables\" : [ \"name\", \"company\", \"language\" ]");
        Path file = temp.resolve("prompt.json");
        Files.writeString(file, written);
        BundledPrompt back = reader.read(file).prompts().getFirst();
        assertThat(back.versions().getFirst().document()).isEqualTo(greeting.versions().getFirst().document());
        assertThat(back.versions().getFirst().extras()).isEqualTo(greeting.versions().getFirst().extras());
    }
}
