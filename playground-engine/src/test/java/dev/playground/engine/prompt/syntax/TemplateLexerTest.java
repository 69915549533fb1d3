package dev.playground.engine.prompt.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.syntax.TemplateToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLexerTest {
    @Test
    void splits_text_expressions_tags_comments_and_raw_text() {
        String text = "Hi {{ name }}{# note #}{% raw %}{{ x }}{% endraw %}!";
        List<TemplateToken> tokens = TemplateLexer.tokenize(text);
        assertThat(tokens).extracting(TemplateToken::kind)
                .containsExactly(Kind.TEXT, Kind.EXPRESSION, Kind.COMMENT, Kind.TAG, Kind.RAW_TEXT, Kind.TAG, Kind.TEXT);
        assertThat(tokens.get(1).inner(text)).isEqualTo("name");
        assertThat(tokens.get(4).inner(text)).isEqualTo("{{ x }}");
    }

    @Test
    void whitespace_control_marks_are_not_part_of_the_inner_text() {
        String text = "{%- if a -%}{{- b -}}{%+ endif %}";
        assertThat(TemplateLexer.tokenize(text)).extracting(t -> t.inner(text)).containsExactly("if a", "b", "endif");
    }

    @Test
    void tokens_cover_the_whole_text_without_gaps() {
        String text = "a {{ b }} {% if c %}{{ d {% endif %} e";
        List<TemplateToken> tokens = TemplateLexer.tokenize(text);
        int expected = 0;
        for (TemplateToken token : tokens) {
            assertThat(token.start()).isEqualTo(expected);
            expected = token.end();
        }
        assertThat(expected).isEqualTo(text.length());
    }
}
