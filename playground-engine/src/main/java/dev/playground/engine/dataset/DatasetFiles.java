package dev.playground.engine.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.PromptfooTests;
import dev.playground.engine.bundle.SafeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes dataset files, the format chosen by the extension ({@link DatasetFormat}). A row that cannot be
 * read is refused with the file, its line (or place in a list) and what to do; nothing is half read.
 */
public final class DatasetFiles {
    /** Datasets are larger than prompt files: up to 64 MiB per file. */
    public static final ImportLimits LIMITS = new ImportLimits(64L << 20, 64L << 20, 1, 64);
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build());

    private DatasetFiles() {}

    /** What a file held, with notes on what was not taken (columns promptfoo uses that a dataset does not). */
    public record Read(Dataset dataset, List<String> warnings) {}

    public static Read read(Path file) throws BundleFileException {
        DatasetFormat format = DatasetFormat.require(file);
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new BundleFileException("There is no file " + file + ". Check the path.");
        List<String> warnings = new ArrayList<>();
        List<DatasetRow> rows;
        try {
            rows = switch (format) {
                case CSV, PROMPTFOO_YAML -> PromptfooTestRows.fromTests(PromptfooTests.readFile(file, LIMITS, warnings), name);
                case JSONL, OPENAI_EVALS -> jsonLines(file, name, warnings);
                case JSON -> json(file, name, warnings);
            };
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(e.getMessage(), e);
        }
        if (rows.isEmpty()) throw new BundleFileException(name + " holds no rows. Add at least one row (a header alone is not a dataset).");
        return new Read(new Dataset(rows), warnings);
    }

    /** Writes {@code dataset} to {@code file} (replacing it whole, never half written); returns notes on what changed form. */
    public static List<String> write(Dataset dataset, Path file) throws BundleFileException {
        DatasetFormat format = DatasetFormat.require(file);
        List<String> notes = new ArrayList<>();
        String text = switch (format) {
            case CSV -> DatasetCsv.write(dataset, notes);
            case JSONL -> {
                StringBuilder lines = new StringBuilder();
                dataset.rows().forEach(row -> lines.append(DatasetJson.toNode(row)).append('\n'));
                yield lines.toString();
            }
            case OPENAI_EVALS -> {
                StringBuilder lines = new StringBuilder();
                for (DatasetRow row : dataset.rows()) lines.append(OpenAiEvalsRows.toSample(row, notes)).append('\n');
                yield lines.toString();
            }
            case JSON -> pretty(records(dataset));
            case PROMPTFOO_YAML -> yaml(dataset);
        };
        replace(file, text);
        return notes;
    }

    private static List<DatasetRow> jsonLines(Path file, String name, List<String> warnings) throws BundleFileException {
        checkSize(file, name);
        List<DatasetRow> rows = new ArrayList<>();
        List<String> lines = readLines(file, name);
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (line.isBlank()) continue;
            JsonNode node;
            try {
                node = DatasetJson.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                throw new BundleFileException(name + " line " + (i + 1) + " is not valid JSON. Each line must be one complete JSON object,"
                        + " such as {\"inputs\": {\"question\": \"…\"}, \"expectations\": {\"expected_response\": \"…\"}}; check its quotes and braces.", e);
            }
            try {
                rows.add(record(node, warnings));
            } catch (IllegalArgumentException e) {
                throw new BundleFileException(name + " line " + (i + 1) + ": " + e.getMessage() + ".", e);
            }
        }
        return rows;
    }

    private static List<DatasetRow> json(Path file, String name, List<String> warnings) throws BundleFileException {
        checkSize(file, name);
        JsonNode root = new SafeYaml(LIMITS).readJson(readBytes(file, name), name);
        if (root.isObject() && root.has("tests")) return PromptfooTestRows.fromTests(PromptfooTests.readFile(file, LIMITS, warnings), name);
        if (!root.isArray()) throw new BundleFileException(name + " must hold a JSON list of records, such as [{\"inputs\": {…}}, …].");
        List<DatasetRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                rows.add(record(root.get(i), warnings));
            } catch (IllegalArgumentException e) {
                throw new BundleFileException(name + ", record " + (i + 1) + ": " + e.getMessage() + ".", e);
            }
        }
        return rows;
    }

    /**
     * An MLflow record (has {@code inputs}), a promptfoo test (has {@code vars}), an OpenAI evals sample ({@code input} and
     * {@code ideal}), or plain variable values; {@code warnings} gets each note once.
     */
    static DatasetRow record(JsonNode node, List<String> warnings) {
        if (!node.isObject()) throw new IllegalArgumentException("a record must be a JSON object, not " + DatasetJson.kind(node));
        if (node.has("inputs")) return DatasetJson.fromNode(node);
        if (node.has("vars")) return PromptfooTestRows.fromTest(node);
        if (OpenAiEvalsRows.matches(node)) {
            List<String> notes = new ArrayList<>();
            DatasetRow row = OpenAiEvalsRows.fromSample(node, notes);
            notes.stream().filter(n -> !warnings.contains(n)).forEach(warnings::add);
            return row;
        }
        return DatasetRow.of(DatasetJson.object(node, "record"));
    }

    private static ArrayNode records(Dataset dataset) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        dataset.rows().forEach(row -> array.add(DatasetJson.toNode(row)));
        return array;
    }

    private static String pretty(JsonNode node) {
        try {
            return DatasetJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree is always JSON", e);
        }
    }

    private static String yaml(Dataset dataset) {
        ArrayNode tests = JsonNodeFactory.instance.arrayNode();
        dataset.rows().forEach(row -> tests.add(PromptfooTestRows.toTest(row)));
        try {
            return YAML.writeValueAsString(tests);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree is always YAML", e);
        }
    }

    private static void checkSize(Path file, String name) throws BundleFileException {
        try {
            long size = Files.size(file);
            if (size > LIMITS.maxFileBytes()) {
                throw new BundleFileException(name + " is " + size / (1 << 20) + " MiB; files over " + LIMITS.maxFileBytes() / (1 << 20)
                        + " MiB are not imported. Split it into smaller files.");
            }
        } catch (IOException e) {
            throw new BundleFileException("Cannot read " + name + " (" + e.getClass().getSimpleName() + "). Check that it exists and is readable.", e);
        }
    }

    private static byte[] readBytes(Path file, String name) throws BundleFileException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BundleFileException("Cannot read " + name + " (" + e.getClass().getSimpleName() + "). Check that it is readable.", e);
        }
    }

    private static List<String> readLines(Path file, String name) throws BundleFileException {
        try {
            return List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\r?\\n", -1));
        } catch (IOException e) {
            throw new BundleFileException("Cannot read " + name + " (" + e.getClass().getSimpleName() + "). Check that it is readable.", e);
        }
    }

    private static void replace(Path file, String text) throws BundleFileException {
        Path target = file.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + ".writing");
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the message below is what matters
            }
            throw new BundleFileException("Cannot write " + file + " (" + e.getClass().getSimpleName() + "). Check that its folder is writable.", e);
        }
    }
}
