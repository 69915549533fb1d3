package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LangChainFormatTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);
    private ParsedImport parsed;
    private Map<String, BundledVersion> prompts;

    static Path corpus(String path) {
        try {
            return Path.of(LangChainFormatTest.class.getResource("/corpus/" + path).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void read() throws Exception {
        parsed = reader.read(corpus("langchain"));
        assertThat(parsed.hasRefusals()).as("%s", parsed.reports()).isFalse();
        prompts = parsed.prompts().stream().collect(Collectors.toMap(BundledPrompt::name, p -> p.versions().getFirst()));
    }

    private List<String> messagesOf(String file) {
        return parsed.reports().stream().filter(r -> r.path().equals(file)).findFirst().orElseThrow().messages();
    }

    @Test
    void saved_prompt_files_read_f_strings_partials_template_paths_and_chats() {
        assertThat(prompts.get("legacy-prompt").document().template().messages()).containsExactly(
                PromptMessage.user("Suggest three things to do in {{city}} during {{season}}. Keep each under twenty words."));
        BundledVersion partial = prompts.get("legacy-partial");
        assertThat(partial.document().template().messages()).containsExactly(PromptMessage.user("Write a {{tone}} tagline for {{product}}.\nAnswer with the tagline only.\n"));
        assertThat(partial.document().variables()).containsExactly(Map.entry("tone", "cheerful"));
        assertThat(messagesOf("legacy-partial.yaml")).anyMatch(m -> m.contains("output_parser, validate_template"))
                .anyMatch(m -> m.contains("partial variables (tone)"));
        assertThat(prompts.get("legacy-template-path").document().template().messages()).containsExactly(
                PromptMessage.user("Write a haiku about {{subject}}.\nUse the word \"{{keyword}}\" once.\n"));
        assertThat(prompts.get("legacy-chat").document().template().messages()).containsExactly(
                PromptMessage.system("You review {{language}} code. Point out bugs first, style second."),
                PromptMessage.user("Review this:\n{{snippet}}"), PromptMessage.assistant("Understood. Here is my review:"));
        assertThat(prompts.get("legacy-jinja2").document().template().messages().getFirst().template()).contains("{% for step in steps %}");
    }

    @Test
    void few_shot_examples_are_written_into_the_text_and_kept() {
        assertThat(prompts.get("legacy-few-shot").document().template().messages()).containsExactly(PromptMessage.user(
                "Give the opposite of each word.\n\nWord: tall\nOpposite: short\n\nWord: early\nOpposite: late\n\nWord: {{word}}\nOpposite:"));
        assertThat(prompts.get("legacy-few-shot-files").document().template().messages()).containsExactly(PromptMessage.user(
                "Convert imperial quantities to metric.\n1 mile = 1.609 kilometres\n2 pounds = 0.907 kilograms\n1 gallon = 3.785 litres\n{{quantity}} ="));
        assertThat(messagesOf("legacy-few-shot-files.yaml")).anyMatch(m -> m.contains("3 few-shot examples were written into the prompt text"));
        assertThat(parsed.reports()).extracting(FileReport::path).doesNotContain("unit_examples.json", "unit_example_prompt.yaml", "haiku_template.txt");
    }

    @Test
    void hub_manifests_keep_roles_placeholders_literal_messages_and_the_model() {
        BundledVersion chat = prompts.get("hub-chat");
        assertThat(chat.document().template().messages()).containsExactly(
                PromptMessage.system("You are a patient support agent for a bicycle shop."), PromptMessage.user("{{question}}"));
        assertThat(messagesOf("hub-chat.json")).anyMatch(m -> m.contains("messages placeholder 'history'"));
        assertThat(chat.extras().get("langchain").toString()).contains("lc_hub_repo=support-agent");

        BundledVersion sequence = prompts.get("hub-sequence");
        assertThat(sequence.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(sequence.document().settings().temperature()).isEqualTo(0.4);
        assertThat(sequence.document().settings().maxTokens()).isEqualTo(300);
        assertThat(sequence.document().settings().stopSequences()).containsExactly("\n\n\n");
        assertThat(messagesOf("hub-sequence.json")).anyMatch(m -> m.contains("model arguments kept") && m.contains("streaming"));

        assertThat(prompts).containsKey("meeting-notes");
        assertThat(prompts.get("hub-prompt").document().template().messages().getFirst().template())
                .isEqualTo("Extract the sentiment of the review as JSON shaped like {\"sentiment\": \"positive\"}.\n\nReview: {{review}}");
        assertThat(prompts.get("hub-literal-messages").document().template().messages()).containsExactly(
                PromptMessage.system("Reply with a recipe card in the form {\"title\": ..., \"steps\": [...]}"),
                PromptMessage.user("Something with lentils."),
                PromptMessage.assistant("{% raw %}{\"title\": \"Lentil soup\", \"time\": {\"minutes\": 40}}{% endraw %}"),
                PromptMessage.user("Now one for {{dish}}."));
        assertThat(prompts.get("hub-mustache").document().template().messages().getFirst().template()).contains("{% if vip %}");
        assertThat(messagesOf("hub-image.json")).anyMatch(m -> m.contains("not one text template"));
        assertThat(messagesOf("hub-format-spec.json")).anyMatch(m -> m.contains("{price:.2f}"));
    }

    @Test
    void every_file_round_trips_through_a_langchain_export() throws Exception {
        for (BundledPrompt prompt : parsed.prompts()) {
            BundledVersion version = prompt.versions().getFirst();
            String written = new LangChainWriter().write(prompt.name(), version);
            Path file = temp.resolve(prompt.name() + (prompt.name().equals("legacy-partial") ? ".yaml" : ".json"));
            Files.writeString(file, written);
            BundledVersion again = reader.read(file).prompts().getFirst().versions().getFirst();
            assertThat(again.document()).as(prompt.name() + "\n" + written).isEqualTo(version.document());
            assertThat(again.extras()).as(prompt.name() + "\n" + written).isEqualTo(version.extras());
        }
    }

    @Test
    void prompts_from_other_formats_export_with_model_and_settings_in_metadata() throws Exception {
        BundledPrompt tutor = BundleSamples.tutorPrompt();
        BundledVersion v2 = tutor.versions().get(1);
        String written = new LangChainWriter().write(tutor.name(), v2);
        assertThat(written).contains("ChatPromptTemplate").contains("\"playground_model\" : \"gpt-4o-mini\"").contains("Explica {topic} con un ejemplo");
        Path file = temp.resolve("tutor.json");
        Files.writeString(file, written);
        BundledVersion again = reader.read(file).prompts().getFirst().versions().getFirst();
        assertThat(again.document().template()).isEqualTo(v2.document().template());
        assertThat(again.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(again.document().settings()).isEqualTo(v2.document().settings());
        assertThat(again.document().variables()).isEqualTo(v2.document().variables());
    }
}
