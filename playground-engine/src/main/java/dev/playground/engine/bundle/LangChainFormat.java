package dev.playground.engine.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.engine.model.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * LangChain prompts, read as data (nothing is instantiated): the saved-file form ({@code _type: prompt | few_shot | chat},
 * JSON or YAML, {@code template} or {@code template_path}) and the serialised form LangSmith hub keeps ({@code lc: 1}
 * constructors of PromptTemplate, ChatPromptTemplate with its message templates, plain messages and
 * {@code MessagesPlaceholder}s, a RunnableSequence with the model, or a pulled commit with its {@code manifest}).
 * What has no first-class field here is kept under {@code langchain} and written back by {@link LangChainWriter}.
 */
final class LangChainFormat {
    static final String FORMAT = "LangChain prompt";
    static final String KEY = "langchain";
    private static final Set<String> LEGACY_TYPES = Set.of("prompt", "chat", "few_shot");
    private static final Set<String> MODEL_KEYS = Set.of("model", "model_name", "model_id", "deployment_name", "azure_deployment");
    private static final Set<String> FIRST_CLASS = Set.of("template", "template_format", "input_variables", "partial_variables", "name",
            "messages", "_type", "template_path");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SafeYaml yaml;
    private final PromptfooConfig.Siblings siblings;
    private final String path;
    private final List<String> warnings;
    private final Map<String, Object> kept = new TreeMap<>();
    private final List<PromptMessage> messages = new ArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final Map<String, Object> originals = new TreeMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private String model = "";
    private ModelSettings settings = new ModelSettings(null, null, null, null, List.of(), null, null, null, null);

    LangChainFormat(SafeYaml yaml, PromptfooConfig.Siblings siblings, String path, List<String> warnings) {
        this.yaml = yaml;
        this.siblings = siblings;
        this.path = path;
        this.warnings = warnings;
    }

    static boolean matches(JsonNode root) {
        if (root == null || !root.isObject()) return false;
        if (LEGACY_TYPES.contains(root.path("_type").asText(""))) return true;
        if (root.path("manifest").isObject() && root.has("repo")) return matches(root.path("manifest"));
        return root.path("lc").asInt(0) == 1 && root.path("id").isArray() && idText(root).startsWith("langchain");
    }

    private static String idText(JsonNode node) {
        List<String> parts = Json.strings(node.path("id"));
        return String.join(".", parts);
    }

    private static String className(JsonNode node) {
        List<String> parts = Json.strings(node.path("id"));
        return parts.isEmpty() ? "" : parts.getLast();
    }

    BundledPrompt read(JsonNode root, String stem) throws BundleFileException {
        String name = "";
        JsonNode node = root;
        if (root.path("manifest").isObject()) {
            Map<String, Object> commit = new TreeMap<>();
            root.properties().forEach(e -> { if (!e.getKey().equals("manifest")) commit.put(e.getKey(), plain(e.getValue())); });
            kept.put("commit", commit);
            name = Json.text(root, "repo");
            node = root.path("manifest");
        }
        JsonNode prompt;
        if (node.has("_type")) {
            kept.put("form", "legacy");
            kept.put("type", Json.text(node, "_type"));
            prompt = node;
            legacy(node);
        } else {
            kept.put("form", "manifest");
            prompt = manifest(node);
        }
        JsonNode fields = prompt.has("kwargs") ? prompt.path("kwargs") : prompt;
        JsonNode metadata = fields.path("metadata");
        if (metadata.hasNonNull("playground_model")) model = Json.text(metadata, "playground_model");
        if (metadata.path("playground_settings").isObject()) settings = SnakeCaseSettings.read(metadata.path("playground_settings"));
        if (metadata.path("playground_variables").isObject()) variables.putAll(Json.stringMap(metadata.path("playground_variables")));
        if (fields.hasNonNull("name")) name = Json.text(fields, "name");
        if (name.isEmpty() && !stem.matches("\\d+")) name = stem;
        if (name.isEmpty()) name = folderName();
        if (messages.isEmpty()) throw new BundleFileException(path + " has no messages LangChain would send.");
        kept.put("formats", List.copyOf(formats));
        if (!originals.isEmpty()) kept.put("originals", originals);
        int version = stem.matches("\\d{1,6}") ? Integer.parseInt(stem) : 1;
        PromptDocument document = new PromptDocument(new PromptTemplate(messages), "", model, settings, variables);
        BundledVersion bundled = new BundledVersion(Math.max(version, 1), document, "Imported from " + path, "", null, List.of(), Map.of(KEY, kept));
        return new BundledPrompt(RegistryNames.fromText(name), List.of(), Map.of(), List.of(bundled));
    }

