package dev.playground.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.bundle.BlockYamlWriter;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundleFormat;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.PromptfooConfig;
import dev.playground.engine.bundle.PromptfooTests;
import dev.playground.engine.bundle.SafeYaml;
import dev.playground.engine.bundle.SnakeCaseSettings;
import dev.playground.engine.dataset.DatasetFiles;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.PromptfooTestRows;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.ModelSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A suite file, {@code suites/NAME.suite.yaml} in a bundle (bundle format 2, decision 0082). Fields, promptfoo's
 * where the meaning is the same:
 * <pre>
 * formatVersion: 2
 * suite: support-regression          # the name; marks the file as a suite
 * description: …
 * prompts: [support@champion, support/3]   # saved versions by number or alias
 * providers:                          # {connection: NAME, model: M, config: {temperature: 0}} or openai:chat:MODEL
 * parameters: [{temperature: 0}, {temperature: 0.7}]
 * dataset: support-questions/2        # a stored dataset version, or a file (data/questions.csv) next to the suite
 * tests: [...]                        # or rows written here (promptfoo tests: vars, assert, threshold)
 * defaultTest: {vars: {...}}          # values every row starts from
 * assert: [...]                       # checks on every row
 * threshold: 0.8                      # the score a row needs when it sets none
 * judge: {connection: NAME, model: M} # who judges llm-rubric and the MLflow scorers
 * repeat: 1
 * concurrency: 4
 * guard: {pii: mask, injection: block}  # guardrails for the suite's calls, or "pii=mask,injection=block" as eval --guard takes
 * </pre>
 */
public final class SuiteYaml {
    public static final String MARKER = "suite";
    private static final Set<String> KEYS = Set.of("formatVersion", MARKER, "description", "prompts", "providers", "parameters", "dataset",
            "tests", "defaultTest", "assert", "threshold", "judge", "repeat", "concurrency", "guard");

