package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * promptfoo's {@code tests}: written in the config, or loaded from {@code file://} tables (CSV: one column per
 * variable, {@code __expected…} columns as assertions, {@code __description}, {@code __threshold},
 * {@code __metadata:KEY}) and YAML, JSON or JSONL lists. Everything becomes one list of test objects, as if it had
 * been written in the config. The one reader of promptfoo tests: the config import, dataset import and eval use it.
 * A CSV row with more or fewer cells than the header is refused with its file and line.
 */
public final class PromptfooTests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Assertion types a CSV "__expected" cell may name as "type:value"; anything else is an exact answer. */
    private static final Set<String> ASSERTION_TYPES = Set.of("contains", "icontains", "contains-any", "contains-all",
            "icontains-any", "icontains-all", "equals", "starts-with", "regex", "is-json", "contains-json", "javascript",
            "python", "llm-rubric", "similar", "rouge-n", "bleu", "levenshtein", "factuality", "model-graded-closedqa",
            "answer-relevance", "latency", "cost", "is-sql", "is-xml", "is-html", "finish-reason", "is-refusal");
    /** commons-csv's report of a quote left open; the start line is all we take from it. */
    private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TYPED = Pattern.compile("(?s)^(not-)?([a-z][a-z-]*)(?::\\s?(.*))?$");

    private final SafeYaml yaml;

    public PromptfooTests(SafeYaml yaml) {
        this.yaml = yaml;
    }

    /**
     * The tests in {@code file}: a test table (.csv), a list of tests (.yaml, .yml, .json, .jsonl) or a config with
     * {@code tests}; files it references are read relative to its folder.
     */
    public static ArrayNode readFile(Path file, ImportLimits limits, List<String> warnings) throws BundleFileException {
        Path folder = file.toAbsolutePath().getParent();
        PromptfooConfig.Siblings siblings = relative -> {
            Path target = folder.resolve(relative).normalize();
            try {
                if (Files.size(target) > limits.maxFileBytes()) {
                    throw new BundleFileException(relative + " is " + Files.size(target) / 1024 + " KiB; files over "
                            + limits.maxFileBytes() / 1024 + " KiB are not read. Split it into smaller files.");
                }
                return Files.readAllBytes(target);
            } catch (IOException e) {
                throw new BundleFileException("Cannot read " + relative + " (" + (e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName())
                        + "). Check the path; it is read relative to " + folder + ".", e);
            }
        };
        PromptfooTests tests = new PromptfooTests(new SafeYaml(limits));
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            byte[] content = siblings.read(name);
            JsonNode node = lower.endsWith(".json") ? tests.yaml.readJson(content, name) : tests.yaml.readYaml(content, name);
            if (node.isObject() && node.has("tests")) return tests.expand(node.get("tests"), siblings, warnings);
            ArrayNode all = NODES.arrayNode();
            tests.addTests(node, name, all, warnings);
            return all;
        }
        ArrayNode all = NODES.arrayNode();
        tests.addFromFile(name, siblings, all, warnings);
        return all;
    }

    public ArrayNode expand(JsonNode tests, PromptfooConfig.Siblings siblings, List<String> warnings) throws BundleFileException {
        ArrayNode all = NODES.arrayNode();
        if (tests.isMissingNode() || tests.isNull()) return all;
        if (tests.isTextual()) {
            addFromFile(tests.asText(), siblings, all, warnings);
            return all;
        }
        if (!tests.isArray()) {
            warnings.add("'tests' is neither a list nor a file reference; no test inputs were imported");
            return all;
        }
        for (JsonNode test : tests) {
            if (test.isTextual()) addFromFile(test.asText(), siblings, all, warnings);
            else if (test.isObject()) all.add(test);
        }
        return all;
    }

    private void addFromFile(String reference, PromptfooConfig.Siblings siblings, ArrayNode out, List<String> warnings)
            throws BundleFileException {
        String file = reference.startsWith("file://") ? reference.substring("file://".length()) : reference;
        String lower = file.toLowerCase(Locale.ROOT);
        if (file.contains("*") || file.contains("?")) {
            warnings.add("tests glob '" + reference + "' was not imported: list the files one by one");
        } else if (lower.endsWith(".csv")) {
            addCsv(new String(siblings.read(file), StandardCharsets.UTF_8), file, out, warnings);
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            byte[] content = siblings.read(file);
            addTests(lower.endsWith(".json") ? yaml.readJson(content, file) : yaml.readYaml(content, file), file, out, warnings);
        } else if (lower.endsWith(".jsonl")) {
            addJsonLines(new String(siblings.read(file), StandardCharsets.UTF_8), file, out);
        } else {
            warnings.add("tests from '" + reference + "' were not imported: only .csv, .yaml, .json and .jsonl test files are read");
        }
    }

    private void addTests(JsonNode node, String file, ArrayNode out, List<String> warnings) {
        if (node.isArray()) node.forEach(test -> { if (test.isObject()) out.add(test); });
        else if (node.isObject()) out.add(node);
        else warnings.add("tests in '" + file + "' are not a list of tests; they were not imported");
    }

    /** One test object per line; a line that is not one is refused with its number. */
    private void addJsonLines(String text, String file, ArrayNode out) throws BundleFileException {
        String[] lines = stripByteOrderMark(text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            JsonNode node;
            try {
                node = yaml.jsonMapper().readTree(lines[i]);
            } catch (IOException e) {
                throw new BundleFileException(file + " line " + (i + 1) + " is not valid JSON. Each line must be one complete JSON object,"
                        + " such as {\"vars\": {\"question\": \"…\"}}; check its quotes and braces.", e);
            }
            if (!node.isObject()) {
                throw new BundleFileException(file + " line " + (i + 1) + " is not a JSON object. Each line must be one object, such as"
                        + " {\"vars\": {\"question\": \"…\"}}.");
            }
            out.add(node);
        }
    }

    private static void addCsv(String text, String file, ArrayNode out, List<String> warnings) throws BundleFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false)
                .setIgnoreEmptyLines(true).get();
        Set<String> ignored = new TreeSet<>();
        String body = stripByteOrderMark(text);
        Lines lines = new Lines(body);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) {
                long line = lines.at(row.getCharacterPosition());
                if (row.size() != header.size()) {
                    throw new BundleFileException(file + " line " + line + ": this row has " + row.size()
                            + (row.size() == 1 ? " cell" : " cells") + " but the header has " + header.size() + " columns. Check for a missing"
                            + " or extra comma, or an unclosed quote (a cell holding a comma, a quote or a line break must be in double quotes).");
                }
                out.add(test(header, row, ignored, file + " line " + line));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            Matcher unclosed = UNCLOSED.matcher(reason == null ? "" : reason);
            if (unclosed.find()) {
                throw new BundleFileException(file + " line " + unclosed.group(1) + ": a quoted cell that starts here is never closed."
                        + " Add the closing double quote (a quote inside a cell is written twice: \"\").", e);
            }
            throw new BundleFileException("The test table '" + file + "' is not valid CSV: " + reason
                    + ". Check its quotes and that every row has the header's columns.", e);
        }
        if (!ignored.isEmpty()) warnings.add("columns " + String.join(", ", ignored) + " in '" + file + "' were not imported");
    }

    private static ObjectNode test(List<String> header, CSVRecord row, Set<String> ignored, String where) throws BundleFileException {
        ObjectNode test = NODES.objectNode();
        ObjectNode vars = test.putObject("vars");
        ArrayNode asserts = NODES.arrayNode();
        ObjectNode metadata = NODES.objectNode();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = cell(row.get(i));
            if (!column.startsWith("__")) vars.put(column.strip(), value);
            else if (column.startsWith("__expected")) { if (!value.isBlank()) asserts.add(assertion(value)); }
            else if (column.equals("__description")) { if (!value.isBlank()) test.put("description", value); }
            else if (column.startsWith("__metadata:")) { if (!value.isEmpty()) metadata.put(column.substring("__metadata:".length()), value); }
            else if (column.equals("__threshold")) { if (!value.isBlank()) test.put("threshold", threshold(value, where)); }
            else ignored.add(column);
        }
        if (!asserts.isEmpty()) test.set("assert", asserts);
        if (!metadata.isEmpty()) test.set("metadata", metadata);
        return test;
    }

    private static double threshold(String value, String where) throws BundleFileException {
        try {
            double number = Double.parseDouble(value.strip());
            if (number >= 0 && number <= 1) return number;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BundleFileException(where + ": __threshold '" + value.strip() + "' is not a number from 0 to 1, such as 0.8.");
    }

    /**
     * A leading apostrophe before =, +, -, @, a tab or a carriage return is how spreadsheets (and our exports,
     * see {@code SpreadsheetCsv}) mark a cell as text rather than a formula; like a spreadsheet, the reader drops it.
     */
    static String cell(String value) {
        int quotes = 0;
        while (quotes < value.length() && value.charAt(quotes) == '\'') quotes++;
        if (quotes == 0 || quotes == value.length() || "=+-@\t\r".indexOf(value.charAt(quotes)) < 0) return value;
        return value.substring(1);
    }

    /** The 1-based line of a character position, counted forward as the rows are read (each character once). */
    private static final class Lines {
        private final String text;
        private int position;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long at(long target) {
            int end = (int) Math.min(target, text.length());
            for (; position < end; position++) if (text.charAt(position) == '\n') line++;
            return line;
        }
    }

    /** A CSV {@code __expected} cell: "contains: Paris" is a contains assertion, "grade: ..." an LLM rubric, plain text must equal the output. */
    public static ObjectNode assertion(String cell) {
        ObjectNode assertion = NODES.objectNode();
        String text = cell.strip();
        Matcher typed = TYPED.matcher(text);
        if (typed.matches()) {
            String type = switch (typed.group(2)) {
                case "grade" -> "llm-rubric";
                case "fn", "eval" -> "javascript";
                default -> typed.group(2);
            };
            if (ASSERTION_TYPES.contains(type) && (typed.group(3) != null || type.startsWith("is-"))) {
                assertion.put("type", (typed.group(1) == null ? "" : typed.group(1)) + type);
                if (typed.group(3) != null && !typed.group(3).isEmpty()) assertion.put("value", typed.group(3));
                return assertion;
            }
        }
        assertion.put("type", "equals");
        assertion.put("value", text);
        return assertion;
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
