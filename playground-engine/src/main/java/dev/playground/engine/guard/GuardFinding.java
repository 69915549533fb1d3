package dev.playground.engine.guard;

import java.util.Objects;

/**
 * One thing a rail found.
 *
 * @param rail     the rail's name ({@code pii}, {@code injection}, {@code banned}, {@code tokens}, {@code safety})
 * @param kind     what it is ({@code EMAIL}, {@code IBAN}, {@code INJECTION}, …)
 * @param start    first character of the match in the checked text
 * @param end      one past its last character
 * @param text     the matched text
 * @param score    how sure the rail is, 0 to 1
 * @param evidence why, in plain words (empty when the kind says it all)
 */
public record GuardFinding(String rail, String kind, int start, int end, String text, double score, String evidence) {
    public GuardFinding {
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        evidence = evidence == null ? "" : evidence;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public GuardFinding(String rail, String kind, int start, int end, String text, double score) {
        this(rail, kind, start, end, text, score, "");
    }
}
