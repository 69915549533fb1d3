package dev.playground.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.syntax.TemplateLexer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class IncrementalHighlighterTest {
    /** Style per character, to compare incremental and full results. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> styles = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) for (int i = 0; i < span.getLength(); i++) styles.add(span.getStyle());
        return styles;
    }

    @Test
    void random_edits_give_the_same_tokens_and_styles_as_lexing_from_scratch() {
        Random random = new Random(42);
        String[] pieces = {"{{", "}}", "{%", "%}", " if x ", " endif ", "{#", "#}", "{% raw %}", "{% endraw %}", "\n", "abc ", "ñ", "\"", " for a in b "};
        IncrementalHighlighter highlighter = new IncrementalHighlighter();
        StringBuilder text = new StringBuilder("Hello {{ name }}\n{% if formal %}Dear{% endif %} {# note #}\n");
        List<Collection<String>> styles = perChar(highlighter.reset(text).spans());
        for (int step = 0; step < 5000; step++) {
            int position = random.nextInt(text.length() + 1);
            int maxRemoved = text.length() > 1500 ? 40 : 6;
            int removed = random.nextInt(3) == 0 ? Math.min(random.nextInt(maxRemoved), text.length() - position) : 0;
            String inserted = random.nextInt(4) == 0 ? "" : pieces[random.nextInt(pieces.length)];
            String before = text.toString();
            text.replace(position, position + removed, inserted);
            IncrementalHighlighter.Restyle restyle = highlighter.edit(text, position, removed, inserted.length());

            List<Collection<String>> updated = new ArrayList<>(styles.subList(0, Math.min(position, styles.size())));
            updated.addAll(styles.subList(Math.min(position + removed, styles.size()), styles.size()));
            styles = updated;
            for (int i = 0; i < inserted.length(); i++) styles.add(position + i, List.of());
            List<Collection<String>> restyled = perChar(restyle.spans());
            for (int i = 0; i < restyled.size(); i++) styles.set(restyle.from() + i, restyled.get(i));

            assertThat(highlighter.tokens()).as("step %d: at %d remove %d insert [%s] in [%s]", step, position, removed, inserted, before).isEqualTo(TemplateLexer.tokenize(text));
            assertThat(styles).as("step %d", step).isEqualTo(perChar(new IncrementalHighlighter().reset(text).spans()));
        }
    }

    @Test
    void a_keystroke_in_a_long_template_restyles_only_a_few_characters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append("Line ").append(i).append(" with {{ var").append(i % 50).append(" }} and text\n");
        IncrementalHighlighter highlighter = new IncrementalHighlighter();
        highlighter.reset(text);
        int position = text.indexOf("Line 2500 ") + 5;
        text.insert(position, "x");
        IncrementalHighlighter.Restyle restyle = highlighter.edit(text, position, 0, 1);
        assertThat(restyle.spans().length()).isLessThan(200);
        assertThat(highlighter.tokens()).isEqualTo(TemplateLexer.tokenize(text));
    }

    @Test
    void reserved_context_and_marks_get_their_own_styles() {
        IncrementalHighlighter highlighter = new IncrementalHighlighter();
        String text = "{{ context }} {{ q }}";
        highlighter.reset(text);
        List<Collection<String>> styles = perChar(highlighter.mark(List.of(new IncrementalHighlighter.Mark(14, 20, "tpl-unfilled"))).spans());
        assertThat(styles.get(0)).containsExactly("tpl-variable", "tpl-reserved");
        assertThat(styles.get(15)).containsExactly("tpl-variable", "tpl-unfilled");
        assertThat(styles.get(13)).isEmpty();
    }
}
