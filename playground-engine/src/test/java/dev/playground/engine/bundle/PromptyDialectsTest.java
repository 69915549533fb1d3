package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Prompty dialect the issue lists, each checked message by message, then exported and read back. */
class PromptyDialectsTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    private ParsedImport read(String name) throws Exception {
        ParsedImport parsed = reader.read(BundleSamples.resource("prompty/" + name));
        assertThat(parsed.hasRefusals()).as("refusals: %s", parsed.reports()).isFalse();
        return parsed;
    }

    @Test
    void promptflow_markers_azure_deployment_and_tools_under_parameters() throws Exception {
        ParsedImport parsed = read("promptflow-markers.prompty");
        BundledPrompt prompt = parsed.prompts().getFirst();
        BundledVersion version = prompt.versions().getFirst();
        var document = version.document();
        assertThat(prompt.name()).isEqualTo("Trip-Planner");
        assertThat(document.template().messages()).containsExactly(
                PromptMessage.system("You plan relaxed day trips. Keep each plan under ten items."),
                PromptMessage.user("I will be in {{city}} for one day. I like {{interests}}."),
                PromptMessage.assistant("Shall I include a lunch recommendation?"),
                PromptMessage.user("Yes, please."));
        assertThat(document.model()).isEqualTo("gpt-35-turbo");
        assertThat(document.settings().maxTokens()).isEqualTo(350);
        assertThat(document.settings().temperature()).isEqualTo(0.4);
        assertThat(document.settings().topP()).isEqualTo(0.9);
        assertThat(document.variables()).containsExactly(Map.entry("city", "Lisbon"), Map.entry("interests", "museums and food"));
        assertThat(version.author()).isEqualTo("Lena Ortiz");
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) ((Map<String, Object>) version.extras().get("prompty")).get("model");
        assertThat(model).containsKey("configuration").doesNotContainKey("parameters");
        assertThat(model.get("configuration").toString()).contains("api_version=2024-02-01").contains("${env:AZURE_OPENAI_ENDPOINT}");
        assertThat(document.tools().tools()).extracting(dev.playground.engine.model.ToolDefinition::name).containsExactly("lookup_weather");
        assertThat(document.tools().tools().getFirst().parameters()).contains("\"city\"", "\"date\"");
        assertThat(document.tools().choice()).isEqualTo(dev.playground.engine.model.ToolChoice.AUTO);

        BundledVersion back = roundTrip(prompt);
        assertThat(back.document()).isEqualTo(document);
        assertThat(back.extras()).isEqualTo(version.extras());
    }

    @Test
    void a_mustache_template_with_comments_sections_and_inverted_sections_renders() throws Exception {
        ParsedImport parsed = read("mustache-faq.prompty");
        BundledVersion version = parsed.prompts().getFirst().versions().getFirst();
        var messages = version.document().template().messages();
        assertThat(messages).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER);
        assertThat(messages.getFirst().template()).isEqualTo("""
                {# Only answer from the FAQ entries below. #}
                Answer using these entries:
                {% for faqs_item in faqs %}
                Q: {{ faqs_item.q }}
                A: {{ faqs_item.a }}
                {% endfor %}
                {% if vip %}Offer the priority line.{% endif %}
                {% if not vip %}Point to the help centre.{% endif %}""");
        assertThat(messages.get(1).template()).isEqualTo("{{ question }}");
        assertThat(version.document().model()).isEqualTo("gpt-4o");
        assertThat(version.document().settings().temperature()).isEqualTo(0.0);
        assertThat(version.document().settings().maxTokens()).isEqualTo(500);
        assertThat(version.document().variables()).containsEntry("question", "How do refunds work?").containsEntry("vip", "false");
        var rendered = new TemplateRenderer().render(version.document().template(),
                Map.of("faqs", "[{\"q\": \"Shipping?\", \"a\": \"Three days.\"}]", "vip", "", "question", "Hi"));
        assertThat(rendered.getFirst().text()).contains("Q: Shipping?\nA: Three days.").contains("Point to the help centre.")
                .doesNotContain("Only answer");
        assertThat(parsed.reports().getFirst().messages()).anyMatch(m -> m.contains("Mustache template was rewritten"));
        assertThat(roundTrip(parsed.prompts().getFirst()).document()).isEqualTo(version.document());
    }

    @Test
    void mustache_sections_over_lists_loop_even_when_the_list_is_not_declared() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(temp.resolve("order-summary.prompty"), """
                ---
                name: order-summary
                template: mustache
                inputs:
                  customer: {type: string, sample: Ana}
                  vip: {type: boolean, sample: true}
                ---
                system:
                Summarise the order for {{customer}}.
                {{#items}}
                - {{name}} x{{qty}}
                {{/items}}
                Tags: {{#tags}}{{.}}; {{/tags}}
                {{#vip}}Thank {{customer}} for being a member.{{/vip}}
                """);
        ParsedImport parsed = reader.read(file);
        assertThat(parsed.hasRefusals()).as("refusals: %s", parsed.reports()).isFalse();
        BundledVersion version = parsed.prompts().getFirst().versions().getFirst();
        String system = version.document().template().messages().getFirst().template();
        assertThat(system).contains("{% for items_item in items %}", "{{ items_item.name }} x{{ items_item.qty }}",
                "{% for tags_item in tags %}{{ tags_item }}; {% endfor %}", "{% if vip %}Thank {{ customer }} for being a member.{% endif %}");
        var rendered = new TemplateRenderer().render(version.document().template(), Map.of("customer", "Ana", "vip", "true",
                "items", "[{\"name\": \"helmet\", \"qty\": 1}, {\"name\": \"lock\", \"qty\": 2}]", "tags", "[\"gift\", \"express\"]"));
        assertThat(rendered.getFirst().text()).contains("- helmet x1", "- lock x2", "Tags: gift; express; ", "Thank Ana for being a member.");
        assertThat(roundTrip(parsed.prompts().getFirst()).document()).isEqualTo(version.document());
    }

    @Test
    void named_speakers_threads_images_and_loop_sources_are_kept_and_written_back() throws Exception {
        ParsedImport parsed = read("named-thread.prompty");
        BundledVersion version = parsed.prompts().getFirst().versions().getFirst();
        var document = version.document();
        assertThat(document.template().messages()).containsExactly(
                PromptMessage.system("You are Ada, a support agent. The customer is {{customer}}.\n{% for note in notes %}\n- {{note}}\n{% endfor %}"),
                PromptMessage.user("Here is my screen: {{screenshot}}"));
        assertThat(document.variables()).containsExactly(Map.entry("customer", "Sam"),
                Map.entry("screenshot", "https://example.com/screen.png"), Map.entry("notes", "[]"));
        assertThat(document.model()).isEqualTo("gpt-4o-mini");
        assertThat(document.settings().maxTokens()).isEqualTo(800);
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) version.extras().get("prompty");
        assertThat(kept).containsEntry("names", Map.of("0", "Ada"))
                .containsEntry("threads", List.of(Map.of("index", 1, "name", "conversation")))
                .containsEntry("inputs", Map.of("screenshot", Map.of("kind", "image", "description", "What the customer sees")));
        assertThat(parsed.reports().getFirst().messages())
                .anyMatch(m -> m.contains("'notes' is only looped over"))
                .anyMatch(m -> m.contains("input 'screenshot' is image content"))
                .anyMatch(m -> m.contains("conversation thread 'conversation' before message 2"))
                .anyMatch(m -> m.contains("speaker names (Ada)"));
        // Prompty treats the loop source as optional: rendering without it works.
        new TemplateRenderer().render(document.template(), Map.of("customer", "Sam", "screenshot", "x", "notes", "[]"));

        String written = new PromptyInterop(new SafeYaml(ImportLimits.DEFAULT)).write(parsed.prompts().getFirst(), version);
        assertThat(written).contains("system[name=\"Ada\"]:").contains("\n{{conversation}}\n").contains("kind: thread").contains("kind: image");
        BundledVersion back = roundTrip(parsed.prompts().getFirst());
        assertThat(back.document()).isEqualTo(document);
        assertThat(back.extras()).isEqualTo(version.extras());
    }

    @Test
    void the_thread_marker_and_a_model_given_as_a_bare_string() throws Exception {
        ParsedImport parsed = read("thread-marker.prompty");
        BundledVersion version = parsed.prompts().getFirst().versions().getFirst();
        assertThat(version.document().template().messages()).containsExactly(
                PromptMessage.system("You are a patient maths tutor."), PromptMessage.user("{{question}}"));
        assertThat(version.document().model()).isEqualTo("gpt-4o");
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) version.extras().get("prompty");
        assertThat(kept).containsEntry("threads", List.of(Map.of("index", 1, "name", "thread"))).containsEntry("names", Map.of("1", "student"));
        String written = new PromptyInterop(new SafeYaml(ImportLimits.DEFAULT)).write(parsed.prompts().getFirst(), version);
        assertThat(written).contains("\n![thread]\n").contains("user[name=\"student\"]:");
        assertThat(roundTrip(parsed.prompts().getFirst()).extras()).isEqualTo(version.extras());
    }

    private BundledVersion roundTrip(BundledPrompt prompt) throws Exception {
        BundledVersion version = prompt.versions().getFirst();
        Path file = temp.resolve(prompt.name() + ".prompty");
        Files.writeString(file, new PromptyInterop(new SafeYaml(ImportLimits.DEFAULT)).write(prompt, version), StandardCharsets.UTF_8);
        ParsedImport again = reader.read(file);
        assertThat(again.hasRefusals()).as("%s", again.reports()).isFalse();
        return again.prompts().getFirst().versions().getFirst();
    }
}
