package dev.playground.engine.prompt;

import dev.playground.engine.prompt.syntax.TemplateChecker;
import dev.playground.engine.prompt.syntax.TemplateLexer;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.prompt.syntax.TemplateToken;
import dev.playground.engine.prompt.syntax.TemplateToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the renderer learns once from a message's text and reuses while the text stays the same:
 * its syntax problems, and whether it can be filled without the template engine. Text that has
 * only plain prose and bare {@code {{ dotted.path }}} expressions (no tags, filters or whitespace
 * control) is filled by substitution; everything else goes to jinjava, whose parse tree the
 * renderer keeps here too.
 */
final class MessagePlan {
    private static final Pattern BARE_PATH = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*");

    private final String text;
    private final List<TemplateProblem> problems;
    /** Literal text and variable paths in order, or null when the text needs the engine. */
    private final List<Part> parts;
    private Object parsed;

    private record Part(String literal, String path) {}

    MessagePlan(String text) {
        this.text = text;
        List<TemplateToken> tokens = TemplateLexer.tokenize(text);
        this.problems = List.copyOf(TemplateChecker.check(text, tokens));
        this.parts = problems.isEmpty() ? substitutionParts(text, tokens) : null;
    }

    String text() {
        return text;
    }

    List<TemplateProblem> problems() {
        return problems;
    }

    /**
     * The filled text when every variable in it holds text (what jinjava would print for it as is),
     * or null when the engine is needed: another kind of value, a tag, or output over {@code limit}.
     */
    String substitute(Map<String, Object> values, long limit) {
        if (parts == null) return null;
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (Part part : parts) {
            if (part.literal != null) {
                out.append(part.literal);
            } else if (VariableValues.lookup(values, part.path) instanceof String value) {
                out.append(value);
            } else {
                return null;
            }
            if (out.length() > limit) return null;
        }
        return out.toString();
    }

    /** The engine's parse of this text, made once by {@code parse} and kept. */
    synchronized <T> T parsed(Function<String, T> parse) {
        if (parsed == null) parsed = parse.apply(text);
        @SuppressWarnings("unchecked")
        T result = (T) parsed;
        return result;
    }

    private static List<Part> substitutionParts(String text, List<TemplateToken> tokens) {
        List<Part> parts = new ArrayList<>();
        for (TemplateToken token : tokens) {
            if (token.kind() == Kind.TEXT) {
                parts.add(new Part(text.substring(token.start(), token.end()), null));
                continue;
            }
            boolean plainDelimiters = token.innerStart() == token.start() + 2 && token.innerEnd() == token.end() - 2;
            String inner = token.inner(text);
            if (token.kind() != Kind.EXPRESSION || !plainDelimiters || !BARE_PATH.matcher(inner).matches()) return null;
            parts.add(new Part(null, inner));
        }
        return List.copyOf(parts);
    }
}
