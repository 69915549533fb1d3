package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticKernelFormatTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    private Map<String, BundledVersion> read() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("semantic-kernel"));
        assertThat(parsed.hasRefusals()).as("%s", parsed.reports()).isFalse();
        assertThat(parsed.reports()).extracting(FileReport::path)
                .containsExactly("Summarize/skprompt.txt", "yaml/classify.yaml", "yaml/story.yaml");
        assertThat(parsed.reports().getFirst().messages()).anyMatch(m -> m.contains("{{time.today}} cannot run here"))
                .anyMatch(m -> m.contains("execution settings for azure kept"));
        return parsed.prompts().stream().collect(Collectors.toMap(BundledPrompt::name, p -> p.versions().getFirst()));
    }

    @Test
    void a_skprompt_folder_the_three_template_formats_and_execution_settings_import() throws Exception {
        Map<String, BundledVersion> prompts = read();
        BundledVersion summarize = prompts.get("Summarize");
        assertThat(summarize.document().template().messages()).containsExactly(
                PromptMessage.system("You summarise text for busy readers. Today is {% raw %}{{time.today}}{% endraw %}."),
                PromptMessage.user("Summarise in {{length}} sentences:\n\n{{ input }}"));
        assertThat(summarize.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(summarize.document().settings().maxTokens()).isEqualTo(300);
        assertThat(summarize.document().settings().temperature()).isEqualTo(0.2);
        assertThat(summarize.document().settings().topP()).isEqualTo(0.5);
        assertThat(summarize.document().settings().stopSequences()).containsExactly("###");
        assertThat(summarize.document().variables()).containsExactly(Map.entry("length", "3"));

        BundledVersion story = prompts.get("GenerateStory");
        assertThat(story.document().template().messages()).containsExactly(
                PromptMessage.system("You tell gentle stories."),
                PromptMessage.user("Tell a story about {{topic}} for a child of {{age}}.\n{% if moral %}End with the moral: {{moral}}.{% endif %}\n"
                        + "{% for characters_item in characters %}\n- include {{ characters_item.name }} the {{ characters_item.kind }}\n{% endfor %}"));
        assertThat(story.document().variables()).containsExactly(Map.entry("age", "6"), Map.entry("moral", ""),
                Map.entry("characters", "[{\"name\": \"Pip\", \"kind\": \"fox\"}]"));
        assertThat(story.document().model()).isEqualTo("gpt-4o");
        assertThat(story.document().settings().temperature()).isEqualTo(0.9);
        assertThat(story.extras().get("semanticKernel").toString()).contains("function_choice_behavior").contains("output_variable");

        BundledVersion classify = prompts.get("Classify");
        assertThat(classify.document().template().messages()).containsExactly(
                PromptMessage.system("Classify the ticket into one of: {{ labels | join(\", \") }}."), PromptMessage.user("{{ ticket }}"));
        assertThat(classify.document().settings().responseFormat()).isEqualTo("json");
        assertThat(classify.document().settings().temperature()).isEqualTo(0.0);
    }

    @Test
    void each_exports_to_semantic_kernel_yaml_and_reads_back_the_same() throws Exception {
        for (Map.Entry<String, BundledVersion> entry : read().entrySet()) {
            String written = SemanticKernelFormat.write(entry.getKey(), entry.getValue());
            Path file = temp.resolve(entry.getKey() + ".yaml");
            Files.writeString(file, written);
            ParsedImport again = reader.read(file);
            assertThat(again.hasRefusals()).as("%s\n%s", again.reports(), written).isFalse();
            BundledVersion back = again.prompts().getFirst().versions().getFirst();
            assertThat(back.document()).as(written).isEqualTo(entry.getValue().document());
            assertThat(back.extras()).as(written).isEqualTo(entry.getValue().extras());
            if (entry.getKey().equals("Summarize")) assertThat(written).contains("{{$length}}").contains("{{time.today}}").contains("template_format: semantic-kernel");
        }
    }
}
