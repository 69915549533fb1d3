package dev.playground.engine.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.file.PromptyBody;
import dev.playground.engine.prompt.file.PromptyFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a {@code .prompty} file holds that a version has no field for, kept under the version's {@code prompty}
 * section and written back on export: front-matter fields we do not model (v1 {@code authors}, unknown keys), model
 * fields beyond the id, settings and tools ({@code api}, {@code response}, an endpoint), input details (kind, description), speaker names and where conversation threads go.
 * Each kept thing is reported, so nothing is lost silently.
 */
final class PromptyKept {
    /** Top-level fields the document reads itself (tags, authors and version are read and also kept as written). */
    private static final Set<String> READ = Set.of("name", "description", "model", "inputs", "outputs", "sample", "template", "tools");
    private static final Set<String> MODEL_READ = Set.of("id", "provider");
    private static final Set<String> SETTINGS = Set.of("temperature", "topP", "top_p", "topK", "top_k", "maxOutputTokens", "max_tokens",
            "stopSequences", "stop", "seed", "presencePenalty", "presence_penalty", "frequencyPenalty", "frequency_penalty",
            "tools", "tools_choice", "tool_choice");
    private static final Set<String> CONFIGURATION_READ = Set.of("type", "name", "azure_deployment", "model");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PromptyKept() {}

    static Map<String, Object> read(JsonNode front, PromptyBody body, List<String> warnings) {
        Map<String, Object> kept = new TreeMap<>();
        Map<String, Object> other = new LinkedHashMap<>();
        front.properties().forEach(e -> {
            if (!READ.contains(e.getKey())) other.put(e.getKey(), plain(e.getValue()));
        });
        if (other.containsKey("metadata") && other.get("metadata") instanceof Map<?, ?> metadata) {
            Map<String, Object> rest = new LinkedHashMap<>(cast(metadata));
            rest.remove("playground");
            if (rest.isEmpty()) other.remove("metadata");
            else other.put("metadata", rest);
        }
        if (!other.isEmpty()) kept.put("front", other);
        Map<String, Object> model = modelLeftovers(front.path("model"));
        if (!model.isEmpty()) kept.put("model", model);
        List<String> keptNames = new ArrayList<>(other.keySet());
        keptNames.removeAll(List.of("tags", "authors", "version"));
        if (other.get("metadata") instanceof Map<?, ?> metadata && Set.of("tags", "authors", "version").containsAll(metadata.keySet())) {
            keptNames.remove("metadata");
        }
        if (!keptNames.isEmpty()) warnings.add("Prompty fields kept with the version (no counterpart here): " + String.join(", ", keptNames));
        if (!model.isEmpty()) warnings.add("Prompty model fields kept with the version: " + String.join(", ", model.keySet()));
        Map<String, Object> details = inputDetails(front.path("inputs"), warnings);
        if (!details.isEmpty()) kept.put("inputs", details);
        if (!body.names().isEmpty()) {
            Map<String, Object> names = new TreeMap<>();
            body.names().forEach((index, name) -> names.put(String.valueOf(index), name));
            kept.put("names", names);
            warnings.add("speaker names (" + String.join(", ", body.names().values()) + ") kept with the version; messages here carry only a role");
        }
        if (!body.threads().isEmpty()) {
            List<Object> threads = new ArrayList<>();
            for (PromptyBody.Thread thread : body.threads()) {
                threads.add(Map.of("index", thread.index(), "name", thread.name()));
                warnings.add("conversation thread '" + thread.name() + "' before message " + (thread.index() + 1)
                        + " kept as a placeholder and written back on export; runs here do not insert a conversation");
            }
            kept.put("threads", threads);
        }
        return kept;
    }

    private static Map<String, Object> modelLeftovers(JsonNode model) {
        Map<String, Object> out = new TreeMap<>();
        if (!model.isObject()) return out;
        model.properties().forEach(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (MODEL_READ.contains(key)) return;
            if ((key.equals("api") || key.equals("apiType")) && value.asText().equals("chat")) return;
            if (key.equals("options") || key.equals("parameters") || key.equals("configuration") || key.equals("connection")) {
                Set<String> read = key.equals("configuration") ? CONFIGURATION_READ : SETTINGS;
                Map<String, Object> rest = new TreeMap<>();
                value.properties().forEach(f -> {
                    // A key in the file is never read, not even a reference to one (decision 0010).
                    if (f.getKey().equalsIgnoreCase("api_key") || f.getKey().equalsIgnoreCase("apiKey")) return;
                    boolean consumed = read.contains(f.getKey()) || key.equals("parameters") && f.getKey().equals("response_format");
                    if (!consumed) rest.put(f.getKey(), plain(f.getValue()));
                });
                if (!rest.isEmpty()) out.put(key, rest);
                return;
            }
            out.put(key, plain(value));
        });
        return out;
    }

    /** Per input, the fields besides its value; the kind only when it says more than the value does. */
    private static Map<String, Object> inputDetails(JsonNode inputs, List<String> warnings) {
        Map<String, Object> out = new TreeMap<>();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (inputs.isArray()) inputs.forEach(p -> entries.add(Map.entry(p.path("name").asText(), p)));
        else if (inputs.isObject()) inputs.properties().forEach(entries::add);
        for (Map.Entry<String, JsonNode> entry : entries) {
            JsonNode property = entry.getValue();
            if (!property.isObject()) continue;
            String kind = property.path("kind").asText(property.path("type").asText(""));
            if (kind.equals("thread")) continue;
            if (Set.of("image", "audio", "file").contains(kind)) {
                warnings.add("input '" + entry.getKey() + "' is " + kind + " content; its value is sent as text here (a link or a path),"
                        + " and its kind is kept for export");
            }
            Map<String, Object> details = new TreeMap<>();
            property.properties().forEach(f -> {
                if (!Set.of("name", "default", "sample").contains(f.getKey())) details.put(f.getKey(), plain(f.getValue()));
            });
            String value = property.has("default") ? text(property.get("default")) : property.has("sample") ? text(property.get("sample"))
                    : property.has("example") ? text(property.get("example")) : "";
            if (PromptyFormat.kindFor(value).equals(details.get("kind"))) details.remove("kind");
            if (!details.isEmpty()) out.put(entry.getKey(), details);
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static PromptyBody body(Map<String, Object> kept, PromptDocument document) {
        Map<Integer, String> names = new TreeMap<>();
        if (kept.get("names") instanceof Map<?, ?> map) map.forEach((k, v) -> names.put(Integer.parseInt(k.toString()), v.toString()));
        List<PromptyBody.Thread> threads = new ArrayList<>();
        if (kept.get("threads") instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> thread = cast((Map<?, ?>) item);
                threads.add(new PromptyBody.Thread(((Number) thread.get("index")).intValue(), thread.get("name").toString()));
            }
        }
        return new PromptyBody(document.template().messages(), names, threads);
    }

    static Map<String, Map<String, Object>> inputDetails(Map<String, Object> kept) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (kept.get("inputs") instanceof Map<?, ?> map) map.forEach((k, v) -> out.put(k.toString(), cast((Map<?, ?>) v)));
        return out;
    }

    /** The front-matter fields to add on export, the model's kept fields under {@code model}. */
    static Map<String, Object> front(Map<String, Object> kept) {
        Map<String, Object> front = new LinkedHashMap<>();
        if (kept.get("front") instanceof Map<?, ?> map) front.putAll(cast(map));
        if (kept.get("model") instanceof Map<?, ?> model) front.put("model", cast(model));
        return front;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }
}
