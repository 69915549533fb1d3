package dev.playground.engine.retrieval.parse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns each CSV row into a line "column: value; column: value" so a chunk of rows stays
 * readable on its own (the header is repeated in every row, not only in the first chunk).
 */
final class CsvExtractor {
    private CsvExtractor() {}

    static ParsedDocument extract(String csv, char separator) throws UnreadableFileException {
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

    /**
     * RFC 4180 through commons-csv: quoted fields may hold separators, doubled quotes and line
     * breaks. Files from the wild are read leniently: text after a closing quote is kept and a quote
     * left open at the end takes the rest of the file.
     */
    static List<List<String>> parse(String csv, char separator) throws UnreadableFileException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setTrailingData(true).setLenientEof(true).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) continue; // a blank line
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("the file is not valid CSV (" + e.getMessage() + ")", e);
        }
        return rows;
    }
}
