package dev.playground.engine.retrieval.chunk;

import java.util.regex.Pattern;

/**
 * Keeps table rows with their column names: a chunk that starts among the body rows of a pipe
 * table ("| a | b |") gets that table's header and separator rows in front, so "| CAN QUERY | send
 * queries |" still says which column is which once the table is cut.
 */
final class TableHeaders {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*");

    private TableHeaders() {}

    /** {@code piece} as found at {@code start} in {@code text}, with the header rows of the table it starts inside. */
    static String carry(String text, int start, String piece) {
        String firstLine = piece.lines().findFirst().orElse("");
        if (!isRow(firstLine) || SEPARATOR.matcher(firstLine).matches()) return piece;
        // Walk up from the line before the chunk through rows of the same table to its separator row.
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1));
        while (lineStart > 0) {
            int previousStart = text.lastIndexOf('\n', lineStart - 1) + 1;
            String line = text.substring(previousStart, lineStart);
            if (!isRow(line)) return piece;
            if (SEPARATOR.matcher(line).matches()) {
                int headerStart = previousStart == 0 ? -1 : text.lastIndexOf('\n', previousStart - 2);
                String header = text.substring(headerStart + 1, Math.max(headerStart + 1, previousStart - 1));
                return isRow(header) ? header + "\n" + line + "\n" + piece : piece;
            }
            lineStart = previousStart - 1;
        }
        return piece;
    }

    private static boolean isRow(String line) {
        String t = line.strip();
        return t.startsWith("|") && t.length() > 1;
    }
}
