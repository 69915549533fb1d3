package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus under {@code src/test/resources/corpus}: prompt files written here, in every dialect the formats' documentation
 * allows. Every file imports (none refused), every field of a file either becomes a first-class field, is kept and
 * written back, or is named in the file's report (no silent drops), and every prompt round-trips: import, export to the
 * same format, import again gives the same messages, roles, variables, model, settings and kept fields.
 */
class CorpusTest {
    @TempDir
    Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);
    private final SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);
    /** Fields that describe an export run or a server's bookkeeping, not the prompt; written fresh by each export. */
    private static final Set<String> EXPORT_RUN = Set.of("system", "export_time", "_export_time", "mlflow_version", "script", "user", "platform",
            "package_version", "export_file_version", "mlflow_tracking_uri", "python_version", "processor", "creation_timestamp",
            "last_updated_timestamp", "user_id", "uri", "variables", "createdAt", "updatedAt", "createdBy");

    /**
     * Field names an export writes under another name with the same meaning: Prompty exports write v2 front matter (the
     * v1 to v2 renames of Prompty's migration guide; enumValues become a JSON Schema's enum), promptfoo exports write
     * {@code messages:} and {@code raw:} prompts as chat arrays and inline text, MLflow exports write a registered model's
     * versions as prompt.json files (its text tag as the template, its aliases as each version's aliases).
     */
    private static final Map<String, List<String>> RENAMED = Map.of(
            "prompty", List.of("configuration=connection", "parameters=options", "max_tokens=maxOutputTokens", "sample=default",
                    "type=kind", "type=provider", "azure_deployment=id", "enumValues=enum", "api=apiType", "stop=stopSequences"),
            "promptfoo", List.of("messages=role", "raw=prompts"),
            "mlflow", List.of("alias=aliases", "mlflow.prompt.text=template", "registered_model=prompt", "versions=version",
                    "mlflow.prompt.is_prompt=prompt"));

    private static boolean writtenUnderAnotherName(String folder, String key, String exported) {
        return RENAMED.getOrDefault(folder, List.of()).stream()
                .anyMatch(pair -> pair.startsWith(key + "=") && exported.contains(pair.substring(key.length() + 1)));
    }

    /** A promptfoo export describes the config and names each test ("test 1"); a re-import keeps both. Nothing else may differ. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withoutExportAdditions(Map<String, Object> extras) {
        if (!(extras.get("promptfoo") instanceof Map<?, ?> kept)) return extras;
        Map<String, Object> promptfoo = new TreeMap<>((Map<String, Object>) kept);
        if (promptfoo.get("config") instanceof Map<?, ?> config) {
            Map<String, Object> copy = new TreeMap<>((Map<String, Object>) config);
            if ("Exported from Prompt Playground".equals(copy.get("description"))) copy.remove("description");
            if (copy.isEmpty()) promptfoo.remove("config");
            else promptfoo.put("config", copy);
        }
        if (promptfoo.get("tests") instanceof List<?> tests) {
            promptfoo.put("tests", tests.stream().map(t -> {
                Map<String, Object> test = new TreeMap<>((Map<String, Object>) t);
                if (String.valueOf(test.get("description")).matches("test \\d+")) test.remove("description");
                return test;
            }).toList());
        }
        Map<String, Object> out = new TreeMap<>(extras);
        out.put("promptfoo", promptfoo);
        return out;
    }

    static Path corpus(String folder) {
        try {
            return Path.of(CorpusTest.class.getResource("/corpus/" + folder).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BundleWriter.Interop interop(String folder) {
        return switch (folder) {
            case "prompty" -> new BundleWriter.Interop(true, false, false, false, false, false, false);
            case "mlflow" -> new BundleWriter.Interop(false, true, false, false, false, false, false);
            case "langfuse" -> new BundleWriter.Interop(false, false, true, false, false, false, false);
            case "promptfoo" -> new BundleWriter.Interop(false, false, false, true, false, false, false);
            case "dotprompt" -> new BundleWriter.Interop(false, false, false, false, true, false, false);
            case "semantic-kernel" -> new BundleWriter.Interop(false, false, false, false, false, true, false);
            default -> new BundleWriter.Interop(false, false, false, false, false, false, true);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"prompty", "promptfoo", "mlflow", "langfuse", "dotprompt", "semantic-kernel", "langchain"})
    void every_file_imports_reports_what_it_did_not_take_and_round_trips(String folder) throws Exception {
        ParsedImport parsed = reader.read(corpus(folder));
        assertThat(parsed.refusals()).as(folder).isEmpty();
        assertThat(parsed.prompts()).as(folder).isNotEmpty();
        List<String> problems = new ArrayList<>();
        StringBuilder exports = new StringBuilder();
        for (BundledPrompt prompt : parsed.prompts()) {
            Path out = temp.resolve(folder + "-" + prompt.name());
            BundleWriter writer = new BundleWriter();
            Map<String, String> files = writer.files(List.of(prompt), ExportOptions.ALL, interop(folder), Instant.parse("2026-12-03T08:00:00Z"));
            files.keySet().removeIf(path -> path.startsWith(BundleFormat.PROMPTS_FOLDER + "/"));
            writer.write(files, out);
            ParsedImport again = reader.read(out);
            assertThat(again.refusals()).as(folder + " " + prompt.name() + " re-import: " + files).isEmpty();
            List<BundledVersion> back = again.prompts().stream().flatMap(p -> p.versions().stream()).toList();
            if (back.size() != prompt.versions().size()) {
                problems.add(prompt.name() + ": " + prompt.versions().size() + " versions exported, " + back.size() + " imported again");
                continue;
            }
            for (int i = 0; i < back.size(); i++) {
                BundledVersion before = prompt.versions().get(i);
                BundledVersion after = back.get(i);
                if (!after.document().equals(before.document())) problems.add(prompt.name() + " v" + before.version() + " document:\n  " + before.document() + "\n  " + after.document());
                if (!withoutExportAdditions(after.extras()).equals(withoutExportAdditions(before.extras()))) problems.add(prompt.name() + " v" + before.version() + " kept fields:\n  " + before.extras() + "\n  " + after.extras());
            }
            exports.append(String.join("\n", files.values())).append('\n');
        }
        // Every field of every file read is in some export of this folder, under its name or a documented new name, or in the file's report.
        String exported = exports.toString();
        for (FileReport report : parsed.reports()) {
            if (report.status() != FileReport.Status.READ) continue;
            for (String key : sourceKeys(folder, report.path())) {
                if (EXPORT_RUN.contains(key) || exported.contains("\"" + key + "\"") || exported.contains(key + ":") || exported.contains("name: " + key)
                        || writtenUnderAnotherName(folder, key, exported)) continue;
                if (report.messages().stream().anyMatch(m -> m.contains(key))) continue;
                problems.add(report.path() + ": field '" + key + "' is neither written back nor reported");
            }
        }
        assertThat(problems).as(folder).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_corpus_holds_at_least_80_files_across_eight_formats() throws Exception {
        Map<String, Long> counts = fileCounts();
        assertThat(counts.keySet()).containsExactly("dotprompt", "langchain", "langfuse", "mlflow", "openai-evals", "promptfoo", "prompty", "semantic-kernel");
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(80);
    }

    /** Every field name in a file's structured part (JSON, YAML, front matter, a skprompt's config.json). */
    private Set<String> sourceKeys(String folder, String path) throws Exception {
        Path file = corpus(folder).resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String lower = path.toLowerCase();
        JsonNode root;
        if (lower.endsWith(".json")) root = yaml.readJson(text.getBytes(StandardCharsets.UTF_8), path);
        else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) root = yaml.readYaml(text.getBytes(StandardCharsets.UTF_8), path);
        else if (lower.endsWith("skprompt.txt")) root = yaml.readJson(Files.readAllBytes(file.resolveSibling("config.json")), path);
        else if (text.startsWith("---\n") && text.indexOf("\n---", 4) > 0) root = yaml.readYaml(text.substring(4, text.indexOf("\n---", 4)).getBytes(StandardCharsets.UTF_8), path);
        else return Set.of();
        Set<String> keys = new TreeSet<>();
        collect(root, keys);
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node == null) return;
        if (node.isObject()) node.properties().forEach(e -> {
            keys.add(e.getKey());
            collect(e.getValue(), keys);
        });
        if (node.isArray()) node.forEach(item -> collect(item, keys));
    }

    /** The figures docs/interop.md quotes: files per format folder. */
    static Map<String, Long> fileCounts() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Stream<Path> folders = Files.list(corpus(""))) {
            for (Path folder : folders.toList()) {
                try (Stream<Path> files = Files.walk(folder)) {
                    counts.put(folder.getFileName().toString(), files.filter(Files::isRegularFile).count());
                }
            }
        }
        return counts;
    }
}
