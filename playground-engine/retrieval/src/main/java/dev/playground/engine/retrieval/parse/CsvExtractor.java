package dev.playground.engine.retrieval.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns each CSV row into a line "column: value; column: value" so a chunk of rows stays
 * readable on its own (the header is repeated in every row, not only in the first chunk).
 */
final class CsvExtractor {
    private CsvExtractor() {}

    static ParsedDocument extract(String csv, char separator) {
        List<List<String>> rows = parse(TextCleaner.tidy(csv), separator);
        if (rows.isEmpty()) return new ParsedDocument(List.of(), List.of());
        List<String> header = rows.getFirst();
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (row.get(i).isBlank()) continue;
                String column = i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1);
                cells.add(column + ": " + row.get(i).strip());
            }
            if (!cells.isEmpty()) text.append(String.join("; ", cells)).append('\n');
        }
        if (rows.size() == 1) text.append(String.join("; ", header));
        return new ParsedDocument(List.of(Section.plain(text.toString().strip())), List.of());
    }

    /** RFC 4180 fields: quoted fields may hold separators, doubled quotes and newlines. */
    static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
