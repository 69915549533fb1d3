package dev.playground.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "13a" tokenizer of sacreBLEU (mteval-v13a): unescape a few HTML entities, split off
 * punctuation and symbols, split periods and commas except inside numbers, split a dash after a digit.
 */
final class Tokenizer13a {
    // Same character classes as mteval-v13a: {|}~ [\]^_` space!"#$%& ()*+ :;<=>?@ and /
    private static final Pattern SYMBOLS = Pattern.compile("([\\{-\\~\\[-\\` -\\&\\(-\\+\\:-\\@\\/])");
    private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([\\.,])");
    private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([\\.,])([^0-9])");
    private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

    private Tokenizer13a() {}

    static List<String> tokenize(String text) {
        String line = stripTrailingPythonWhitespace(text)
                .replace("<skipped>", "")
                .replace("-\n", "")
                .replace("\n", " ")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
        line = " " + line + " ";
        line = SYMBOLS.matcher(line).replaceAll(" $1 ");
        line = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
        line = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
        line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
        return splitOnWhitespace(line);
    }

    /** Python's str.split(): any run of Unicode whitespace (including no-break spaces) separates words. */
    static List<String> splitOnWhitespace(String line) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            if (isPythonSpace(line.charAt(i))) {
                if (start >= 0) words.add(line.substring(start, i));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) words.add(line.substring(start));
        return words;
    }

    private static String stripTrailingPythonWhitespace(String text) {
        int end = text.length();
        while (end > 0 && isPythonSpace(text.charAt(end - 1))) end--;
        return text.substring(0, end);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
