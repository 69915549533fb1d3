package dev.playground.engine.bundle;

import dev.playground.engine.prompt.file.MustacheTemplates;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LangChain's three template formats in our Jinja syntax and back. An f-string ({@code {name}}, {@code {{} for a brace)
 * becomes {@code {{name}}} with literal text that Jinja would read as a tag wrapped in {@code {% raw %}}; a field with a
 * format spec, index or conversion ({@code {n:>4}}, {@code {a[0]}}, {@code {x!r}}) stays literal and is reported. Mustache
 * goes through {@link MustacheTemplates}; jinja2 is ours already.
 */
final class LangChainTemplates {
    static final String F_STRING = "f-string";
    static final String MUSTACHE = "mustache";
    static final String JINJA2 = "jinja2";
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern JINJA = Pattern.compile("\\{%\\s*raw\\s*%}([\\s\\S]*?)\\{%\\s*endraw\\s*%}|\\{\\{\\s*(" + FIELD.pattern() + ")\\s*}}|\\{\\{|\\{%|\\{#");
    private static final Pattern TAGLIKE = Pattern.compile("\\{\\{|\\{%|\\{#|}}|%}|#}");

    private LangChainTemplates() {}

    /** The text in our syntax; {@code notes} receives a line for what had no counterpart. */
    static String toJinja(String text, String format, String where, List<String> notes) {
        return switch (format) {
            case MUSTACHE -> MustacheTemplates.toJinja(text, Set.of(), notes);
            case JINJA2 -> text;
            default -> fromFString(text, where, notes);
        };
    }

    static String fromFString(String text, String where, List<String> notes) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                if (close < 0) {
                    notes.add(where + ": line " + lineOf(text, i) + ": an f-string brace is never closed; kept as literal text");
                    literal.append(text.substring(i));
                    break;
                }
                String field = text.substring(i + 1, close);
                if (FIELD.matcher(field).matches()) {
                    flush(out, literal);
                    out.append("{{").append(field).append("}}");
                } else {
                    notes.add(where + ": line " + lineOf(text, i) + ": f-string field {" + field + "} (a format spec, index or"
                            + " conversion) has no counterpart here; kept as literal text and written back as it was");
                    literal.append(text, i, close + 1);
                }
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(out, literal);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.isEmpty()) return;
        out.append(literalText(literal.toString()));
        literal.setLength(0);
    }

    /** Text sent as written: wrapped in {@code {% raw %}} when Jinja would read part of it as a tag. */
    static String literalText(String text) {
        boolean risky = TAGLIKE.matcher(text).find() || text.endsWith("{") || text.startsWith("}");
        return risky ? "{% raw %}" + text + "{% endraw %}" : text;
    }

    /** Our text as an f-string, or null when it uses Jinja beyond plain variables and literal blocks. */
    static String toFString(String text) {
        StringBuilder out = new StringBuilder();
        Matcher tag = JINJA.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(escape(text.substring(last, tag.start())));
            if (tag.group(1) != null) out.append(escape(tag.group(1)));
            else if (tag.group(2) != null) out.append('{').append(tag.group(2)).append('}');
            else return null;
            last = tag.end();
        }
        out.append(escape(text.substring(last)));
        return out.toString();
    }

    /** Our text as plain message content (a LangChain message that is not a template), or null when it holds template syntax. */
    static String toLiteral(String text) {
        Matcher raw = Pattern.compile("\\{%\\s*raw\\s*%}([\\s\\S]*?)\\{%\\s*endraw\\s*%}").matcher(text);
        String plain = raw.replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace("{", "\u0000").replace("}", "\u0001")));
        if (TAGLIKE.matcher(plain).find()) return null;
        return plain.replace('\u0000', '{').replace('\u0001', '}');
    }

    private static String escape(String text) {
        return text.replace("{", "{{").replace("}", "}}");
    }

    /** A few-shot prompt as LangChain builds it: prefix, each example through its template, suffix, joined by the separator. */
    static String fewShot(String prefix, List<Map<String, String>> examples, String exampleTemplate, String suffix, String separator) {
        StringBuilder joined = new StringBuilder();
        java.util.function.Consumer<String> piece = p -> {
            if (p.isEmpty()) return;
            if (!joined.isEmpty()) joined.append(separator);
            joined.append(p);
        };
        piece.accept(prefix);
        for (Map<String, String> example : examples) piece.accept(formatFString(exampleTemplate, example));
        piece.accept(suffix);
        return joined.toString();
    }

    /** Python's str.format for plain fields: what an example reads as after its values are put in. */
    private static String formatFString(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
            } else if (c == '{' && template.indexOf('}', i) > 0) {
                int close = template.indexOf('}', i);
                String field = template.substring(i + 1, close);
                out.append(values.getOrDefault(field, template.substring(i, close + 1)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
