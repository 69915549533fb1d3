package dev.playground.engine.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.PromptfooTests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a dataset as a table that promptfoo runs and spreadsheets open: a column per variable, then
 * {@code expectations.…}, {@code tags.…}, {@code __description}, {@code __threshold}, {@code __expected…} and
 * {@code __metadata:…} columns where any row uses them. A cell a spreadsheet would run as a formula gets a leading
 * apostrophe, which the reader drops again. What a table cannot hold exactly is refused or listed in the notes.
 */
final class DatasetCsv {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private DatasetCsv() {}

    static String write(Dataset dataset, List<String> notes) throws BundleFileException {
        List<String> inputs = dataset.inputNames();
        for (String name : inputs) {
            if (name.startsWith("__") || name.startsWith(PromptfooTestRows.TAGS_PREFIX) || name.startsWith(PromptfooTestRows.EXPECTATIONS_PREFIX)) {
                throw new BundleFileException("The variable '" + name + "' cannot be a CSV column: the table would read it back as"
                        + " something else. Export to .jsonl or .yaml instead.");
            }
        }
        List<DatasetRow> rows = dataset.rows();
        boolean response = rows.stream().anyMatch(r -> r.expectedResponse() != null);
        boolean facts = rows.stream().anyMatch(r -> !r.expectedFacts().isEmpty());
        boolean guidelines = rows.stream().anyMatch(r -> !r.guidelines().isEmpty());
        boolean description = rows.stream().anyMatch(r -> !r.description().isEmpty());
        boolean threshold = rows.stream().anyMatch(r -> r.threshold() != null);
        int checks = rows.stream().mapToInt(r -> r.assertions().size()).max().orElse(0);
        Set<String> tags = new LinkedHashSet<>();
        Set<String> metadata = new LinkedHashSet<>();
        rows.forEach(r -> { tags.addAll(r.tags().keySet()); metadata.addAll(r.metadata().keySet()); });

        List<String> header = new ArrayList<>(inputs);
        if (response) header.add("expectations.expected_response");
        if (facts) header.add("expectations.expected_facts");
        if (guidelines) header.add("expectations.guidelines");
        tags.forEach(tag -> header.add(PromptfooTestRows.TAGS_PREFIX + tag));
        if (description) header.add("__description");
        if (threshold) header.add("__threshold");
        for (int i = 1; i <= checks; i++) header.add(checks == 1 ? "__expected" : "__expected" + i);
        metadata.forEach(key -> header.add("__metadata:" + key));

        int typed = 0;
        int missing = 0;
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            int number = 0;
            for (DatasetRow row : rows) {
                number++;
                List<String> cells = new ArrayList<>(header.size());
                for (String input : inputs) {
                    if (!row.inputs().containsKey(input)) missing++;
                    Object value = row.inputs().get(input);
                    if (value != null && !(value instanceof String)) typed++;
                    cells.add(text(value));
                }
                if (response) cells.add(row.expectedResponse() == null ? "" : row.expectedResponse());
                if (facts) cells.add(ListCells.write(row.expectedFacts()));
                if (guidelines) cells.add(ListCells.write(row.guidelines()));
                tags.forEach(tag -> cells.add(row.tags().getOrDefault(tag, "")));
                if (description) cells.add(row.description());
                if (threshold) cells.add(row.threshold() == null ? "" : String.valueOf(row.threshold()));
                for (int i = 0; i < checks; i++) cells.add(i < row.assertions().size() ? assertionCell(row.assertions().get(i), number) : "");
                for (String key : metadata) {
                    Object value = row.metadata().get(key);
                    if (value != null && !(value instanceof String)) typed++;
                    cells.add(text(value));
                }
                printer.printRecord(cells.stream().map(DatasetCsv::defused).toList());
            }
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not fail", e);
        }
        if (typed > 0) notes.add(typed + (typed == 1 ? " value that is" : " values that are") + " not text (numbers, lists, objects)"
                + " were written as JSON text and read back as text; export to .jsonl to keep them as they are");
        if (missing > 0) notes.add(missing + (missing == 1 ? " variable" : " variables") + " missing from some rows were written as"
                + " empty cells and read back as empty text");
        return out.toString();
    }

    /** "type: value", only when the promptfoo reader gives back exactly this assertion from it. */
    private static String assertionCell(Map<String, Object> assertion, int row) throws BundleFileException {
        Object type = assertion.get("type");
        Object value = assertion.get("value");
        String cell = value == null ? String.valueOf(type) : type + ": " + value;
        ObjectNode read = PromptfooTests.assertion(cell);
        if (!DatasetJson.MAPPER.valueToTree(assertion).equals(read)) {
            throw new BundleFileException("Row " + row + " has an assertion (" + type + ") that a CSV cell cannot hold exactly"
                    + " (a weight, threshold, metric, or a value that is not plain text). Export to .yaml or .jsonl instead.");
        }
        return cell;
    }

    private static String text(Object value) {
        if (value == null) return "";
        if (value instanceof String text) return text;
        try {
            return DatasetJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a value cannot be written as JSON", e);
        }
    }

    /**
     * The spreadsheet mark for text: an apostrophe before a cell that starts (after any apostrophes) with =, +, -, @,
     * a tab or a carriage return, plain numbers aside. The reader drops exactly one, so every text comes back as it was.
     */
    static String defused(String cell) {
        int quotes = 0;
        while (quotes < cell.length() && cell.charAt(quotes) == '\'') quotes++;
        if (quotes == cell.length() || "=+-@\t\r".indexOf(cell.charAt(quotes)) < 0) return cell;
        if (quotes == 0 && NUMBER.matcher(cell).matches()) return cell;
        return "'" + cell;
    }
}
