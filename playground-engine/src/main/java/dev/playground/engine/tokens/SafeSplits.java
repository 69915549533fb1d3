package dev.playground.engine.tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces whose token counts add up to the count of the whole text, for the
 * cl100k_base and o200k_base encodings. Both pre-tokenize with a regular expression before BPE,
 * and BPE never merges across two pre-tokens, so a cut where the pre-tokenizer would split anyway
 * changes nothing. Two kinds of cut are safe under both patterns (no alternative matches across
 * them, and the only look-ahead, {@code \s+(?!\S)}, never decides a match that ends there):
 * <ul>
 *   <li>after a line break, before a letter: whitespace ending in a line break is matched by
 *       {@code \s*[\r\n]+}, punctuation by {@code [^\s\p{L}\p{N}]+[\r\n]*}, and no word pattern
 *       may start with {@code \r} or {@code \n};</li>
 *   <li>between a letter and a space followed by a letter: a word never takes a trailing space,
 *       and the space is the optional first character of the next word.</li>
 * </ul>
 * Every line that starts with a letter starts a piece, so an edit only changes the pieces of the
 * lines it touches; long lines are also cut at spaces once a piece is {@link #LONG_PIECE} long.
 */
final class SafeSplits {
    static final int LONG_PIECE = 512;

    private SafeSplits() {}

    static List<String> pieces(String text) {
        return pieces(text, LONG_PIECE);
    }

    /** With {@code longPiece} 1, every safe cut is taken (the tests use that to try them all). */
    static List<String> pieces(String text, int longPiece) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            boolean cut = text.charAt(i - 1) == '\n' ? Character.isLetter(text.codePointAt(i))
                    : c == ' ' && i - start >= longPiece && i + 1 < length
                            && Character.isLetter(text.codePointBefore(i)) && Character.isLetter(text.codePointAt(i + 1));
            if (cut) {
                pieces.add(text.substring(start, i));
                start = i;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }
}
