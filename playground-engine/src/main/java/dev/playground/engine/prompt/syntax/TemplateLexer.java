package dev.playground.engine.prompt.syntax;

import dev.playground.engine.prompt.syntax.TemplateToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits template text into {@link TemplateToken}s the way Jinja does, but never gives up: an
 * unclosed {@code {{} stops at the next opener so the rest of the text still lexes, which is what
 * both the checker (precise error positions) and the editor's highlighter need.
 */
public final class TemplateLexer {
    private static final Pattern RAW_OPEN = Pattern.compile("raw");
    private static final Pattern END_RAW = Pattern.compile("\\{%[-+]?\\s*endraw\\s*-?%}");

    private TemplateLexer() {}

    public static List<TemplateToken> tokenize(CharSequence text) {
        List<TemplateToken> tokens = new ArrayList<>();
        tokenize(text, 0, tokens::add);
        return tokens;
    }

    /**
     * Lexes from {@code from}, which must be the start of a token that is not {@link Kind#RAW_TEXT}
     * (lexing is stateless there, which is what makes re-lexing after an edit cheap), handing each
     * token to {@code sink} until it returns false or the text ends.
     */
    public static void tokenize(CharSequence text, int from, Predicate<TemplateToken> sink) {
        int length = text.length();
        int textStart = from;
        int i = from;
        while (i < length - 1) {
            Kind kind = openerAt(text, i);
            if (kind == null) {
                i++;
                continue;
            }
            if (i > textStart && !sink.test(TemplateToken.text(Kind.TEXT, textStart, i))) return;
            TemplateToken token = delimited(text, i, kind);
            if (!sink.test(token)) return;
            i = token.end();
            if (kind == Kind.TAG && token.closed() && RAW_OPEN.matcher(token.inner(text)).matches()) {
                Matcher endRaw = END_RAW.matcher(text).region(i, length);
                int rawEnd = endRaw.find() ? endRaw.start() : length;
                if (rawEnd > i && !sink.test(TemplateToken.text(Kind.RAW_TEXT, i, rawEnd))) return;
                i = rawEnd;
            }
            textStart = i;
        }
        if (textStart < length) sink.test(TemplateToken.text(Kind.TEXT, textStart, length));
    }

    /** The kind of token that starts at {@code i}, or null when {@code i} is plain text. */
    static Kind openerAt(CharSequence text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '{') return null;
        return switch (text.charAt(i + 1)) {
            case '{' -> Kind.EXPRESSION;
            case '%' -> Kind.TAG;
            case '#' -> Kind.COMMENT;
            default -> null;
        };
    }

    static String closerOf(Kind kind) {
        return switch (kind) {
            case EXPRESSION -> "}}";
            case TAG -> "%}";
            case COMMENT -> "#}";
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private static TemplateToken delimited(CharSequence text, int start, Kind kind) {
        int innerStart = start + 2;
        if (innerStart < text.length() && "-+".indexOf(text.charAt(innerStart)) >= 0) innerStart++;
        int close = kind == Kind.COMMENT ? indexOf(text, "#}", innerStart) : findClose(text, innerStart, kind);
        if (close < 0) {
            int stop = kind == Kind.COMMENT ? text.length() : nextOpenerOrEnd(text, innerStart);
            return new TemplateToken(kind, start, stop, innerStart, stop, false);
        }
        int innerEnd = close > innerStart && text.charAt(close - 1) == '-' ? close - 1 : close;
        return new TemplateToken(kind, start, close + 2, innerStart, innerEnd, true);
    }

    /**
     * Index of the closing delimiter, skipping quoted strings, or -1 when another opener (or the
     * end) comes first. A stray quote must not swallow the rest of the file, so if the quote-aware
     * search fails, a plain search for the closer on the same stretch is tried.
     */
    private static int findClose(CharSequence text, int from, Kind kind) {
        String closer = closerOf(kind);
        char quote = 0;
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            Kind opener = openerAt(text, i);
            // Even inside a string, a new {{ or {% ends the search: that keeps every token's extent
            // decided by the text before the next opener, which incremental re-lexing relies on.
            if (opener == Kind.EXPRESSION || opener == Kind.TAG) break;
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == closer.charAt(0) && text.charAt(i + 1) == closer.charAt(1)) {
                return i;
            }
        }
        int stop = nextOpenerOrEnd(text, from);
        int plain = indexOf(text, closer, from);
        return plain >= 0 && plain < stop ? plain : -1;
    }

    private static int nextOpenerOrEnd(CharSequence text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            Kind kind = openerAt(text, i);
            if (kind == Kind.EXPRESSION || kind == Kind.TAG) return i;
        }
        return text.length();
    }

    private static int indexOf(CharSequence text, String needle, int from) {
        for (int i = from; i <= text.length() - needle.length(); i++) {
            if (text.charAt(i) == needle.charAt(0) && text.charAt(i + 1) == needle.charAt(1)) return i;
        }
        return -1;
    }
}
