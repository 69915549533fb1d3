package dev.playground.engine.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.SettingsRanges;
import dev.playground.engine.prompt.file.PromptFileException;
import dev.playground.engine.prompt.file.PromptFiles;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLimitsTest {
    private final TemplateRenderer renderer = new TemplateRenderer();
    @TempDir Path dir;

    private TemplateException failure(String text) {
        try {
            renderer.render(PromptTemplate.systemAndUser("", text), Map.of("x", "1"));
        } catch (TemplateException e) {
            return e;
        }
        throw new AssertionError("rendered without an error: " + text.substring(0, Math.min(80, text.length())));
    }

    @Test
    void thousands_of_nested_ifs_fail_with_line_and_column_instead_of_overflowing_the_stack() {
        String text = "hi\n" + "{% if x %}".repeat(5000) + "deep" + "{% endif %}".repeat(5000);
        TemplateException e = failure(text);
        assertThat(e.problem().kind()).isEqualTo(TemplateProblem.Kind.TOO_DEEP);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(10 * 64 + 1);
        assertThat(e.describe()).contains("deeper than 64 levels").contains("line 2");
    }

    @Test
    void thousands_of_nested_brackets_fail_the_same_way() {
        TemplateException e = failure("{{ " + "(".repeat(5000) + "x" + ")".repeat(5000) + " }}");
        assertThat(e.problem().kind()).isEqualTo(TemplateProblem.Kind.TOO_DEEP);
        assertThat(e.column()).isEqualTo(3 + 65);
    }

    @Test
    void sixty_levels_still_render() throws Exception {
        String text = "{% if x %}".repeat(60) + "deep" + "{% endif %}".repeat(60);
        assertThat(renderer.render(PromptTemplate.systemAndUser("", text), Map.of("x", "1")).getLast().text()).isEqualTo("deep");
    }

    @Test
    void an_unknown_filter_is_an_error_not_empty_text() {
        TemplateException e = failure("Hello {{ x | shout }}");
        assertThat(e.describe()).contains("shout");
    }

    @Test
    void values_out_of_range_are_refused_with_the_range_never_changed() {
        assertThatThrownBy(() -> SettingsRanges.check(ModelSettings.of(Double.NaN, null))).hasMessageContaining("temperature NaN")
                .hasMessageContaining("from 0 to 2");
        assertThatThrownBy(() -> SettingsRanges.check(ModelSettings.of(null, -5))).hasMessageContaining("max-tokens -5")
                .hasMessageContaining("from 1 to");
        assertThat(SettingsRanges.check(ModelSettings.of(2.0, 1))).isEqualTo(ModelSettings.of(2.0, 1));
    }

    @Test
    void a_prompt_file_with_temperature_hot_is_refused_naming_the_value() throws Exception {
        Path file = Files.writeString(dir.resolve("p.prompt.yaml"), "model: {name: m, temperature: hot}\nmessages:\n  - role: user\n    content: hi\n");
        assertThatThrownBy(() -> PromptFiles.load(file)).isInstanceOf(PromptFileException.class)
                .hasMessageContaining("temperature").hasMessageContaining("'hot' is not a number");
        Path tooHot = Files.writeString(dir.resolve("q.prompt.yaml"), "model: {name: m, temperature: 7}\nmessages:\n  - role: user\n    content: hi\n");
        assertThatThrownBy(() -> PromptFiles.load(tooHot)).hasMessageContaining("temperature 7.0 is out of range");
        Path overflow = Files.writeString(dir.resolve("r.prompt.yaml"), "model: {name: m, maxTokens: 99999999999}\nmessages:\n  - role: user\n    content: hi\n");
        assertThatThrownBy(() -> PromptFiles.load(overflow)).hasMessageContaining("maxTokens").hasMessageContaining("99999999999");
    }

    @Test
    void rendering_stays_the_same_for_ordinary_templates() throws Exception {
        List<RenderedMessage> out = renderer.render(PromptTemplate.systemAndUser("", "{{ x | upper }} {% for i in range(2) %}{{ i }}{% endfor %}"), Map.of("x", "a"));
        assertThat(out.getLast().text()).isEqualTo("A 01");
    }
}
