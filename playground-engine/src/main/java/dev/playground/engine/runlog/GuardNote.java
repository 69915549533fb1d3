package dev.playground.engine.runlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a guardrail found in one call, as the run log keeps it: never the matched text (that may be the personal data
 * itself), only which rail, what kind, what the rail did and whether it was in the prompt or the answer.
 *
 * @param rail   {@code pii}, {@code injection}, {@code banned}, {@code tokens}
 * @param kind   {@code EMAIL}, {@code INJECTION}, …
 * @param action {@code flag}, {@code mask} or {@code block}
 * @param on     {@code prompt} or {@code answer}
 */
public record GuardNote(String rail, String kind, String action, String on) {
    public static final String PROMPT = "prompt";
    public static final String ANSWER = "answer";

    public GuardNote {
        Objects.requireNonNull(rail, "rail");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        on = ANSWER.equals(on) ? ANSWER : PROMPT;
    }

    /** {@code prompt:pii:EMAIL:mask}, the form the store keeps (none of the parts has a colon or a semicolon). */
    public String compact() {
        return on + ':' + rail + ':' + kind + ':' + action;
    }

    /** Notes joined with semicolons; empty for none. */
    public static String compact(List<GuardNote> notes) {
        StringBuilder s = new StringBuilder();
        for (GuardNote n : notes) s.append(s.isEmpty() ? "" : ";").append(n.compact());
        return s.toString();
    }

    /** The notes {@link #compact(List)} wrote; parts that do not read as a note are skipped. */
    public static List<GuardNote> parse(String compact) {
        List<GuardNote> notes = new ArrayList<>();
        if (compact == null || compact.isBlank()) return notes;
        for (String part : compact.split(";")) {
            String[] p = part.split(":");
            if (p.length == 4) notes.add(new GuardNote(p[1], p[2], p[3], p[0]));
        }
        return notes;
    }
}
