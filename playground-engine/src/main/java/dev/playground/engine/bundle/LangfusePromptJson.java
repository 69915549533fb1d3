package dev.playground.engine.bundle;

import dev.playground.engine.prompt.RegistryNames;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.tool.OpenAiTools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Langfuse prompt objects ({@code name, type, prompt, config, version, labels, tags,
 * commitMessage}); a file holds one object or a list of versions of one prompt. Labels become
 * aliases, except {@code latest}, which Langfuse sets by itself. Chat placeholders have no
 * counterpart here and are kept under {@code langfuse.placeholders}. Tools travel in the config as {@code tools} and
 * {@code tool_choice} (see {@link OpenAiTools}); the answers saved with a tool do not.
 */
public final class LangfusePromptJson {
    public static final String FORMAT = "Langfuse prompt";
    private static final Set<String> KNOWN = Set.of("name", "type", "prompt", "config", "version", "labels", "tags", "commitMessage");
    /** The prompt config's tool keys, as Langfuse's docs store them (OpenAI's shape). */
    private static final Set<String> TOOL_KEYS = Set.of("tools", "tool_choice");
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static boolean matches(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        String type = first.path("type").asText("");
        return first.has("name") && first.has("prompt") && (type.equals("text") || type.equals("chat"));
    }

    public BundledPrompt read(JsonNode root, String path, List<String> warnings) throws BundleFileException {
        List<JsonNode> objects = new ArrayList<>();
        if (root.isArray()) root.forEach(objects::add);
        else objects.add(root);
        String name = Json.text(objects.getFirst(), "name");
        if (!RegistryNames.validPrompt(name)) throw new BundleFileException(path + ": " + RegistryNames.promptProblem(name).orElseThrow());
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Integer> aliases = new TreeMap<>();
        List<BundledVersion> versions = new ArrayList<>();
        int index = 0;
        for (JsonNode object : objects) {
            index++;
            if (!name.equals(Json.text(object, "name"))) {
                throw new BundleFileException(path + ": entry " + index + " is prompt '" + Json.text(object, "name")
                        + "'; a Langfuse file here holds versions of one prompt.");
            }
            int version = object.path("version").asInt(index);
            for (String label : Json.strings(object.path("labels"))) {
                if (!label.equals("latest")) aliases.put(label, version);
            }
            tags.addAll(Json.strings(object.path("tags")));
            versions.add(version(object, version, path + " version " + version, warnings));
        }
        versions.sort(java.util.Comparator.comparingInt(BundledVersion::version));
        return new BundledPrompt(name, List.copyOf(tags), aliases, versions);
    }

