package dev.playground.engine.bundle;

import dev.playground.engine.prompt.RegistryNames;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateVariables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * MLflow prompts: the {@code prompt.json} of mlflow-export-import ({@code {system, mlflow: {prompt}}})
 * and a flat object with the arguments of {@code register_prompt} ({@code name, template,
 * commit_message, tags, response_format, model_config}). One file is one version.
 * MLflow tags are key/value pairs; our tags are words, so {@code k: v} becomes "k=v" and {@code k: ""} becomes "k".
 * Settings and response format ride in MLflow's reserved {@code _mlflow_prompt_*} tags as well as in
 * top-level fields, because mlflow-export-import copies only the public tags.
 */
public final class MlflowPromptJson {
    public static final String FORMAT = "MLflow prompt";
    static final String TYPE_TAG = "_mlflow_prompt_type";
    static final String MODEL_CONFIG_TAG = "_mlflow_prompt_model_config";
    static final String RESPONSE_FORMAT_TAG = "_mlflow_prompt_response_format";
    private static final Set<String> KNOWN = Set.of("name", "version", "template", "tags", "creation_timestamp",
            "last_updated_timestamp", "user_id", "description", "commit_message", "variables", "uri", "aliases", "response_format",
            "model_config");
    private static final Set<String> MODEL_KEYS = Set.of("provider", "model_name", "extra_params");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Whether a parsed JSON file looks like either MLflow shape. */
    public static boolean matches(JsonNode root) {
        return root.path("mlflow").has("prompt") || root.has("name") && root.has("template") && !root.has("type");
    }

    public BundledPrompt read(JsonNode root, String path, List<String> warnings) throws BundleFileException {
        JsonNode prompt = root.path("mlflow").has("prompt") ? root.path("mlflow").path("prompt") : root;
        String name = Json.text(prompt, "name");
        if (!RegistryNames.validPrompt(name)) throw new BundleFileException(path + ": " + RegistryNames.promptProblem(name).orElseThrow());
        Map<String, String> mlflowTags = new TreeMap<>(Json.stringMap(prompt.path("tags")));
        PromptTemplate template = template(prompt.path("template"), mlflowTags.get(TYPE_TAG), path, warnings);
        JsonNode modelConfig = configNode(prompt.path("model_config"), mlflowTags.remove(MODEL_CONFIG_TAG), path);
        String responseFormat = prompt.hasNonNull("response_format") ? asText(prompt.get("response_format"))
                : mlflowTags.get(RESPONSE_FORMAT_TAG);
        mlflowTags.remove(RESPONSE_FORMAT_TAG);
        mlflowTags.remove(TYPE_TAG);

        var settings = SnakeCaseSettings.read(modelConfig).withResponseFormat(responseFormat);
        PromptDocument document = new PromptDocument(template, "", Json.text(modelConfig, "model_name"), settings, Map.of());
        Map<String, Object> extras = new TreeMap<>();
        Map<String, Object> kept = keptFields(prompt, modelConfig);
        if (Braces.isSingle(template)) {
            template = Braces.toDouble(template);
            document = new PromptDocument(template, "", document.model(), settings, Map.of());
            kept.put("braces", "single");
            warnings.add("single-brace placeholders ({name}) read as {{name}}; an MLflow export writes them with single braces again");
        }
        if (!kept.isEmpty()) extras.put("mlflow", kept);
        List<String> keptNames = kept.keySet().stream().filter(k -> !k.equals("braces")).toList();
        if (!keptNames.isEmpty()) warnings.add("kept MLflow fields without a counterpart here under 'mlflow': " + String.join(", ", keptNames));
        int version = prompt.path("version").asInt(1);
        Instant created = prompt.has("creation_timestamp") ? Instant.ofEpochMilli(prompt.get("creation_timestamp").asLong()) : null;
        String message = prompt.hasNonNull("commit_message") ? Json.text(prompt, "commit_message") : Json.text(prompt, "description");
        Map<String, Integer> aliases = new TreeMap<>();
        for (String alias : Json.strings(prompt.path("aliases"))) aliases.put(alias, version);
        List<String> tags = new ArrayList<>();
        mlflowTags.forEach((k, v) -> {
            if (!k.startsWith("mlflow.")) tags.add(v.isEmpty() ? k : k + "=" + v);
        });
        BundledVersion bundled = new BundledVersion(version, document, message, Json.text(prompt, "user_id"), created, tags, extras);
        return new BundledPrompt(name, List.of(), aliases, List.of(bundled));
    }

    private static PromptTemplate template(JsonNode template, String type, String path, List<String> warnings) throws BundleFileException {
        JsonNode chat = template;
        if (template.isTextual() && "chat".equals(type)) {
            try {
                chat = MAPPER.readTree(template.asText());
            } catch (Exception e) {
                throw new BundleFileException(path + ": the chat template is not a JSON list of messages: " + e.getMessage());
            }
        }
        if (chat.isArray()) {
            List<Map<String, Object>> skipped = new ArrayList<>();
            PromptTemplate result = Messages.fromChatList(chat, path, skipped);
            if (!skipped.isEmpty()) throw new BundleFileException(path + ": chat template entries need a role and text content.");
            return result;
        }
        if (template.isTextual()) return Messages.fromText(template.asText());
        if (type != null && type.equals("jinja2")) warnings.add("template type jinja2 read as text");
        throw new BundleFileException(path + " has no template (expected text or a list of {role, content}).");
    }

