package dev.playground.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void fills_variables_in_every_message() throws Exception {
        PromptTemplate template = PromptTemplate.systemAndUser("You answer in {{language}}.", "Explain {{topic}} briefly.");

        List<RenderedMessage> rendered = renderer.render(template, Map.of("language", "español", "topic", "la recuperación"));

        assertThat(rendered).containsExactly(new RenderedMessage(Role.SYSTEM, "You answer in español."),
                new RenderedMessage(Role.USER, "Explain la recuperación briefly."));
    }

    @Test
    void reports_all_missing_variables_at_once() {
        PromptTemplate template = PromptTemplate.systemAndUser("Tone: {{tone}}", "{{question}} about {{ topic }}");

        assertThatThrownBy(() -> renderer.render(template, Map.of("tone", "warm")))
                .isInstanceOfSatisfying(MissingVariablesException.class,
                        e -> assertThat(e.missing()).containsExactly("question", "topic"));
    }

    @Test
    void loops_over_few_shot_examples_without_asking_for_the_loop_variable() throws Exception {
        String text = "{% for ex in examples %}Q: {{ ex.q }}\nA: {{ ex.a }}\n{% endfor %}Q: {{ question }}";
        PromptTemplate template = PromptTemplate.of(PromptMessage.user(text));
        assertThat(TemplateVariables.of(template)).containsExactly("examples", "question");

        List<RenderedMessage> rendered = renderer.render(template,
                Map.of("examples", List.of(Map.of("q", "2+2", "a", "4")), "question", "3+3"));

        assertThat(rendered.get(0).text()).isEqualTo("Q: 2+2\nA: 4\nQ: 3+3");
    }

    @Test
    void refuses_to_include_files() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("{% include '/etc/passwd' %}"));
        assertThatThrownBy(() -> renderer.render(template, Map.of())).isInstanceOf(TemplateException.class);
    }

    @Test
    void a_syntax_error_names_the_line() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("line one\n{% if x %}never closed"));
        assertThatThrownBy(() -> renderer.render(template, Map.of("x", true)))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void syntax_errors_name_the_message_line_and_column() {
        PromptTemplate template = PromptTemplate.systemAndUser("Be brief.", "Hello\nAbout {{topic and more");
        assertThatThrownBy(() -> renderer.render(template, Map.of("topic", "x")))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.messageIndex()).isEqualTo(1);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(7);
                    assertThat(e.describe()).isEqualTo("Message 2: unclosed `{{` at line 2, column 7: close the variable with `}}`.");
                });
    }

    @Test
    void dotted_paths_take_flat_keys_or_nested_maps_or_json_text() throws Exception {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("{{ user.name }} ({{ user.role }}) asks {{ question }}"));
        assertThat(TemplateVariables.of(template)).containsExactly("user.name", "user.role", "question");

        String flat = renderer.render(template, Map.of("user.name", "Ana", "user.role", "admin", "question", "why")).get(0).text();
        String nested = renderer.render(template, Map.of("user", Map.of("name", "Ana", "role", "admin"), "question", "why")).get(0).text();
        String json = renderer.render(template, Map.of("user", "{\"name\": \"Ana\", \"role\": \"admin\"}", "question", "why")).get(0).text();

        assertThat(List.of(flat, nested, json)).containsOnly("Ana (admin) asks why");
        assertThatThrownBy(() -> renderer.render(template, Map.of("user.name", "Ana", "question", "why")))
                .isInstanceOfSatisfying(MissingVariablesException.class, e -> assertThat(e.missing()).containsExactly("user.role"));
    }

    @Test
    void a_loop_source_typed_as_json_text_becomes_a_list() throws Exception {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("{% for ex in examples %}{{ ex.text }} => {{ ex.label }}\n{% endfor %}"));
        String rendered = renderer.render(template, Map.of("examples", "[{\"text\": \"great\", \"label\": \"positive\"}]")).get(0).text();
        assertThat(rendered).isEqualTo("great => positive\n");
    }

    @Test
    void context_is_reserved_and_its_absence_is_explained() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("Context:\n{{ context }}\nQ: {{ q }}"));
        assertThat(TemplateVariables.isReserved("context")).isTrue();
        assertThatThrownBy(() -> renderer.render(template, Map.of("q", "?")))
                .isInstanceOf(MissingVariablesException.class).hasMessageContaining("filled from retrieved documents");
    }

    @Test
    void raw_blocks_render_braces_literally() throws Exception {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("Write {% raw %}{{ name }}{% endraw %} for {{ who }}"));
        assertThat(TemplateVariables.of(template)).containsExactly("who");
        assertThat(renderer.render(template, Map.of("who", "me")).get(0).text()).isEqualTo("Write {{ name }} for me");
    }

    @Test
    void unicode_and_spanish_accents_pass_through_unchanged() throws Exception {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("¿Qué opinas de {{ tema }}? Responde en {{ idioma }} 🙂"));
        String text = renderer.render(template, Map.of("tema", "la programación funcional", "idioma", "español (España)")).get(0).text();
        assertThat(text).isEqualTo("¿Qué opinas de la programación funcional? Responde en español (España) 🙂");
    }

    @Test
    void rendering_is_bounded_in_time() {
        TemplateRenderer quick = new TemplateRenderer(Duration.ofMillis(200));
        String text = "{% for a in range(10000) %}{% for b in range(10000) %}{% if a == -1 %}x{% endif %}{% endfor %}{% endfor %}";
        long started = System.nanoTime();
        assertThatThrownBy(() -> quick.render(PromptTemplate.of(PromptMessage.user(text)), Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("longer than 200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void rendering_is_bounded_in_output_size() {
        String text = "{% for a in range(10000) %}{% for b in range(300) %}{{ line }}{% endfor %}{% endfor %}";
        assertThatThrownBy(() -> renderer.render(PromptTemplate.of(PromptMessage.user(text)), Map.of("line", "0123456789")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("longer than");
    }

    @Test
    void engine_errors_carry_a_position() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("ok\n{{ 1 + }}"));
        assertThatThrownBy(() -> renderer.render(template, Map.of()))
                .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
