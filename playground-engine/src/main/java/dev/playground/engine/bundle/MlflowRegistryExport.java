package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A prompt as the MLflow model registry holds it, in the JSON of mlflow-export-import's registered-model export
 * ({@code {mlflow: {registered_model: {name, tags, aliases, versions: [...]}}}}) or of the REST API
 * ({@code {registered_model: …}}, {@code {model_versions: […]}}): a registered model tagged
 * {@code mlflow.prompt.is_prompt}, each version's template in its {@code mlflow.prompt.text} tag. Tags may be a
 * mapping or a list of {@code {key, value}}. Each version is read like a prompt.json, so both read the same way.
 */
final class MlflowRegistryExport {
    static final String TEXT_TAG = "mlflow.prompt.text";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MlflowRegistryExport() {}

    static boolean matches(JsonNode root) {
        JsonNode model = model(root);
        if (model.isMissingNode()) return root.path("model_versions").isArray() && hasPromptText(root.path("model_versions"));
        return tags(model.path("tags")).containsKey("mlflow.prompt.is_prompt") || hasPromptText(versions(root, model));
    }

    private static JsonNode model(JsonNode root) {
        if (root.path("mlflow").has("registered_model")) return root.path("mlflow").path("registered_model");
        return root.path("registered_model");
    }

    private static JsonNode versions(JsonNode root, JsonNode model) {
        for (String field : List.of("versions", "latest_versions", "model_versions")) {
            if (model.path(field).isArray()) return model.path(field);
        }
        return root.path("model_versions");
    }

    private static boolean hasPromptText(JsonNode versions) {
        for (JsonNode version : versions) if (tags(version.path("tags")).containsKey(TEXT_TAG)) return true;
        return false;
    }

    /** Tags as a mapping, whether written as one or as a list of key/value pairs. */
    static Map<String, String> tags(JsonNode tags) {
        Map<String, String> out = new TreeMap<>();
        if (tags.isObject()) out.putAll(Json.stringMap(tags));
        else if (tags.isArray()) tags.forEach(t -> out.put(Json.text(t, "key"), Json.text(t, "value")));
        return out;
    }

    static BundledPrompt read(JsonNode root, String path, List<String> warnings) throws BundleFileException {
        JsonNode model = model(root);
        JsonNode versionNodes = versions(root, model);
        Map<String, List<String>> aliasesByVersion = new LinkedHashMap<>();
        JsonNode aliases = model.path("aliases");
        if (aliases.isArray()) {
            aliases.forEach(a -> aliasesByVersion.computeIfAbsent(Json.text(a, "version"), k -> new ArrayList<>()).add(Json.text(a, "alias")));
        } else if (aliases.isObject()) {
            aliases.properties().forEach(e -> aliasesByVersion.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>()).add(e.getKey()));
        }
        List<BundledPrompt> parts = new ArrayList<>();
        int skipped = 0;
        for (JsonNode version : versionNodes) {
            Map<String, String> tags = tags(version.path("tags"));
            String text = tags.remove(TEXT_TAG);
            if (text == null) {
                skipped++;
                continue;
            }
            ObjectNode prompt = NODES.objectNode();
            prompt.put("name", version.hasNonNull("name") ? Json.text(version, "name") : Json.text(model, "name"));
            prompt.put("version", version.path("version").asInt(parts.size() + 1));
            prompt.put("template", text);
            ObjectNode tagNode = prompt.putObject("tags");
            tags.forEach((k, v) -> { if (!k.equals("mlflow.prompt.is_prompt")) tagNode.put(k, v); });
            for (String field : List.of("creation_timestamp", "user_id", "description")) {
                if (version.hasNonNull(field)) prompt.set(field, version.get(field));
            }
            var aliasNode = prompt.putArray("aliases");
            aliasesByVersion.getOrDefault(version.path("version").asText(), List.of()).forEach(aliasNode::add);
            Json.strings(version.path("aliases")).forEach(a -> { if (!aliasesByVersion.getOrDefault(version.path("version").asText(), List.of()).contains(a)) aliasNode.add(a); });
            parts.add(new MlflowPromptJson().read(prompt, path + " version " + prompt.get("version").asInt(), warnings));
        }
        if (parts.isEmpty()) throw new BundleFileException(path + ": none of the registered model's versions holds a prompt text (tag " + TEXT_TAG + ").");
        if (skipped > 0) warnings.add(skipped + " version(s) without a prompt text (tag " + TEXT_TAG + ") were not imported");
        Map<String, Integer> allAliases = new TreeMap<>();
        parts.forEach(p -> allAliases.putAll(p.aliases()));
        List<BundledVersion> versions = parts.stream().flatMap(p -> p.versions().stream()).sorted(Comparator.comparingInt(BundledVersion::version)).toList();
        List<String> modelTags = new ArrayList<>();
        tags(model.path("tags")).forEach((k, v) -> { if (!k.startsWith("mlflow.")) modelTags.add(v.isEmpty() ? k : k + "=" + v); });
        if (!modelTags.isEmpty()) {
            warnings.add("the registered model's tags (" + String.join(", ", modelTags) + ") were read as the prompt's tags; an MLflow export"
                    + " writes one prompt.json per version, which has no place for them (a bundle keeps them)");
        }
        return new BundledPrompt(parts.getFirst().name(), modelTags, allAliases, versions);
    }
}
