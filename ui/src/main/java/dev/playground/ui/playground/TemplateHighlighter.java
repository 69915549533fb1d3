package dev.playground.ui.playground;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style spans for {{variables}} and {% tags %} in a message template. */
final class TemplateHighlighter {
    private static final Pattern TOKENS = Pattern.compile("(?<var>\\{\\{.*?}})|(?<tag>\\{%.*?%})|(?<comment>\\{#.*?#})", Pattern.DOTALL);

    private TemplateHighlighter() {}

    static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Matcher matcher = TOKENS.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String style = matcher.group("var") != null ? "tpl-variable" : matcher.group("tag") != null ? "tpl-tag" : "tpl-comment";
            builder.add(Collections.emptyList(), matcher.start() - last);
            builder.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        builder.add(Collections.emptyList(), text.length() - last);
        return builder.create();
    }
}
