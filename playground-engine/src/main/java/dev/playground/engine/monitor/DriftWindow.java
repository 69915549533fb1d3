package dev.playground.engine.monitor;

import java.time.Instant;
import java.util.Objects;

/**
 * One side of a drift comparison: the calls started in [{@code from}, {@code to}), of one prompt (blank: any) and
 * one of its versions (0: any). {@code label} names it in reports ("last week", "support/3").
 */
public record DriftWindow(String label, Instant from, Instant to, String prompt, int version) {
    public DriftWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        prompt = prompt == null ? "" : prompt.strip();
        label = label == null ? "" : label;
    }

    /** Every call of a time range. */
    public static DriftWindow of(String label, Instant from, Instant to) {
        return new DriftWindow(label, from, to, "", 0);
    }

    boolean holds(CallFacts call) {
        return (prompt.isEmpty() || prompt.equals(call.prompt())) && (version == 0 || version == call.version());
    }
}
