package dev.playground.engine.bundle;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.regex.Pattern;

/**
 * Single-brace placeholders ({@code {name}}, Python format strings as LangChain and many MLflow users write them) read
 * as our {@code {{name}}} and written back as they were. A template is read this way only when it has no double
 * braces or tags at all, so JSON examples and Jinja templates are never touched.
 */
final class Braces {
    private static final Pattern SINGLE = Pattern.compile("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)}(?!})");
    private static final Pattern DOUBLE = Pattern.compile("\\{\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)}}");

    private Braces() {}

    static boolean isSingle(PromptTemplate template) {
        boolean any = false;
        for (PromptMessage message : template.messages()) {
            String text = message.template();
            if (text.contains("{{") || text.contains("{%") || text.contains("{#")) return false;
            any |= SINGLE.matcher(text).find();
        }
        return any;
    }

    static PromptTemplate toDouble(PromptTemplate template) {
        return new PromptTemplate(template.messages().stream()
                .map(m -> new PromptMessage(m.role(), SINGLE.matcher(m.template()).replaceAll("{{$1}}"))).toList());
    }

    static PromptTemplate toSingle(PromptTemplate template) {
        return new PromptTemplate(template.messages().stream()
                .map(m -> new PromptMessage(m.role(), DOUBLE.matcher(m.template()).replaceAll("{$1}"))).toList());
    }
}
