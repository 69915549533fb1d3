package dev.playground.engine.prompt.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCheckerTest {

    private static TemplateProblem onlyProblem(String template) {
        List<TemplateProblem> problems = TemplateChecker.check(template);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void a_well_formed_template_has_no_problems() {
        String template = """
                {# few-shot examples #}
                {% for ex in examples %}Q: {{ ex.q }}
                A: {{ ex.a | default("?") }}
                {% else %}No examples.{% endfor %}
                {% if lang == "es" %}Responde en español.{% elif lang %}Answer in {{ lang }}.{% else %}Answer.{% endif %}
                {%- set greeting = "Hola, " ~ user.name -%}{{ greeting }}
                """;
        assertThat(TemplateChecker.check(template)).isEmpty();
    }

    @Test
    void unclosed_variable_names_line_and_column_and_the_rest_still_lexes() {
        String template = "line one\nline two\nAnswer about {{topic and then\nmore text {{ other }}";
        TemplateProblem problem = onlyProblem(template);
        assertThat(problem.describe()).isEqualTo("unclosed `{{` at line 3, column 14: close the variable with `}}`.");
        assertThat(problem.offset()).isEqualTo(template.indexOf("{{topic"));
    }

    @Test
    void unclosed_if_points_at_the_if() {
        TemplateProblem problem = onlyProblem("Hi\n  {% if formal %}Dear {{ name }},");
        assertThat(problem.what()).isEqualTo("unclosed `{% if %}`");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.fix()).contains("{% endif %}");
    }

    @Test
    void unclosed_for_inside_if_is_reported_at_the_for() {
        String template = "{% if a %}\n{% for x in xs %}{{ x }}\n{% endif %}";
        TemplateProblem problem = onlyProblem(template);
        assertThat(problem.what()).isEqualTo("unclosed `{% for %}`");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.fix()).isEqualTo("add `{% endfor %}` before the `{% endif %}` at line 3.");
    }

    @Test
    void end_tag_without_opening() {
        TemplateProblem problem = onlyProblem("text {% endfor %}");
        assertThat(problem.what()).isEqualTo("`{% endfor %}` without an opening `{% for %}`");
        assertThat(problem.column()).isEqualTo(6);
    }

    @Test
    void unknown_tag_suggests_raw_for_literal_text() {
        TemplateProblem problem = onlyProblem("Use {% blah %} here");
        assertThat(problem.what()).isEqualTo("unknown tag `{% blah %}`");
        assertThat(problem.fix()).contains("{% raw %}");
    }

    @Test
    void file_tags_are_refused() {
        assertThat(onlyProblem("{% include 'x.txt' %}").what()).isEqualTo("`{% include %}` is not allowed");
    }

    @Test
    void else_outside_a_block() {
        assertThat(onlyProblem("a {% else %} b").what()).isEqualTo("`{% else %}` outside an `{% if %}` or `{% for %}`");
    }

    @Test
    void malformed_for_and_empty_if() {
        assertThat(onlyProblem("{% for x %}{% endfor %}").fix()).contains("{% for example in examples %}");
        assertThat(onlyProblem("{% if %}{% endif %}").what()).isEqualTo("`{% if %}` needs a condition");
    }

    @Test
    void empty_expression_and_unclosed_comment_and_tag() {
        assertThat(onlyProblem("a {{ }} b").what()).isEqualTo("empty `{{ }}`");
        assertThat(onlyProblem("a {# note").what()).isEqualTo("unclosed comment `{#`");
        assertThat(onlyProblem("a {% if x").what()).isEqualTo("unclosed `{%`");
    }

    @Test
    void quotes_and_brackets_inside_expressions() {
        TemplateProblem quote = onlyProblem("{{ name | default(\"friend) }}");
        assertThat(quote.what()).isEqualTo("unclosed quote `\"`");
        assertThat(quote.column()).isEqualTo(19);
        assertThat(onlyProblem("{{ items[0 }}").what()).isEqualTo("unclosed `[`");
        assertThat(onlyProblem("{{ f(x)) }}").what()).isEqualTo("unexpected `)`");
    }

    @Test
    void a_closing_brace_inside_a_string_does_not_end_the_expression() {
        assertThat(TemplateChecker.check("{{ \"}}\" ~ name }}")).isEmpty();
    }

    @Test
    void raw_blocks_are_verbatim_and_must_be_closed() {
        assertThat(TemplateChecker.check("{% raw %}{{ not a var }} {% if %} {% endraw %}")).isEmpty();
        TemplateProblem problem = onlyProblem("x\n{% raw %}{{ literal");
        assertThat(problem.what()).isEqualTo("unclosed `{% raw %}`");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void columns_count_accented_letters_and_emoji_as_one_character() {
        TemplateProblem problem = onlyProblem("Pregunta: ¿qué es 🙂 {{ tema");
        assertThat(problem.column()).isEqualTo(21);
        assertThat(problem.offset()).isEqualTo("Pregunta: ¿qué es 🙂 ".length());
    }

    @Test
    void json_braces_in_plain_text_are_not_errors() {
        assertThat(TemplateChecker.check("Reply as {\"answer\": \"...\", \"sources\": [1, 2]} and {\"a\": {\"b\": 1}}")).isEmpty();
    }

    @Test
    void several_problems_come_in_text_order() {
        List<TemplateProblem> problems = TemplateChecker.check("{% for x in y %}\n{{ a \n{% bogus %}");
        assertThat(problems).extracting(TemplateProblem::line).containsExactly(1, 2, 3);
    }
}
