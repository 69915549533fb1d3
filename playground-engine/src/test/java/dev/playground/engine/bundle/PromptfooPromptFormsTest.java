package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way promptfoo's documentation lets a prompt be written, in one config with an ordinary name. */
class PromptfooPromptFormsTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    private Map<String, BundledVersion> byName(ParsedImport parsed) {
        return parsed.prompts().stream().collect(Collectors.toMap(BundledPrompt::name, p -> p.versions().getFirst()));
    }

    @Test
    void a_folder_with_a_config_of_any_name_imports_every_prompt_form() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("promptfoo-forms"));
        assertThat(parsed.hasRefusals()).as("%s", parsed.reports()).isFalse();
        // The prompt files are read as part of the config; the config without prompts is a suite, skipped with a reason.
        assertThat(parsed.reports()).extracting(FileReport::path).containsExactly("eval-config.yaml", "suite-only.yaml");
        assertThat(parsed.reports().get(1).status()).isEqualTo(FileReport.Status.SKIPPED);
        Map<String, BundledVersion> prompts = byName(parsed);
        assertThat(prompts).containsOnlyKeys("farewell-1", "farewell-2", "greet", "summary", "support-chat", "history", "yaml-chat",
                "eval-config-prompt-8", "raw-chat", "shouted");
        assertThat(prompts.get("greet").document().template().messages()).containsExactly(PromptMessage.user("Say hello to {{name}} warmly."));
        assertThat(prompts.get("farewell-2").document().template().messages())
                .containsExactly(PromptMessage.user("Say goodbye to {{name}} in one word."));
        assertThat(prompts.get("summary").document().template().messages())
                .containsExactly(PromptMessage.user("Summarise this in three bullet points:\n\n{{document}}"));
        assertThat(prompts.get("support-chat").document().template().messages()).containsExactly(
                PromptMessage.system("You are a calm support agent for {{product}}."), PromptMessage.user("{{question}}"));
        assertThat(prompts.get("history").document().template().messages()).containsExactly(
                PromptMessage.system("You are a tutor for {{ subject }}."), PromptMessage.user("{{ question }}"));
        assertThat(prompts.get("yaml-chat").document().template().messages()).containsExactly(
                PromptMessage.system("Answer as a pirate."), PromptMessage.user("{{question}}"), PromptMessage.assistant("Arr, ask away."));
        assertThat(prompts.get("eval-config-prompt-8").document().template().messages())
                .containsExactly(PromptMessage.user("Translate {{text}} into {{language | upper}}"));
        assertThat(prompts.get("raw-chat").document().template().messages()).containsExactly(
                PromptMessage.system("Be brief."), PromptMessage.user("{{q}}"));
        // A filter defined in the user's own JavaScript cannot run here: the message is kept as literal text.
        BundledVersion shouted = prompts.get("shouted");
        assertThat(shouted.document().template().messages())
                .containsExactly(PromptMessage.user("{% raw %}Hello {{ name | shout }}!{% endraw %}"));
        assertThat(shouted.extras()).containsEntry(LiteralText.KEY, List.of(0));

        BundledVersion greet = prompts.get("greet");
        assertThat(greet.document().model()).isEqualTo("gpt-4o-mini");
        assertThat(greet.document().settings().temperature()).isEqualTo(0.3);
        assertThat(greet.document().settings().maxTokens()).isEqualTo(256);
        // defaultTest's vars apply under each test's own.
        assertThat(greet.document().testInputs()).containsExactly(
                Map.entry("greeting", Map.of("language", "French", "text", "good morning")),
                Map.entry("override", Map.of("language", "German", "text", "thank you")));

        List<String> messages = parsed.reports().getFirst().messages();
        assertThat(messages).anyMatch(m -> m.contains("tool.js:buildPrompt") && m.contains("code"))
                .anyMatch(m -> m.contains("langfuse://support-bot@production") && m.contains("external service"))
                .anyMatch(m -> m.contains("history.json is a Nunjucks template") && m.contains("loop over history"))
                .anyMatch(m -> m.contains("message 1 uses template syntax this app cannot render") && m.contains("shout"));
    }

    @Test
    void an_export_writes_a_templated_chat_file_and_a_literal_message_back_as_they_were() throws Exception {
        Map<String, BundledVersion> prompts = byName(reader.read(BundleSamples.resource("promptfoo-forms")));
        BundledPrompt history = new BundledPrompt("history", List.of(), Map.of(), List.of(prompts.get("history")));
        BundledPrompt shouted = new BundledPrompt("shouted", List.of(), Map.of(), List.of(prompts.get("shouted")));
        Map<String, String> files = new PromptfooConfig().write(List.of(history, shouted), "again");
        assertThat(files.get("prompts/history.json")).contains("{% for turn in history %}");
        assertThat(files.get("prompts/shouted.json")).contains("Hello {{ name | shout }}!").doesNotContain("raw");
        Path out = temp.resolve("pf");
        new BundleWriter().write(files, out);
        Map<String, BundledVersion> back = byName(reader.read(out));
        assertThat(back.get("history").document()).isEqualTo(prompts.get("history").document());
        assertThat(back.get("history").extras()).isEqualTo(prompts.get("history").extras());
        assertThat(back.get("shouted").document().template()).isEqualTo(prompts.get("shouted").document().template());
    }
}