    public Suite read(JsonNode root, String where, PromptfooConfig.Siblings siblings, Path folder) throws BundleFileException {
        int format = root.path("formatVersion").asInt(BundleFormat.FORMAT_VERSION);
        if (format > BundleFormat.FORMAT_VERSION) {
            throw new BundleFileException(where + " has formatVersion " + format + ", made by a newer Prompt Playground; this one reads up to "
                    + BundleFormat.FORMAT_VERSION + ". Update the app to run it.");
        }
        List<String> warnings = new ArrayList<>();
        root.properties().forEach(e -> {
            if (!KEYS.contains(e.getKey())) warnings.add(where + ": unknown field '" + e.getKey() + "' was ignored");
        });
        String name = root.path(MARKER).asText("").strip();
        if (name.isEmpty()) throw new BundleFileException(where + ": 'suite:' must give the suite's name.");
        List<SuitePrompt> prompts = new ArrayList<>();
        JsonNode promptList = root.path("prompts");
        for (JsonNode prompt : promptList.isArray() ? promptList : List.of(promptList)) {
            if (prompt.isTextual() && !prompt.asText().isBlank()) prompts.add(SuitePrompt.saved(prompt.asText()));
            else if (prompt.isObject() && prompt.hasNonNull("ref")) {
                prompts.add(new SuitePrompt(prompt.get("ref").asText(), null, prompt.path("label").asText("")));
            } else if (!prompt.isMissingNode()) {
                throw new BundleFileException(where + ": each prompt is a saved version such as support@champion or support/3, or {ref, label}.");
            }
        }
        if (prompts.isEmpty()) throw new BundleFileException(where + " names no prompts: add 'prompts: [NAME@champion]'.");
        List<SuiteProvider> providers = SuiteProviders.readAll(root.path("providers"), where);
        List<ModelSettings> parameters = new ArrayList<>();
        for (JsonNode set : root.path("parameters")) parameters.add(SnakeCaseSettings.read(set));
        String dataset = root.path("dataset").asText("");
        List<DatasetRow> rows = List.of();
        SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);
        if (root.has("tests")) {
            if (!dataset.isEmpty()) throw new BundleFileException(where + " has both 'dataset' and 'tests': keep one.");
            rows = SuiteFiles.rows(new PromptfooTests(yaml).expand(root.get("tests"), siblings, warnings), where);
        } else if (looksLikeFile(dataset)) {
            DatasetFiles.Read read = DatasetFiles.read(folder.resolve(dataset));
            rows = read.dataset().rows();
            warnings.addAll(read.warnings());
            dataset = "";
        } else if (dataset.isEmpty()) {
            throw new BundleFileException(where + " has no rows: name a stored dataset ('dataset: NAME/2'), a file ('dataset: data/rows.csv'),"
                    + " or write 'tests:'.");
        }
        SuiteFiles.checkRowAssertions(rows, where);
        JsonNode defaults = root.path("defaultTest");
        List<SuiteAssertion> asserts = new ArrayList<>(SuiteAssertion.readAll(SuiteJson.plain(root.path("assert")), where));
        asserts.addAll(SuiteAssertion.readAll(SuiteJson.plain(defaults.path("assert")), where + ", defaultTest"));
        Double threshold = root.path("threshold").isNumber() ? Double.valueOf(root.get("threshold").asDouble())
                : defaults.path("threshold").isNumber() ? defaults.get("threshold").asDouble() : null;
        SuiteProvider judge = root.has("judge") ? SuiteProviders.read(root.get("judge"), where + ", judge") : null;
        return new Suite(name, root.path("description").asText(""), prompts, providers, parameters, dataset, rows, asserts,
                SuiteFiles.stringMap(defaults.path("vars")), threshold, judge, root.path("repeat").asInt(1), root.path("concurrency").asInt(4),
                where, warnings, guard(root.path("guard"), where));
    }

    /** {@code guard:} as a map ({@code {pii: mask}}) or the string {@code --guard} takes ({@code pii=mask,injection=block}). */
    static GuardPolicy guard(JsonNode node, String where) throws BundleFileException {
        if (node.isMissingNode() || node.isNull()) return GuardPolicy.NONE;
        StringBuilder spec = new StringBuilder();
        if (node.isTextual()) {
            spec.append(node.asText());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isValueNode()) {
                    throw new BundleFileException(where + ": 'guard' gives each rail one action, as in 'guard: {pii: mask, injection: block}'.");
                }
                spec.append(spec.isEmpty() ? "" : ",").append(e.getKey()).append('=').append(e.getValue().asText());
            }
        } else {
            throw new BundleFileException(where + ": 'guard' is a map such as '{pii: mask, injection: block}' or a text such as 'pii=mask,injection=block'.");
        }
        try {
            return GuardPolicy.parse(spec.toString());
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(where + ", guard: " + e.getMessage());
        }
    }

    private static boolean looksLikeFile(String dataset) {
        String lower = dataset.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** The suite as a file; rows written in it come back as promptfoo tests. Inline prompts (a promptfoo config's) are not written. */
    public String write(Suite suite) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", BundleFormat.FORMAT_VERSION);
        root.put(MARKER, suite.name());
        if (!suite.description().isEmpty()) root.put("description", suite.description());
        List<Object> prompts = new ArrayList<>();
        for (SuitePrompt prompt : suite.prompts()) {
            if (prompt.inline()) continue;
            if (prompt.label().equals(prompt.ref())) prompts.add(prompt.ref());
            else prompts.add(new LinkedHashMap<>(Map.of("ref", prompt.ref(), "label", prompt.label())));
        }
        root.put("prompts", prompts);
        if (!suite.providers().isEmpty()) root.put("providers", suite.providers().stream().map(SuiteYaml::provider).toList());
        List<Map<String, Object>> parameters = suite.parameters().stream().map(p -> SnakeCaseSettings.write(p, "stop"))
                .filter(m -> !m.isEmpty()).toList();
        if (!parameters.isEmpty()) root.put("parameters", parameters);
        if (!suite.dataset().isEmpty()) root.put("dataset", suite.dataset());
        else root.put("tests", suite.rows().stream().map(r -> SuiteJson.plain(PromptfooTestRows.toTest(r))).toList());
        if (!suite.defaultVars().isEmpty()) root.put("defaultTest", Map.of("vars", new java.util.TreeMap<>(suite.defaultVars())));
        if (!suite.asserts().isEmpty()) root.put("assert", suite.asserts().stream().map(SuiteAssertion::toMap).toList());
        if (suite.threshold() != null) root.put("threshold", suite.threshold());
        if (suite.judge() != null) root.put("judge", provider(suite.judge()));
        if (suite.repeat() != 1) root.put("repeat", suite.repeat());
        root.put("concurrency", suite.concurrency());
        if (!suite.guard().isEmpty()) {
            Map<String, Object> guard = new LinkedHashMap<>();
            suite.guard().actions().forEach((rail, action) -> guard.put(rail, action.cliName()));
            root.put("guard", guard);
        }
        return new BlockYamlWriter().write(root);
    }

    private static Object provider(SuiteProvider provider) {
        if (provider.source() != null) return provider.source();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("connection", provider.connection());
        if (!provider.model().isEmpty()) out.put("model", provider.model());
        Map<String, Object> config = SnakeCaseSettings.write(provider.settings(), "stop");
        if (!config.isEmpty()) out.put("config", config);
        return out;
    }
}
