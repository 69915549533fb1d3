package dev.playground.engine.prompt.syntax;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the first {@code | name} filter the template engine does not know. jinjava renders an unknown filter as
 * nothing at all, which hides a typo such as {@code {{ name | uper }}}; we refuse it with its line and column.
 */
public final class FilterCheck {
    private FilterCheck() {}

    public static Optional<TemplateProblem> firstUnknown(CharSequence text, Set<String> known) {
        for (TemplateToken token : TemplateLexer.tokenize(text)) {
            if (token.kind() != TemplateToken.Kind.EXPRESSION && token.kind() != TemplateToken.Kind.TAG) continue;
            Optional<TemplateProblem> problem = inToken(text, token, known);
            if (problem.isPresent()) return problem;
        }
        return Optional.empty();
    }

    private static Optional<TemplateProblem> inToken(CharSequence text, TemplateToken token, Set<String> known) {
        char quote = 0;
        for (int i = token.innerStart(); i < token.innerEnd(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '|') {
                int start = i + 1;
                while (start < token.innerEnd() && Character.isWhitespace(text.charAt(start))) start++;
                int end = start;
                while (end < token.innerEnd() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
                String name = text.subSequence(start, end).toString();
                if (!name.isEmpty() && !known.contains(name)) {
                    return Optional.of(TemplateProblem.at(text, start, end - start, TemplateProblem.Kind.UNKNOWN_FILTER, name));
                }
            }
        }
        return Optional.empty();
    }
}
