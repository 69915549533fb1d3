package dev.playground.engine.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * promptfoo's {@code promptfooconfig.yaml}: prompts (inline, {@code file://} text or chat JSON,
 * {@code {id, label, raw}}), providers, and tests with vars and asserts. Each prompt becomes a
 * prompt here with the first provider's model and settings and every test's vars as test
 * inputs; the tests with their asserts, all providers and other top-level settings are kept
 * under {@code promptfoo} so an export gives promptfoo back what it needs to run in CI.
 */
public final class PromptfooConfig {
    public static final String FORMAT = "promptfoo config";
    public static final String FILE_NAME = "promptfooconfig.yaml";
    private static final Set<String> MODELLED = Set.of("description", "prompts", "providers", "tests");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Reads a file that the config references, relative to the config's folder. */
    @FunctionalInterface
    public interface Siblings {
        byte[] read(String relativePath) throws BundleFileException;

        /** The files a glob ({@code prompts/*.txt}, {@code **}, {@code {a,b}}) matches, relative like {@link #read}; none by default. */
        default List<String> list(String glob) throws BundleFileException {
            return List.of();
        }
    }

    private final SafeYaml yaml;

    public PromptfooConfig() {
        this(new SafeYaml(ImportLimits.DEFAULT));
    }

    /** {@code yaml} reads the test files a config points at, within the import's limits. */
    public PromptfooConfig(SafeYaml yaml) {
        this.yaml = yaml;
    }

    public static boolean matches(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("promptfooconfig") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    /** A YAML file of any name is a promptfoo config when it has prompts, or providers with tests. */
    public static boolean looksLikeConfig(JsonNode root) {
        return root.isObject() && (root.has("prompts") || root.has("providers") && (root.has("tests") || root.has("defaultTest")));
    }

    public List<BundledPrompt> read(JsonNode root, String path, Siblings siblings, List<String> warnings) throws BundleFileException {
        if (!root.isObject() || !root.has("prompts")) throw new BundleFileException(path + " has no 'prompts', so it is not a promptfoo config.");
        List<PromptfooPrompts.Named> templates = new PromptfooPrompts(yaml, siblings, warnings).namedAfter(path).read(root.get("prompts"));
        if (templates.isEmpty()) throw new BundleFileException(path + ": none of its prompts can be imported (see the warnings).");

        JsonNode providers = root.path("providers");
        JsonNode first = providers.isArray() && !providers.isEmpty() ? providers.get(0) : providers;
        String providerId = first.isTextual() ? first.asText() : Json.text(first, "id");
        ModelSettings settings = first.isObject() ? SnakeCaseSettings.read(first.path("config"))
                : new ModelSettings(null, null, null, null, List.of(), null, null, null, null);
        JsonNode tests = new PromptfooTests(yaml).expand(root.path("tests"), siblings, warnings);
        // defaultTest's vars are the values every test starts from: the prompt's variables' values here.
        Map<String, String> defaults = Json.stringMap(root.path("defaultTest").path("vars"));
        Map<String, Map<String, String>> testInputs = testInputs(tests, defaults);

        Map<String, Object> kept = new TreeMap<>();
        if (!providers.isMissingNode()) kept.put("providers", plain(providers));
        if (!tests.isEmpty()) kept.put("tests", plain(tests));
        Map<String, Object> config = new TreeMap<>();
        root.properties().forEach(e -> {
            if (!MODELLED.contains(e.getKey())) config.put(e.getKey(), plain(e.getValue()));
        });
        if (root.has("description")) config.put("description", root.get("description").asText());
        if (!config.isEmpty()) kept.put("config", config);
        List<String> dropped = new ArrayList<>();
        Map<String, Object> extras = SecretFilter.clean(Map.of("promptfoo", kept), "", dropped);
        dropped.forEach(field -> warnings.add("'" + field + "' looks like a secret and was not imported"));
        if (!config.isEmpty()) warnings.add("kept promptfoo settings without a counterpart here under 'promptfoo.config': "
                + String.join(", ", config.keySet()));

        List<BundledPrompt> result = new ArrayList<>();
        for (PromptfooPrompts.Named named : templates) {
            PromptDocument document = new PromptDocument(named.template(), "", modelOf(providerId), settings, defaults, testInputs, null);
            String message = "Imported from " + path;
            Map<String, Object> own = extras;
            if (named.source() != null) {
                // The prompt file's own text (a templated chat array), written back on export.
                Map<String, Object> withSource = new TreeMap<>(kept);
                withSource.put("source", named.source());
                own = SecretFilter.clean(Map.of("promptfoo", withSource), "", new ArrayList<>());
            }
            result.add(new BundledPrompt(named.name(), List.of(), Map.of(),
                    List.of(new BundledVersion(1, document, message, "", null, List.of(), own))));
        }
        return result;
    }

    /**
     * The model in a provider id: what follows the provider ({@code openai:gpt-4o-mini}) and its optional API type
     * ({@code openai:chat:gpt-4o}, {@code anthropic:messages:claude-3-5-haiku}); a model name may itself hold colons
     * ({@code ollama:chat:llama3.1:8b}).
     */
    static String modelOf(String providerId) {
        int colon = providerId.indexOf(':');
        if (colon < 0) return providerId;
        String rest = providerId.substring(colon + 1);
        for (String type : List.of("chat:", "completion:", "messages:", "responses:")) {
            if (rest.startsWith(type) && rest.length() > type.length()) return rest.substring(type.length());
        }
        return rest;
    }

    /** Each test's vars over {@code defaultTest}'s, as promptfoo applies them. */
    private static Map<String, Map<String, String>> testInputs(JsonNode tests, Map<String, String> defaults) {
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode test : tests) {
            index++;
            String name = test.hasNonNull("description") ? test.get("description").asText() : "test " + index;
            while (inputs.containsKey(name)) name = name + " (" + index + ")";
            Map<String, String> vars = new LinkedHashMap<>(defaults);
            vars.putAll(Json.stringMap(test.path("vars")));
            inputs.put(name, vars);
        }
        return inputs;
    }

