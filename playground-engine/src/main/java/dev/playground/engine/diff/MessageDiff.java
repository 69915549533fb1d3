package dev.playground.engine.diff;

import java.util.List;

/** The n-th message of two versions: roles (null where a version has no such message) and the lines side by side. */
public record MessageDiff(int index, String leftRole, String rightRole, List<DiffLine> lines) {
    public MessageDiff {
        lines = List.copyOf(lines);
    }

    public boolean changed() {
        return !java.util.Objects.equals(leftRole, rightRole) || lines.stream().anyMatch(l -> l.kind() != DiffLine.Kind.SAME);
    }
}
