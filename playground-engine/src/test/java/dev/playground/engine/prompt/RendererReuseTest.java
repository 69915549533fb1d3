package dev.playground.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The renderer's shortcuts (plain substitution for messages without tags, parse trees kept per
 * text) must give exactly what jinjava itself renders, however often a text is rendered again.
 */
class RendererReuseTest {
    private final TemplateRenderer renderer = new TemplateRenderer();
    /** jinjava as it comes, except that values are never themselves read as templates (as in the product). */
    private final Jinjava plainJinjava = new Jinjava(JinjavaConfig.newBuilder().withNestedInterpretationEnabled(false).build());

    private static final String[] VALUES = {
        "español", "¿Qué tal? ñandú 🙂 👩‍💻", "", " spaces  ", "line one\nline two\r\nthree", "{{ not a variable }}",
        "{% if x %}y{% endif %}", "<b>&amp;</b> \"quoted\" 'single'", "back\\slash $1 \\n", "}} %} #}", "x".repeat(5_000),
    };

    private static final String[] SIMPLE_TEMPLATES = {
        "Plain text, no variables at all. ¿Sí? 🙂",
        "{{a}}",
        "Hello {{ a }}, you asked: {{b}}.",
        "{{ a }}{{ b }}{{ a }}",
        "Stray closers }} and %} and #} and { single } stay text.",
        "Windows\r\nline ends {{ a }}\r\n",
        "Nested {{ user.name }} and {{ user.role }}",
        "Unicode 𝔘𝔫𝔦 {{ b }} 東京 {{ a }} e\u0301",
    };

    @Test
    void messagesWithoutTagsComeOutAsJinjavaWouldRenderThem() throws Exception {
        Random random = new Random(3);
        for (String text : SIMPLE_TEMPLATES) {
            for (int round = 0; round < 20; round++) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("a", VALUES[random.nextInt(VALUES.length)]);
                values.put("b", VALUES[random.nextInt(VALUES.length)]);
                values.put("user", Map.of("name", VALUES[random.nextInt(VALUES.length)], "role", "admin"));
                String ours = renderer.render(PromptTemplate.of(PromptMessage.user(text)), values).get(0).text();
                assertThat(ours).as("%s with %s", text, values).isEqualTo(plainJinjava.render(text, values));
            }
        }
    }

    @Test
    void aKeptParseTreeRendersEachNewSetOfValuesAfresh() throws Exception {
        String text = "{% if formal == \"yes\" %}Estimado {{ name }}{% else %}Hola {{ name | upper }}{% endif %}:\n"
                + "{% for ex in examples %}Q: {{ ex.q }} A: {{ ex.a }} ({{ loop.index }})\n{% endfor %}{{ question }}";
        PromptTemplate template = PromptTemplate.of(PromptMessage.user(text));
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            int examples = random.nextInt(4);
            StringBuilder json = new StringBuilder("[");
            List<Map<String, String>> list = new java.util.ArrayList<>();
            for (int i = 0; i < examples; i++) {
                String q = "pregunta " + random.nextInt(100);
                json.append(i > 0 ? "," : "").append("{\"q\":\"").append(q).append("\",\"a\":\"").append(i).append("\"}");
                list.add(Map.of("q", q, "a", String.valueOf(i)));
            }
            json.append(']');
            String formal = random.nextBoolean() ? "yes" : "no";
            String name = VALUES[random.nextInt(VALUES.length)];
            Map<String, Object> typed = Map.of("formal", formal, "name", name, "examples", json.toString(), "question", "¿" + round + "?");
            Map<String, Object> expected = Map.of("formal", formal, "name", name, "examples", list, "question", "¿" + round + "?");

            assertThat(renderer.render(template, typed).get(0).text()).isEqualTo(plainJinjava.render(text, expected));
        }
    }

    @Test
    void aMessageFallsBackToTheEngineWhenAValueIsNotText() throws Exception {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("Items: {{ items }} / {{ count }}"));
        Map<String, Object> values = Map.of("items", List.of("a", "b"), "count", 3);
        assertThat(renderer.render(template, values).get(0).text()).isEqualTo(plainJinjava.render("Items: {{ items }} / {{ count }}", values));
    }

    @Test
    void errorsOfAKeptParseTreeAreReportedEveryTime() {
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("ok\n{{ 1 + }}"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> renderer.render(template, Map.of()))
                    .isInstanceOfSatisfying(TemplateException.class, e -> assertThat(e.line()).isEqualTo(2));
        }
    }

    @Test
    void substitutionKeepsTheOutputLimit() {
        String huge = "y".repeat((int) TemplateRenderer.MAX_OUTPUT_CHARS / 2 + 1);
        PromptTemplate template = PromptTemplate.of(PromptMessage.user("{{ a }}{{ a }}"));
        assertThatThrownBy(() -> renderer.render(template, Map.of("a", huge))).isInstanceOf(TemplateException.class)
                .hasMessageContaining("longer than");
    }
}
