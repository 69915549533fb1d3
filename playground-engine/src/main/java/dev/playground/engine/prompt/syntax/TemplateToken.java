package dev.playground.engine.prompt.syntax;

/**
 * A stretch of template text: plain text, a {@code {{ expression }}}, a {@code {% tag %}}, a
 * {@code {# comment #}} or the verbatim inside of a raw block. Offsets are char indexes into the
 * template; {@code end} is exclusive. An unclosed token runs to where its close was expected.
 */
public record TemplateToken(Kind kind, int start, int end, int innerStart, int innerEnd, boolean closed) {
    public enum Kind { TEXT, EXPRESSION, TAG, COMMENT, RAW_TEXT }

    public static TemplateToken text(Kind kind, int start, int end) {
        return new TemplateToken(kind, start, end, start, end, true);
    }

    public String inner(CharSequence template) {
        return template.subSequence(innerStart, innerEnd).toString().strip();
    }

    public int length() {
        return end - start;
    }
}
