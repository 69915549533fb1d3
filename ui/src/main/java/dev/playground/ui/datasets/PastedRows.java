package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A block of rows copied from a spreadsheet: tab-separated, a cell in double quotes may hold tabs, line breaks and
 * doubled quotes. The first line is a header when its cells are distinct, none blank, and one of them names a grid
 * column (or the grid has no input columns yet, so the header names the variables); otherwise the cells fill the grid's columns in order. A line with
 * a different number of cells than the header (or the first row) is refused with its row number.
 */
public final class PastedRows {
    private static final Set<String> EXPECTATION_NAMES = Set.of("expected_response", "expected_facts", "guidelines", "tags");

    /** The rows and the input columns they bring that the grid lacked. */
    public record Result(List<DatasetRow> rows, List<String> newColumns) {}

    /** A block that cannot be pasted; the message is for the person (the line and what is wrong). */
    public static final class RefusedException extends Exception {
        private final int line;
        private final int cells;
        private final int expected;

        RefusedException(int line, int cells, int expected) {
            super("line " + line + " has " + cells + " cells where " + expected + " were expected");
            this.line = line;
            this.cells = cells;
            this.expected = expected;
        }

        public int line() { return line; }
        public int cells() { return cells; }
        public int expected() { return expected; }
    }

    private PastedRows() {}

    /** Reads {@code text} against the grid's input columns (in order); the expectation columns follow them. */
    public static Result read(String text, List<String> inputColumns) throws RefusedException {
        List<List<String>> lines = split(text);
        if (lines.isEmpty()) return new Result(List.of(), List.of());
        List<GridColumn> columns;
        int first;
        if (isHeader(lines.getFirst(), inputColumns)) {
            columns = lines.getFirst().stream().map(PastedRows::column).toList();
            first = 1;
        } else {
            columns = new ArrayList<>(inputColumns.stream().map(GridColumn::input).toList());
            columns.addAll(GridColumn.EXPECTATIONS);
            first = 0;
        }
        List<String> newColumns = new ArrayList<>();
        for (GridColumn column : columns) {
            if (column.kind() == GridColumn.Kind.INPUT && !inputColumns.contains(column.name()) && !newColumns.contains(column.name())) {
                newColumns.add(column.name());
            }
        }
        List<String> allInputs = new ArrayList<>(inputColumns);
        allInputs.addAll(newColumns);
        List<DatasetRow> rows = new ArrayList<>();
        // Without a header a block may fill the inputs and the first few expectation columns, but every row alike.
        int width = first == 1 ? columns.size() : lines.getFirst().size();
        if (first == 0 && (width < Math.max(1, inputColumns.size()) || width > columns.size())) {
            throw new RefusedException(1, width, width < inputColumns.size() ? inputColumns.size() : columns.size());
        }
        for (int i = first; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.size() != width) throw new RefusedException(i + 1, cells.size(), width);
            DatasetRow row = GridCells.blank(allInputs);
            for (int c = 0; c < cells.size(); c++) row = GridCells.with(row, columns.get(c), cells.get(c));
            rows.add(row);
        }
        return new Result(rows, newColumns);
    }

    private static boolean isHeader(List<String> cells, List<String> inputColumns) {
        if (inputColumns.isEmpty()) return true;
        if (cells.stream().anyMatch(String::isBlank) || cells.stream().map(String::strip).distinct().count() < cells.size()) return false;
        return cells.stream().anyMatch(cell -> inputColumns.contains(cell.strip())
                || EXPECTATION_NAMES.contains(cell.strip().toLowerCase(Locale.ROOT)));
    }

    private static GridColumn column(String header) {
        String name = header.strip();
        for (GridColumn fixed : GridColumn.EXPECTATIONS) if (fixed.name().equalsIgnoreCase(name)) return fixed;
        return GridColumn.input(name);
    }

    /** Tab-separated lines with spreadsheet quoting; blank lines are skipped. */
    static List<List<String>> split(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < normalised.length() && normalised.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n') {
                cells.add(cell.toString());
                addLine(lines, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        cells.add(cell.toString());
        addLine(lines, cells);
        return lines;
    }

    private static void addLine(List<List<String>> lines, List<String> cells) {
        if (cells.size() == 1 && cells.getFirst().isBlank()) return;
        lines.add(List.copyOf(cells));
    }
}