    private static JsonNode configNode(JsonNode field, String tag, String path) throws BundleFileException {
        if (field.isObject()) return field;
        if (tag == null) return MAPPER.createObjectNode();
        try {
            return MAPPER.readTree(tag);
        } catch (Exception e) {
            throw new BundleFileException(path + ": tag " + MODEL_CONFIG_TAG + " is not JSON: " + e.getMessage());
        }
    }

    private static String asText(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toPrettyString();
    }

    /** Fields this store has no place for: unknown prompt fields, the provider, extra model parameters. */
    private static Map<String, Object> keptFields(JsonNode prompt, JsonNode modelConfig) {
        Map<String, Object> kept = new TreeMap<>();
        prompt.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey()) && !e.getKey().equals("braces")) kept.put(e.getKey(), MAPPER.convertValue(e.getValue(), new TypeReference<Object>() {}));
        });
        Map<String, Object> model = new TreeMap<>();
        modelConfig.properties().forEach(e -> {
            boolean modelled = SnakeCaseSettings.KEYS.contains(e.getKey()) || e.getKey().equals("model_name");
            if (!modelled) model.put(e.getKey(), MAPPER.convertValue(e.getValue(), new TypeReference<Object>() {}));
        });
        if (!model.isEmpty()) kept.put("model_config", model);
        return kept;
    }

    /** The mlflow-export-import {@code prompt.json} of one version, with the register_prompt fields beside. */
    public String write(BundledPrompt prompt, BundledVersion stored, Instant exportedAt) {
        BundledVersion version = LiteralText.unwrapped(stored);
        PromptDocument document = version.document();
        if (version.extras().get("mlflow") instanceof Map<?, ?> kept && "single".equals(kept.get("braces"))) {
            document = document.withTemplate(Braces.toSingle(document.template()));
        }
        Map<String, Object> promptBlock = new LinkedHashMap<>();
        promptBlock.put("name", prompt.name());
        promptBlock.put("version", version.version());
        boolean text = Messages.isSingleUserText(document.template());
        promptBlock.put("template", text ? document.template().messages().getFirst().template() : Messages.toChatList(document.template()));
        Map<String, Object> modelConfig = modelConfig(version);
        Map<String, String> tags = tags(version, text, modelConfig);
        promptBlock.put("tags", tags);
        if (version.createdAt() != null) {
            promptBlock.put("creation_timestamp", version.createdAt().toEpochMilli());
            promptBlock.put("last_updated_timestamp", version.createdAt().toEpochMilli());
        }
        promptBlock.put("user_id", version.author());
        promptBlock.put("description", version.commitMessage());
        promptBlock.put("commit_message", version.commitMessage());
        promptBlock.put("variables", TemplateVariables.of(version.document().template()));
        promptBlock.put("uri", "prompts:/" + prompt.name() + "/" + version.version());
        List<String> aliases = prompt.aliases().entrySet().stream().filter(e -> e.getValue() == version.version()).map(Map.Entry::getKey).toList();
        if (!aliases.isEmpty()) promptBlock.put("aliases", aliases);
        if (document.settings().responseFormat() != null) promptBlock.put("response_format", responseFormatValue(document.settings().responseFormat()));
        if (!modelConfig.isEmpty()) promptBlock.put("model_config", modelConfig);
        if (version.extras().get("mlflow") instanceof Map<?, ?> kept) {
            kept.forEach((k, v) -> { if (!k.equals("model_config") && !k.equals("braces")) promptBlock.putIfAbsent(k.toString(), v); });
        }

        Map<String, Object> system = new LinkedHashMap<>();
        system.put("export_time", exportedAt.getEpochSecond());
        system.put("_export_time", exportedAt.toString());
        system.put("exporter", "prompt-playground");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("system", system);
        root.put("mlflow", Map.of("prompt", promptBlock));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException("Could not write MLflow prompt JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> modelConfig(BundledVersion version) {
        Map<String, Object> config = new LinkedHashMap<>();
        Object kept = version.extras().get("mlflow");
        Map<String, Object> keptModel = kept instanceof Map<?, ?> map && map.get("model_config") instanceof Map<?, ?> model
                ? (Map<String, Object>) model : Map.of();
        if (keptModel.containsKey("provider")) config.put("provider", keptModel.get("provider"));
        if (!version.document().model().isEmpty()) config.put("model_name", version.document().model());
        config.putAll(SnakeCaseSettings.write(version.document().settings(), "stop_sequences"));
        keptModel.forEach((k, v) -> {
            if (!MODEL_KEYS.contains(k) || k.equals("extra_params")) config.putIfAbsent(k, v);
        });
        return config;
    }

    private static Map<String, String> tags(BundledVersion version, boolean text, Map<String, Object> modelConfig) {
        Map<String, String> tags = new TreeMap<>();
        for (String tag : version.tags()) {
            int equals = tag.indexOf('=');
            if (equals > 0) tags.put(tag.substring(0, equals), tag.substring(equals + 1));
            else tags.put(tag, "");
        }
        tags.put(TYPE_TAG, text ? "text" : "chat");
        try {
            if (!modelConfig.isEmpty()) tags.put(MODEL_CONFIG_TAG, JsonMapper.builder().build().writeValueAsString(modelConfig));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String format = version.document().settings().responseFormat();
        if (format != null) tags.put(RESPONSE_FORMAT_TAG, format);
        return tags;
    }

    private static Object responseFormatValue(String format) {
        try {
            JsonNode schema = MAPPER.readTree(format);
            return schema.isObject() ? schema : format;
        } catch (Exception e) {
            return format;
        }
    }
}
