package dev.playground.engine.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as spreadsheets read it, for every export: RFC 4180 through commons-csv (CRLF line ends,
 * quotes only where needed, doubled quotes inside), and a cell that a spreadsheet would run as a
 * formula defused with a leading apostrophe. Model output is untrusted text.
 */
public final class SpreadsheetCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SpreadsheetCsv() {}

    /** Writes the header and the rows (a null cell is empty) and flushes; {@code out} stays open. */
    public static void write(Appendable out, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(defused(header));
        for (List<?> row : rows) printer.printRecord(defused(row));
        printer.flush();
    }

    /** The same as a string. */
    public static String toString(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try {
            write(out, header, rows);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /**
     * A leading =, +, - or @ starts a formula in spreadsheets, and a leading tab or carriage return can hide one from
     * a reader while some spreadsheets still run it; plain numbers (-3, 1.5) stay as they are.
     */
    public static String defuse(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) return cell;
        return "'" + cell;
    }

    private static List<String> defused(List<?> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (Object cell : cells) out.add(defuse(cell == null ? "" : String.valueOf(cell)));
        return out;
    }
}
