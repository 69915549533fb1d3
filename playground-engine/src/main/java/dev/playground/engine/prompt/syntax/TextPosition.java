package dev.playground.engine.prompt.syntax;

/**
 * A 1-based line and column as people count them: the column counts characters as they appear
 * (a Spanish "ñ" or an emoji is one), not UTF-16 units.
 */
public record TextPosition(int line, int column) {
    public static TextPosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(text, lineStart, end) + 1;
        return new TextPosition(line, column);
    }

    /** The char offset of a 1-based line and column, clamped to the text. */
    public static int offsetOf(CharSequence text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') current++;
        }
        for (int col = 1; col < column && offset < text.length() && text.charAt(offset) != '\n'; col++) {
            offset += Character.isHighSurrogate(text.charAt(offset)) ? 2 : 1;
        }
        return Math.min(offset, text.length());
    }
}
