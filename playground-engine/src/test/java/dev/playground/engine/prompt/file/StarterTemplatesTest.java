package dev.playground.engine.prompt.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StarterTemplatesTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void every_starter_renders_with_its_own_example_values_and_test_inputs(String language) throws Exception {
        List<PromptFile> starters = StarterTemplates.all(Locale.forLanguageTag(language));
        assertThat(starters).hasSize(StarterTemplates.IDS.size());
        for (PromptFile starter : starters) {
            assertThat(starter.name()).isNotBlank();
            assertThat(starter.description()).isNotBlank();
            assertThat(starter.document().testInputs()).isNotEmpty();
            List<RenderedMessage> rendered = renderer.render(starter.document().template(), starter.document().variables());
            assertThat(rendered).allSatisfy(m -> assertThat(m.text()).doesNotContain("{{").doesNotContain("{%"));
            for (var inputs : starter.document().testInputs().values()) {
                var values = new java.util.HashMap<>(starter.document().variables());
                values.putAll(inputs);
                renderer.render(starter.document().template(), values);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void the_context_starter_uses_the_reserved_variable_and_json_extraction_has_a_schema(String language) {
        Locale locale = Locale.forLanguageTag(language);
        PromptFile grounded = StarterTemplates.load("answer-from-context", locale);
        assertThat(TemplateVariables.of(grounded.document().template())).contains(TemplateVariables.CONTEXT);
        assertThat(StarterTemplates.load("json-extraction", locale).document().settings().responseFormat()).contains("\"properties\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void the_classifier_renders_its_examples_through_a_loop(String language) throws Exception {
        PromptFile classifier = StarterTemplates.load("few-shot-classifier", Locale.forLanguageTag(language));
        String user = renderer.render(classifier.document().template(), classifier.document().variables()).get(1).text();
        assertThat(user.split("\n")).filteredOn(line -> line.contains(":")).hasSizeGreaterThanOrEqualTo(7);
    }
}
