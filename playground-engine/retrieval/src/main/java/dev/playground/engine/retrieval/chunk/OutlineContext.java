package dev.playground.engine.retrieval.chunk;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The parent lines of an outline above a position: for a chunk that starts at an indented line,
 * the nearest line above with less indentation, then the nearest above that with less still, up
 * to the left margin. "- directa: ..." under "2.1 Inyección de prompt" under "2. Entradas
 * maliciosas" gets both, so the chunk is found by what its outline says it is about.
 */
final class OutlineContext {
    private static final int MAX_PARENTS = 4;
    private static final int MAX_LINE = 160;

    private OutlineContext() {}

    static String above(String text, int start) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        int lineEnd = text.indexOf('\n', lineStart);
        int indent = indentOf(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        Deque<String> parents = new ArrayDeque<>();
        int cursor = lineStart - 1;
        while (indent > 0 && cursor > 0 && parents.size() < MAX_PARENTS) {
            int previousStart = text.lastIndexOf('\n', cursor - 1) + 1;
            String line = text.substring(previousStart, cursor);
            cursor = previousStart - 1;
            if (line.isBlank() || line.strip().startsWith("```") || line.strip().startsWith("|")) continue;
            int lineIndent = indentOf(line);
            if (lineIndent < indent) {
                String item = line.strip();
                parents.addFirst(item.length() > MAX_LINE ? item.substring(0, MAX_LINE) : item);
                indent = lineIndent;
            }
        }
        return String.join("\n", parents);
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return n;
    }
}
