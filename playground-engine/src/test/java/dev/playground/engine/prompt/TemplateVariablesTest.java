package dev.playground.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateVariablesTest {
    @Test
    void finds_inputs_but_not_filters_tests_calls_literals_or_bound_names() {
        String text = """
                {{ name | upper }} {{ title | default(fallback) }}
                {% if audience is defined and audience != "kids" %}{{ "literal }} x" }}{% endif %}
                {% for i in range(count) %}{{ loop.index }}{{ i }}{% endfor %}
                {% set total = price * qty %}{{ total }}
                {# {{ commented }} #}{% raw %}{{ verbatim }}{% endraw %}
                {{ user.name.upper() }} {{ doc['title'] }}
                """;
        assertThat(TemplateVariables.of(text))
                .containsExactly("name", "title", "fallback", "audience", "count", "price", "qty", "user.name", "doc");
    }

    @Test
    void a_whole_object_covers_its_fields() {
        assertThat(TemplateVariables.of("{{ user.name }} {{ user }} {{ user.age }}")).containsExactly("user");
    }

    @Test
    void loop_sources_are_known() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("{% for ex in shots.items %}{{ ex }}{% endfor %}"));
        assertThat(TemplateVariables.loopSources(template)).containsExactly("shots.items");
        assertThat(TemplateVariables.of(template)).containsExactly("shots.items");
    }

    @Test
    void accented_variable_names_work() {
        assertThat(TemplateVariables.of("{{ pregunta_número }} {{ año }}")).containsExactly("pregunta_número", "año");
    }
}
