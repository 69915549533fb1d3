package dev.playground.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
