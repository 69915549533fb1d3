package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptyInteropTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    @Test
    void a_v1_prompty_imports_with_its_tags_author_and_parameters() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("prompty/support-v1.prompty"));
        assertThat(parsed.hasRefusals()).isFalse();
        BundledPrompt prompt = parsed.prompts().getFirst();
        BundledVersion version = prompt.versions().getFirst();
        assertThat(prompt.name()).isEqualTo("Support-Answer");
        assertThat(prompt.tags()).containsExactly("support", "grounded");
        assertThat(version.author()).isEqualTo("Marta Ruiz");
        assertThat(version.commitMessage()).isEqualTo("Imported from support-v1.prompty (version 1.2.0)");
        assertThat(version.document().template().messages()).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(version.document().settings().maxTokens()).isEqualTo(400);
        assertThat(version.document().settings().temperature()).isEqualTo(0.1);
        assertThat(version.document().variables()).containsEntry("question", "When do I get my money back?");
        assertThat(new BundleYaml().write(prompt)).doesNotContain("AZURE_OPENAI_API_KEY");
    }

    @Test
    void a_v2_prompty_imports_its_tools_and_reports_the_fields_it_keeps_aside() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("prompty/weather-v2.prompty"));
        BundledPrompt prompt = parsed.prompts().getFirst();
        BundledVersion version = prompt.versions().getFirst();
        assertThat(prompt.name()).isEqualTo("weather-report");
        assertThat(prompt.tags()).containsExactly("demo");
        assertThat(version.author()).isEqualTo("Ana Gil");
        assertThat(version.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(version.document().settings().stopSequences()).containsExactly("END");
        assertThat(version.document().variables()).containsEntry("city", "Madrid");
        assertThat(version.extras()).containsKey("prompty");
        assertThat(parsed.reports().getFirst().messages()).containsExactly(
                "Prompty fields kept with the version (no counterpart here): displayName",
                "Prompty model fields kept with the version: connection");
        assertThat(version.document().tools().tools()).extracting(dev.playground.engine.model.ToolDefinition::name).containsExactly("get_forecast");
        assertThat(version.extras().get("prompty").toString()).contains("endpoint=https://api.openai.com/v1").doesNotContain("OPENAI_API_KEY");
    }

    @Test
    void an_exported_prompty_reads_back_to_the_same_document() throws Exception {
        BundledPrompt weather = reader.read(BundleSamples.resource("prompty/weather-v2.prompty")).prompts().getFirst();
        BundledPrompt tutor = BundleSamples.tutorPrompt();
        var files = new BundleWriter().files(List.of(weather, tutor), ExportOptions.ALL,
                new BundleWriter.Interop(true, false, false, false), Instant.now());
        new BundleWriter().write(files, temp);
        for (var prompt : List.of(weather, tutor)) {
            BundledVersion last = prompt.versions().getLast();
            Path file = temp.resolve("prompty/" + prompt.name() + "/" + last.version() + ".prompty");
            assertThat(Files.readString(file)).startsWith("---\nname: " + prompt.name());
            BundledVersion back = reader.read(file).prompts().getFirst().versions().getFirst();
            // A Prompty body cannot carry a message's trailing line breaks; everything else must survive.
            assertThat(back.document().template().messages()).extracting(m -> m.role() + ":" + m.template().stripTrailing())
                    .isEqualTo(last.document().template().messages().stream().map(m -> m.role() + ":" + m.template().stripTrailing()).toList());
            assertThat(back.document().settings()).isEqualTo(last.document().settings());
            assertThat(back.document().model()).isEqualTo(last.document().model());
        }
    }
}