    private static BundledVersion version(JsonNode object, int version, String where, List<String> warnings) throws BundleFileException {
        JsonNode prompt = object.path("prompt");
        Map<String, Object> kept = new TreeMap<>();
        PromptTemplate template;
        if (object.path("type").asText().equals("chat")) {
            if (!prompt.isArray()) throw new BundleFileException(where + ": a chat prompt must be a list of messages.");
            List<Map<String, Object>> skipped = new ArrayList<>();
            template = Messages.fromChatList(prompt, where, skipped);
            if (!skipped.isEmpty()) {
                kept.put("placeholders", skipped);
                warnings.add(where + ": " + skipped.size() + " placeholder entr" + (skipped.size() == 1 ? "y" : "ies")
                        + " kept under 'langfuse.placeholders' (no counterpart here)");
            }
        } else {
            if (!prompt.isTextual()) throw new BundleFileException(where + ": a text prompt must be a string.");
            template = Messages.fromText(prompt.asText());
        }
        JsonNode config = object.path("config");
        Map<String, Object> otherConfig = new TreeMap<>();
        config.properties().forEach(e -> {
            if (!SnakeCaseSettings.KEYS.contains(e.getKey()) && !TOOL_KEYS.contains(e.getKey()) && !e.getKey().equals("model")) {
                otherConfig.put(e.getKey(), MAPPER.convertValue(e.getValue(), new TypeReference<Object>() {}));
            }
        });
        if (!otherConfig.isEmpty()) kept.put("config", otherConfig);
        object.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey())) kept.put(e.getKey(), MAPPER.convertValue(e.getValue(), new TypeReference<Object>() {}));
        });
        if (kept.keySet().stream().anyMatch(k -> !k.equals("placeholders"))) {
            warnings.add(where + ": kept Langfuse fields without a counterpart here under 'langfuse'");
        }
        PromptDocument document = new PromptDocument(template, "", Json.text(config, "model"), SnakeCaseSettings.read(config), Map.of())
                .withTools(OpenAiTools.read(config.get("tools"), config.get("tool_choice")));
        Map<String, Object> extras = kept.isEmpty() ? Map.of() : Map.of("langfuse", kept);
        return new BundledVersion(version, document, Json.text(object, "commitMessage"), "", null, List.of(), extras);
    }

    /** All versions of the prompt as a JSON list, oldest first. */
    public String write(BundledPrompt prompt) {
        List<Object> out = new ArrayList<>();
        int latest = prompt.versions().stream().mapToInt(BundledVersion::version).max().orElse(0);
        for (BundledVersion version : prompt.versions()) out.add(object(prompt, version, version.version() == latest));
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException("Could not write Langfuse prompt JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(BundledPrompt prompt, BundledVersion stored, boolean latest) {
        BundledVersion version = LiteralText.unwrapped(stored);
        PromptDocument document = version.document();
        Map<String, Object> kept = version.extras().get("langfuse") instanceof Map<?, ?> map ? new TreeMap<>((Map<String, Object>) map) : new TreeMap<>();
        boolean text = Messages.isSingleUserText(document.template()) && !kept.containsKey("placeholders");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", prompt.name());
        out.put("type", text ? "text" : "chat");
        out.put("prompt", text ? document.template().messages().getFirst().template() : chatWithPlaceholders(document, kept.remove("placeholders")));
        Map<String, Object> config = new LinkedHashMap<>();
        if (!document.model().isEmpty()) config.put("model", document.model());
        config.putAll(SnakeCaseSettings.write(document.settings(), "stop"));
        String responseFormat = document.settings().responseFormat();
        if (responseFormat != null) config.put("response_format", jsonOrText(responseFormat));
        if (!document.tools().isEmpty()) {
            config.put("tools", OpenAiTools.tools(document.tools()));
            config.put("tool_choice", OpenAiTools.choice(document.tools().choice()));
        }
        if (kept.remove("config") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach(config::putIfAbsent);
        out.put("config", config);
        out.put("version", version.version());
        List<String> labels = new ArrayList<>();
        prompt.aliases().forEach((alias, v) -> {
            if (v == version.version()) labels.add(alias);
        });
        if (latest) labels.add("latest");
        out.put("labels", labels);
        out.put("tags", prompt.tags());
        out.put("commitMessage", version.commitMessage());
        kept.forEach(out::putIfAbsent);
        return out;
    }

    /** A JSON Schema goes back as the object Langfuse's config held; other values (a word such as "json") as text. */
    private static Object jsonOrText(String value) {
        if (!value.strip().startsWith("{")) return value;
        try {
            return MAPPER.readValue(value, Object.class);
        } catch (Exception e) {
            return value;
        }
    }

    /** Puts kept placeholders back at their original positions among the messages. */
    @SuppressWarnings("unchecked")
    private static List<Object> chatWithPlaceholders(PromptDocument document, Object placeholders) {
        List<Object> chat = new ArrayList<>(Messages.toChatList(document.template()));
        if (placeholders instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> entry = (Map<String, Object>) item;
                int index = ((Number) entry.get("index")).intValue();
                try {
                    chat.add(Math.min(index, chat.size()), MAPPER.readValue((String) entry.get("entry"), Object.class));
                } catch (Exception e) {
                    throw new IllegalStateException("A kept Langfuse placeholder is not JSON", e);
                }
            }
        }
        return chat;
    }
}