    private static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }

    /**
     * A config that runs the given versions in promptfoo: each prompt as {@code prompts/NAME.json}
     * (a chat list), providers and tests kept from an earlier import or made from the model,
     * settings and test inputs. Returns file path to content.
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> write(List<BundledPrompt> prompts, String description) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Object> promptEntries = new ArrayList<>();
        Map<String, Object> kept = Map.of();
        Map<String, Map<String, String>> testInputs = new LinkedHashMap<>();
        // The prompts' variables' values, written as defaultTest's vars (shared by every prompt of a config, as in promptfoo).
        Map<String, String> variables = new LinkedHashMap<>();
        PromptDocument firstDocument = null;
        for (BundledPrompt prompt : prompts) {
            if (prompt.versions().isEmpty()) continue;
            BundledVersion version = LiteralText.unwrapped(chosen(prompt));
            if (firstDocument == null) {
                firstDocument = version.document();
                if (version.extras().get("promptfoo") instanceof Map<?, ?> map) kept = (Map<String, Object>) map;
            }
            String file = "prompts/" + prompt.name() + ".json";
            files.put(file, promptFile(version));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "file://" + file);
            entry.put("label", prompt.name());
            promptEntries.add(entry);
            version.document().testInputs().forEach(testInputs::putIfAbsent);
            version.document().variables().forEach(variables::putIfAbsent);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> config = kept.get("config") instanceof Map<?, ?> c ? new TreeMap<>((Map<String, Object>) c) : new TreeMap<>();
        Object keptDescription = config.remove("description");
        root.put("description", keptDescription != null ? keptDescription : description);
        root.put("prompts", promptEntries);
        root.put("providers", kept.containsKey("providers") ? kept.get("providers") : providers(firstDocument));
        if (!config.containsKey("defaultTest") && !variables.isEmpty()) config.put("defaultTest", Map.of("vars", variables));
        Map<String, String> defaults = config.get("defaultTest") instanceof Map<?, ?> d && d.get("vars") instanceof Map<?, ?> v
                ? Json.stringMap(MAPPER.valueToTree(v)) : Map.of();
        root.put("tests", tests(withoutDefaults(testInputs, defaults), kept.get("tests")));
        root.putAll(config);
        List<String> dropped = new ArrayList<>();
        files.put(FILE_NAME, "# yaml-language-server: $schema=https://promptfoo.dev/config-schema.json\n"
                + new BlockYamlWriter().write(SecretFilter.clean(root, "", dropped)));
        return files;
    }

    /** Test inputs without the values defaultTest gives anyway, as they were written. */
    private static Map<String, Map<String, String>> withoutDefaults(Map<String, Map<String, String>> inputs, Map<String, String> defaults) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        inputs.forEach((name, vars) -> {
            Map<String, String> own = new LinkedHashMap<>(vars);
            defaults.forEach((k, v) -> own.remove(k, v));
            out.put(name, own);
        });
        return out;
    }

    /** The kept file text when it still reads as this version's messages, else the messages as a chat array. */
    private static String promptFile(BundledVersion version) {
        if (version.extras().get("promptfoo") instanceof Map<?, ?> kept && kept.get("source") instanceof String source) {
            try {
                if (NunjucksChat.read(source, "", new ArrayList<>()).template().equals(version.document().template())) return source;
            } catch (BundleFileException e) {
                // Not readable any more: write the messages instead.
            }
        }
        try {
            return MAPPER.writeValueAsString(Messages.toChatList(version.document().template())) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version promptfoo should run: production, then champion, then the newest. */
    private static BundledVersion chosen(BundledPrompt prompt) {
        for (String alias : List.of("production", "champion")) {
            Integer number = prompt.aliases().get(alias);
            if (number != null) {
                for (BundledVersion v : prompt.versions()) if (v.version() == number) return v;
            }
        }
        return prompt.versions().getLast();
    }

    private static List<Object> providers(PromptDocument document) {
        if (document == null || document.model().isEmpty()) return List.of();
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("id", "openai:" + document.model());
        Map<String, Object> config = SnakeCaseSettings.write(document.settings(), "stop");
        if (!config.isEmpty()) provider.put("config", config);
        return List.of(provider);
    }

    /** One test per named set of inputs; asserts and options come back from the kept tests with the same description. */
    @SuppressWarnings("unchecked")
    private static List<Object> tests(Map<String, Map<String, String>> inputs, Object keptTests) {
        Map<String, Map<String, Object>> keptByName = new LinkedHashMap<>();
        if (keptTests instanceof List<?> list) {
            int index = 0;
            for (Object item : list) {
                index++;
                Map<String, Object> test = (Map<String, Object>) item;
                Object description = test.get("description");
                keptByName.putIfAbsent(description != null ? description.toString() : "test " + index, test);
            }
        }
        List<Object> tests = new ArrayList<>();
        inputs.forEach((name, vars) -> {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("description", name);
            test.put("vars", new TreeMap<>(vars));
            Map<String, Object> kept = keptByName.getOrDefault(name, Map.of());
            kept.forEach((k, v) -> {
                if (!k.equals("description") && !k.equals("vars")) test.put(k, v);
            });
            tests.add(test);
        });
        return tests;
    }
}
