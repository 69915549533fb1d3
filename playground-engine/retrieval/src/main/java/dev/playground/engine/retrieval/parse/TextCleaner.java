package dev.playground.engine.retrieval.parse;

import java.util.regex.Pattern;

/** Normalises extracted text: unified newlines, trimmed line ends, at most one blank line in a row. */
final class TextCleaner {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\x0B\\f]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextCleaner() {}

    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        return BLANK_LINES.matcher(TRAILING_SPACE.matcher(unified).replaceAll("\n")).replaceAll("\n\n").strip();
    }
}
