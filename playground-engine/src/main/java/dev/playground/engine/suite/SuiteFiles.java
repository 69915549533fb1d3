package dev.playground.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundleFormat;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.PromptfooConfig;
import dev.playground.engine.bundle.PromptfooTests;
import dev.playground.engine.bundle.SafeYaml;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.PromptfooTestRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads the suite {@code playground eval} (and the Evaluate view) is given: a suite file
 * ({@code NAME.suite.yaml}, see {@link SuiteYaml}), a bundle folder holding one under {@code suites/}, or a promptfoo
 * config under any file name. Every problem is a {@link BundleFileException} naming the file and what to do.
 */
public final class SuiteFiles {
    public static final String FOLDER = "suites";
    public static final String SUFFIX = ".suite.yaml";

    private SuiteFiles() {}

    /** A file or a bundle folder; see the class comment. */
    public static Suite load(Path path) throws BundleFileException {
        if (Files.isDirectory(path)) return load(inBundle(path));
        if (!Files.isRegularFile(path)) throw new BundleFileException("There is no file or folder " + path + ". Check the path.");
        SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new BundleFileException("Cannot read " + path + ": " + e.getMessage(), e);
        }
        String where = path.toString();
        JsonNode root = yaml.readYaml(bytes, where);
        Path folder = path.toAbsolutePath().getParent();
        DiskSiblings siblings = new DiskSiblings(folder, ImportLimits.DEFAULT);
        try {
            if (root != null && root.has(SuiteYaml.MARKER)) return new SuiteYaml().read(root, where, siblings, folder);
            if (root != null && PromptfooConfig.looksLikeConfig(root)) return promptfoo(root, where, siblings, yaml);
        } catch (UnknownAssertionType e) {
            int line = lineOf(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), e.type());
            if (line > 0 && e.getMessage().startsWith(where)) {
                throw new UnknownAssertionType(where + " line " + line + e.getMessage().substring(where.length()), e.type());
            }
            throw e;
        }
        throw new BundleFileException(where + " is neither a suite (a '" + SuiteYaml.MARKER + ":' name at the top) nor a promptfoo config "
                + "(prompts, providers and tests). Write one of them, or give a bundle folder with a " + FOLDER + "/NAME" + SUFFIX + " file.");
    }

    /** The first line that gives {@code type} as an assertion's type (1-based), 0 when none does. */
    static int lineOf(String text, String type) {
        String[] lines = text.split("\r?\n", -1);
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("\\btype\\s*:\\s*[\"']?" + java.util.regex.Pattern.quote(type) + "[\"']?\\s*(?:[,}#].*)?$");
        for (int i = 0; i < lines.length; i++) if (pattern.matcher(lines[i]).find()) return i + 1;
        return 0;
    }

    /** The one suite file of a bundle folder. */
    static Path inBundle(Path folder) throws BundleFileException {
        Path suites = folder.resolve(FOLDER);
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(suites)) {
            try (Stream<Path> files = Files.list(suites)) {
                files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(found::add);
            } catch (IOException e) {
                throw new BundleFileException("Cannot list " + suites + ": " + e.getMessage(), e);
            }
        }
        if (found.size() == 1) return found.getFirst();
        if (found.isEmpty()) {
            throw new BundleFileException(folder + " holds no suite: put one in " + FOLDER + "/NAME" + SUFFIX + ", or give a suite file or a "
                    + "promptfoo config.");
        }
        throw new BundleFileException(folder + " holds " + found.size() + " suites (" + String.join(", ", found.stream()
                .map(p -> p.getFileName().toString()).toList()) + "): give the one to run, such as " + found.getFirst() + ".");
    }

    /** The bundle folder a suite file sits in ({@code BUNDLE/suites/x.suite.yaml}), if it is in one. */
    public static Path bundleOf(Path suiteFile) {
        Path parent = suiteFile.toAbsolutePath().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(FOLDER)) {
            Path bundle = parent.getParent();
            if (bundle != null && Files.isDirectory(bundle.resolve(BundleFormat.PROMPTS_FOLDER))) return bundle;
        }
        return null;
    }

    /** A promptfoo config as a suite: its prompts (the one prompt reader), providers, tests, defaultTest and options. */
    private static Suite promptfoo(JsonNode root, String where, DiskSiblings siblings, SafeYaml yaml) throws BundleFileException {
        List<String> warnings = new ArrayList<>();
        List<SuitePrompt> prompts = new ArrayList<>();
        for (BundledPrompt prompt : new PromptfooConfig(yaml).read(root, where, siblings, warnings)) {
            prompts.add(new SuitePrompt("", prompt.versions().getLast().document(), prompt.name()));
        }
        warnings.removeIf(w -> w.startsWith("kept promptfoo settings"));
        List<SuiteProvider> providers = SuiteProviders.readAll(root.path("providers"), where);
        if (providers.isEmpty()) throw new BundleFileException(where + " names no providers: add one such as openai:chat:gpt-4o-mini, or give --connection.");
        List<DatasetRow> rows = rows(new PromptfooTests(yaml).expand(root.path("tests"), siblings, warnings), where);
        JsonNode defaults = root.path("defaultTest");
        List<SuiteAssertion> asserts = SuiteAssertion.readAll(SuiteJson.plain(defaults.path("assert")), where + ", defaultTest");
        Double threshold = defaults.path("threshold").isNumber() ? defaults.get("threshold").asDouble() : null;
        JsonNode options = root.path("evaluateOptions");
        for (String section : List.of("redteam", "scenarios", "derivedMetrics", "extensions")) {
            if (root.has(section)) warnings.add(where + ": the '" + section + "' section is not run by Prompt Playground; the rest of the config runs");
        }
        checkRowAssertions(rows, where);
        return new Suite(root.path("description").asText(""), root.path("description").asText(""), prompts, providers, List.of(), "", rows,
                asserts, stringMap(defaults.path("vars")), threshold, null, options.path("repeat").asInt(1),
                options.path("maxConcurrency").asInt(4), where, warnings);
    }

    static List<DatasetRow> rows(JsonNode tests, String where) throws BundleFileException {
        try {
            List<JsonNode> list = new ArrayList<>();
            tests.forEach(list::add);
            return PromptfooTestRows.fromTests(list, where);
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(e.getMessage(), e);
        }
    }

    /** Each row's own assertions must have known types (a typo is a bad suite, found before any call). */
    static void checkRowAssertions(List<DatasetRow> rows, String where) throws BundleFileException {
        int index = 0;
        for (DatasetRow row : rows) {
            index++;
            SuiteAssertion.readAll(row.assertions(), where + ", test " + index + (row.description().isEmpty() ? "" : " (" + row.description() + ")"));
        }
    }

    static java.util.Map<String, String> stringMap(JsonNode node) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