    private String folderName() {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return folder.isEmpty() ? "langchain-prompt" : folder.substring(folder.lastIndexOf('/') + 1);
    }

    // ---- the saved-file form ----

    private void legacy(JsonNode node) throws BundleFileException {
        String type = Json.text(node, "_type");
        keepRest(node, type.equals("few_shot") ? Set.of("examples", "example_prompt", "example_prompt_path", "prefix", "suffix",
                "example_separator", "prefix_path", "suffix_path") : Set.of());
        partials(node.path("partial_variables"));
        declared(node.path("input_variables"));
        switch (type) {
            case "prompt" -> add(Role.USER, text(node, "template"), node.path("template_format").asText(LangChainTemplates.F_STRING));
            case "few_shot" -> fewShot(node);
            default -> {
                int index = 0;
                for (JsonNode message : node.path("messages")) chatEntry(message, index++);
            }
        }
    }

    private void fewShot(JsonNode node) throws BundleFileException {
        JsonNode examples = node.path("examples");
        if (examples.isTextual()) {
            warnings.add(path + ": examples were read from " + examples.asText() + "; an export writes them inline");
            examples = file(examples.asText());
        }
        JsonNode examplePrompt = node.path("example_prompt");
        if (node.has("example_prompt_path")) {
            warnings.add(path + ": example_prompt_path: the example template was read from " + Json.text(node, "example_prompt_path")
                    + "; an export writes it inline");
            examplePrompt = file(Json.text(node, "example_prompt_path"));
        }
        String exampleTemplate = text(examplePrompt, "template");
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode example : examples) rows.add(Json.stringMap(example));
        String prefix = text(node, "prefix");
        String suffix = text(node, "suffix");
        String separator = node.path("example_separator").asText("\n\n");
        Map<String, Object> shot = new TreeMap<>();
        shot.put("examples", rows);
        shot.put("examplePrompt", plain(examplePrompt));
        shot.put("prefix", prefix);
        shot.put("suffix", suffix);
        shot.put("separator", separator);
        kept.put("fewShot", shot);
        String joined = LangChainTemplates.fewShot(prefix, rows, exampleTemplate, suffix, separator);
        add(Role.USER, joined, node.path("template_format").asText(LangChainTemplates.F_STRING));
        warnings.add(path + ": " + rows.size() + " few-shot example" + (rows.size() == 1 ? " was" : "s were")
                + " written into the prompt text; the examples and their template are kept and written back on export");
    }

    /** A message of a saved chat prompt: {@code {role | type, prompt: {template, template_format}}} or a placeholder. */
    private void chatEntry(JsonNode message, int index) throws BundleFileException {
        String type = message.path("role").asText(message.path("type").asText(message.path("_type").asText("")));
        if (message.has("variable_name") || type.equals("placeholder")) {
            placeholder(message.path("variable_name").asText(Json.text(message, "name")), message.path("optional").asBoolean(false));
            return;
        }
        JsonNode prompt = message.path("prompt");
        if (!prompt.isObject()) {
            entry(message, index, "it has no prompt template");
            return;
        }
        Role role;
        if (type.isEmpty()) {
            role = Role.USER;
            warnings.add(path + ": message " + (index + 1) + " names no role; read as a user message");
        } else {
            role = role(type.replaceAll("(MessagePromptTemplate|Message)$", ""));
        }
        add(role, text(prompt, "template"), prompt.path("template_format").asText(LangChainTemplates.F_STRING));
    }

    // ---- the serialised (hub) form ----

    /** The prompt constructor, after taking the model out of a RunnableSequence. */
    private JsonNode manifest(JsonNode node) throws BundleFileException {
        JsonNode prompt = node;
        if (className(node).equals("RunnableSequence")) {
            JsonNode kwargs = node.path("kwargs");
            prompt = kwargs.path("first");
            model(kwargs.path("last"));
            Map<String, Object> rest = new TreeMap<>();
            kwargs.properties().forEach(e -> { if (!Set.of("first", "last").contains(e.getKey())) rest.put(e.getKey(), plain(e.getValue())); });
            if (!rest.isEmpty()) {
                kept.put("sequence", rest);
                warnings.add(path + ": steps between the prompt and the model (" + String.join(", ", rest.keySet())
                        + ") kept and written back on export; they do not run here");
            }
        }
        JsonNode kwargs = prompt.path("kwargs");
        keepRest(kwargs, Set.of());
        partials(kwargs.path("partial_variables"));
        declared(kwargs.path("input_variables"));
        kept.put("class", className(prompt));
        switch (className(prompt)) {
            case "PromptTemplate" -> add(Role.USER, Json.text(kwargs, "template"), kwargs.path("template_format").asText(LangChainTemplates.F_STRING));
            case "ChatPromptTemplate" -> {
                int index = 0;
                for (JsonNode message : kwargs.path("messages")) manifestMessage(message, index++);
            }
            default -> throw new BundleFileException(path + ": a LangChain " + className(prompt) + " is not a prompt template we read"
                    + " (PromptTemplate, ChatPromptTemplate, or a RunnableSequence of one and a model).");
        }
        return prompt;
    }

    private void manifestMessage(JsonNode message, int index) throws BundleFileException {
        String kind = className(message);
        JsonNode kwargs = message.path("kwargs");
        switch (kind) {
            case "MessagesPlaceholder" -> placeholder(Json.text(kwargs, "variable_name"), kwargs.path("optional").asBoolean(false));
            case "SystemMessagePromptTemplate", "HumanMessagePromptTemplate", "AIMessagePromptTemplate", "ChatMessagePromptTemplate" -> {
                JsonNode prompt = kwargs.path("prompt");
                if (prompt.isArray() && prompt.size() == 1) prompt = prompt.get(0);
                if (!className(prompt).equals("PromptTemplate")) {
                    entry(message, index, "its content is not one text template (images or several parts)");
                    return;
                }
                Role role = kind.startsWith("Chat") ? role(Json.text(kwargs, "role")) : role(kind.replace("MessagePromptTemplate", ""));
                if (kind.startsWith("Chat")) {
                    warnings.add(path + ": message " + (index + 1) + " with role '" + Json.text(kwargs, "role") + "' read as a "
                            + role.wireName() + " message; an export writes it as that role's message template");
                }
                add(role, Json.text(prompt.path("kwargs"), "template"), prompt.path("kwargs").path("template_format").asText(LangChainTemplates.F_STRING));
            }
            case "SystemMessage", "HumanMessage", "AIMessage", "ChatMessage" -> {
                if (!kwargs.path("content").isTextual()) {
                    entry(message, index, "its content is not text");
                    return;
                }
                Role role = kind.equals("ChatMessage") ? role(Json.text(kwargs, "role")) : role(kind.replace("Message", ""));
                add(role, Json.text(kwargs, "content"), "literal");
            }
            default -> entry(message, index, "LangChain " + (kind.isEmpty() ? "entry" : kind) + " has no counterpart here");
        }
    }

    /** The chat model at the end of a sequence: its name and sampling settings; the rest of its arguments kept. */
    private void model(JsonNode node) {
        if (node.isMissingNode()) return;
        JsonNode kwargs = node.path("kwargs");
        String key = MODEL_KEYS.stream().filter(kwargs::hasNonNull).findFirst().orElse("");
        Map<String, Object> modelKept = new TreeMap<>();
        modelKept.put("id", Json.strings(node.path("id")));
        if (!key.isEmpty()) {
            model = Json.text(kwargs, key);
            modelKept.put("key", key);
        }
        settings = SnakeCaseSettings.read(kwargs);
        if (kwargs.has("stop") || kwargs.has("stop_sequences")) modelKept.put("stopKey", kwargs.has("stop") ? "stop" : "stop_sequences");
        Map<String, Object> rest = new TreeMap<>();
        node.properties().forEach(e -> { if (!Set.of("id", "kwargs", "lc", "type").contains(e.getKey())) rest.put(e.getKey(), plain(e.getValue())); });
        if (!rest.isEmpty()) modelKept.put("outer", rest);
        Map<String, Object> all = new TreeMap<>();
        kwargs.properties().forEach(e -> { if (!e.getKey().equals(key) && !SnakeCaseSettings.KEYS.contains(e.getKey())) all.put(e.getKey(), plain(e.getValue())); });
        List<String> dropped = new ArrayList<>();
        Map<String, Object> args = new TreeMap<>(SecretFilter.clean(all, "model", dropped));
        dropped.forEach(d -> warnings.add(path + ": " + d + " looks like a key; left out of the import"));
        if (!args.isEmpty()) {
            modelKept.put("kwargs", args);
            warnings.add(path + ": model arguments kept and written back on export: " + String.join(", ", args.keySet()));
        }
        kept.put("model", modelKept);
    }

    // ---- shared ----

    private void add(Role role, String text, String format) {
        List<String> notes = new ArrayList<>();
        String where = path + " message " + (messages.size() + 1);
        String converted = format.equals("literal") ? LangChainTemplates.literalText(text) : LangChainTemplates.toJinja(text, format, where, notes);
        boolean known = Set.of("literal", LangChainTemplates.F_STRING, LangChainTemplates.MUSTACHE, LangChainTemplates.JINJA2).contains(format);
        if (!known) notes.add(where + ": template format '" + format + "' is not LangChain's f-string, mustache or jinja2; read as jinja2");
        if (format.equals(LangChainTemplates.MUSTACHE)) notes.add(where + ": the Mustache template was rewritten in Jinja syntax; the original is written back on export");
        if (!notes.isEmpty() && !format.equals(LangChainTemplates.JINJA2)) originals.put(Integer.toString(messages.size()), text);
        warnings.addAll(notes);
        formats.add(known ? format : LangChainTemplates.JINJA2);
        messages.add(new PromptMessage(role, converted));
    }

    private void placeholder(String variable, boolean optional) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) kept.computeIfAbsent("placeholders", k -> new ArrayList<>());
        Map<String, Object> entry = new TreeMap<>();
        entry.put("index", messages.size());
        entry.put("variable", variable);
        entry.put("optional", optional);
        list.add(entry);
        warnings.add(path + ": messages placeholder '" + variable + "' (earlier turns of a conversation) before message " + (messages.size() + 1)
                + " kept and written back on export; runs here insert no messages there");
    }

    private void entry(JsonNode message, int index, String why) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) kept.computeIfAbsent("entries", k -> new ArrayList<>());
        Map<String, Object> entry = new TreeMap<>();
        entry.put("index", messages.size());
        entry.put("entry", message.toString());
        list.add(entry);
        warnings.add(path + ": message " + (index + 1) + " kept as written and written back on export, but not sent here: " + why);
    }

    private void keepRest(JsonNode fields, Set<String> alsoRead) {
        Map<String, Object> rest = new TreeMap<>();
        fields.properties().forEach(e -> {
            if (!FIRST_CLASS.contains(e.getKey()) && !alsoRead.contains(e.getKey())) rest.put(e.getKey(), plain(e.getValue()));
        });
        if (rest.get("metadata") instanceof Map<?, ?> metadata) {
            Map<String, Object> cleaned = new TreeMap<>();
            metadata.forEach((k, v) -> { if (!k.toString().startsWith("playground_")) cleaned.put(k.toString(), v); });
            if (cleaned.isEmpty()) rest.remove("metadata");
            else rest.put("metadata", cleaned);
        }
        if (!rest.isEmpty()) {
            kept.put("kwargs", rest);
            warnings.add(path + ": LangChain fields kept with the version and written back on export: " + String.join(", ", rest.keySet())
                    + (rest.containsKey("output_parser") ? " (the output parser does not run here)" : ""));
        }
    }

    private void partials(JsonNode partial) {
        if (!partial.isObject() || partial.isEmpty()) return;
        variables.putAll(Json.stringMap(partial));
        List<String> names = new ArrayList<>();
        partial.fieldNames().forEachRemaining(names::add);
        kept.put("partial", names);
        warnings.add(path + ": partial variables (" + String.join(", ", names) + ") read as the variables' values; written back as partial variables");
    }

    private void declared(JsonNode inputs) {
        if (inputs.isArray() && !inputs.isEmpty()) kept.put("inputVariables", Json.strings(inputs));
    }

    /** A field's text, or the text of the file its {@code NAME_path} sibling names. */
    private String text(JsonNode node, String field) throws BundleFileException {
        if (node.hasNonNull(field)) return Json.text(node, field);
        if (node.hasNonNull(field + "_path")) {
            String file = Json.text(node, field + "_path");
            warnings.add(path + ": " + field + "_path: the " + field + " was read from " + file + "; an export writes it inline");
            return new String(siblings.read(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        return "";
    }

    private JsonNode file(String relative) throws BundleFileException {
        byte[] content = siblings.read(relative);
        return relative.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? yaml.readJson(content, relative) : yaml.readYaml(content, relative);
    }

    private Role role(String text) throws BundleFileException {
        try {
            return Role.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(path + ": " + e.getMessage());
        }
    }

    static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }
}
