package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.TemplateRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotpromptFormatTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    @Test
    void a_dotprompt_file_imports_roles_helpers_partials_history_and_settings() throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("dotprompt"));
        assertThat(parsed.hasRefusals()).as("%s", parsed.reports()).isFalse();
        BundledPrompt prompt = parsed.prompts().getFirst();
        assertThat(parsed.prompts()).hasSize(1);
        assertThat(prompt.name()).isEqualTo("recipe");
        BundledVersion version = prompt.versions().getFirst();
        var document = version.document();
        assertThat(document.template().messages()).containsExactly(
                PromptMessage.system("You are a warm chef from Valencia.\n{# Keep the answer short. #}\nYou write recipes."),
                PromptMessage.user("A recipe for {{dish}}{% if guests %} for {{guests}} people{% else %} for one{% endif %}.\n"
                        + "{% if not allergies %}No allergies.{% endif %}\n"
                        + "{% for allergies_item in allergies %}\n- avoid {{ allergies_item }} (item {{ loop.index0 }}), tone {{ dish }}\n{% endfor %}\n"
                        + "{% raw %}{{media url=photoUrl}}{% endraw %}"),
                PromptMessage.assistant("Sure, here it is."));
        assertThat(document.model()).isEqualTo("gemini-2.0-flash");
        assertThat(document.settings().temperature()).isEqualTo(0.8);
        assertThat(document.settings().maxTokens()).isEqualTo(400);
        assertThat(document.settings().topK()).isEqualTo(32);
        assertThat(document.settings().responseFormat()).isEqualTo("json");
        assertThat(document.variables()).containsExactly(Map.entry("dish", "paella"), Map.entry("guests", "4"));
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) version.extras().get("dotprompt");
        assertThat(kept).containsEntry("provider", "googleai").containsEntry("history", List.of(2)).containsKeys("config", "inputSchema", "output", "front");
        assertThat(parsed.reports().getFirst().messages())
                .anyMatch(m -> m.contains("{{media url=photoUrl}}") && m.contains("line"))
                .anyMatch(m -> m.contains("partial 'persona' was included"))
                .anyMatch(m -> m.contains("{{history}}"))
                .anyMatch(m -> m.contains("tools"));
        var rendered = new TemplateRenderer().render(document.template(), Map.of("dish", "soup", "guests", "", "allergies", "[\"nuts\"]"));
        assertThat(rendered.get(1).text()).contains("for one").contains("- avoid nuts (item 0), tone soup").contains("{{media url=photoUrl}}");

        String written = new DotpromptFormat(new SafeYaml(ImportLimits.DEFAULT)).write(version);
        assertThat(written).contains("model: googleai/gemini-2.0-flash").contains("{{role \"model\"}}").contains("{{#each allergies}}")
                .contains("{{this}}").contains("{{../dish}}").contains("{{media url=photoUrl}}").contains("{{history}}");
        Path file = temp.resolve("recipe.prompt");
        Files.writeString(file, written);
        BundledVersion back = reader.read(file).prompts().getFirst().versions().getFirst();
        assertThat(back.document()).isEqualTo(document);
        assertThat(back.extras()).isEqualTo(version.extras());
    }
}
