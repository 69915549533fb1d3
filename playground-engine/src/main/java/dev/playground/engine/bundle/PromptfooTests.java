package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * variable, {@code __expected…} columns as assertions, {@code __description}) and YAML or JSON lists. Everything
 * becomes one list of test objects, as if it had been written in the config.
 */
final class PromptfooTests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Assertion types a CSV "__expected" cell may name as "type:value"; anything else is an exact answer. */
    private static final Set<String> ASSERTION_TYPES = Set.of("contains", "icontains", "contains-any", "contains-all",
            "icontains-any", "icontains-all", "equals", "starts-with", "regex", "is-json", "contains-json", "javascript",
            "python", "llm-rubric", "similar", "rouge-n", "bleu", "levenshtein", "factuality", "model-graded-closedqa",
            "answer-relevance", "latency", "cost", "is-sql", "is-xml", "is-html", "finish-reason", "is-refusal");
    private static final Pattern TYPED = Pattern.compile("(?s)^(not-)?([a-z][a-z-]*)(?::\\s?(.*))?$");

    private final SafeYaml yaml;

    PromptfooTests(SafeYaml yaml) {
        this.yaml = yaml;
    }

    ArrayNode expand(JsonNode tests, PromptfooConfig.Siblings siblings, List<String> warnings) throws BundleFileException {
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
            JsonNode node = lower.endsWith(".json") ? yaml.readJson(content, file) : yaml.readYaml(content, file);
            if (node.isArray()) node.forEach(test -> { if (test.isObject()) out.add(test); });
            else if (node.isObject()) out.add(node);
            else warnings.add("tests in '" + file + "' are not a list of tests; they were not imported");
        } else {
            warnings.add("tests from '" + reference + "' were not imported: only .csv, .yaml and .json test files are read");
        }
    }

    private static void addCsv(String text, String file, ArrayNode out, List<String> warnings) throws BundleFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false)
                .setIgnoreEmptyLines(true).get();
        Set<String> ignored = new TreeSet<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(stripByteOrderMark(text)), format)) {
            List<String> header = parser.getHeaderNames();
            for (CSVRecord row : parser) out.add(test(header, row, ignored));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String reason = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new BundleFileException("The test table '" + file + "' is not valid CSV: " + reason
                    + ". Check its quotes and that every row has the header's columns.", e);
        }
        if (!ignored.isEmpty()) warnings.add("columns " + String.join(", ", ignored) + " in '" + file + "' were not imported");
    }

    private static ObjectNode test(List<String> header, CSVRecord row, Set<String> ignored) {
        ObjectNode test = NODES.objectNode();
        ObjectNode vars = test.putObject("vars");
        ArrayNode asserts = NODES.arrayNode();
        for (String column : header) {
            String value = row.isSet(column) ? row.get(column) : "";
            if (!column.startsWith("__")) vars.put(column.strip(), value);
            else if (column.startsWith("__expected")) { if (!value.isBlank()) asserts.add(assertion(value)); }
            else if (column.equals("__description")) { if (!value.isBlank()) test.put("description", value); }
            else ignored.add(column);
        }
        if (!asserts.isEmpty()) test.set("assert", asserts);
        return test;
    }

    /** "contains: Paris" is a contains assertion; "grade: ..." an LLM rubric; plain text must equal the output. */
    static ObjectNode assertion(String cell) {
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
