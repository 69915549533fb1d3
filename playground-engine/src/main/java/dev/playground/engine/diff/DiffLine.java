package dev.playground.engine.diff;

/** One row of a side-by-side diff; a side is null where the other side has a line the first lacks. */
public record DiffLine(Kind kind, String left, String right) {
    public enum Kind { SAME, ADDED, REMOVED, CHANGED }
}
