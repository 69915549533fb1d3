package dev.playground.engine.bundle;

import dev.playground.engine.prompt.RegistryNames;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One prompt per file, all its versions oldest first: {@code formatVersion}, name, tags,
 * aliases, then each version's metadata, model, settings, messages (as block scalars), variables,
 * test inputs, retrieval and extra sections (judge, scores, kept foreign fields) in sorted order.
 */
public final class BundleYaml {
    private static final Set<String> TOP_KEYS = Set.of("formatVersion", "name", "tags", "aliases", "versions");
    private static final Set<String> VERSION_KEYS = Set.of("version", "createdAt", "author", "commitMessage", "tags");
    private static final ObjectMapper TREE = new ObjectMapper();

    private final BlockYamlWriter writer = new BlockYamlWriter();

    public String write(BundledPrompt prompt) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", BundleFormat.FORMAT_VERSION);
        root.put("name", prompt.name());
        if (!prompt.tags().isEmpty()) root.put("tags", prompt.tags());
        if (!prompt.aliases().isEmpty()) root.put("aliases", new TreeMap<>(prompt.aliases()));
        List<Object> versions = new ArrayList<>();
        for (BundledVersion version : prompt.versions()) versions.add(version(version));
        root.put("versions", versions);
        return writer.write(root);
    }

    private static Map<String, Object> version(BundledVersion version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", version.version());
        if (version.createdAt() != null) out.put("createdAt", version.createdAt().toString());
        out.put("author", version.author());
        out.put("commitMessage", version.commitMessage());
        if (!version.tags().isEmpty()) out.put("tags", version.tags());
        DocumentYaml.write(version.document(), out);
        List<String> dropped = new ArrayList<>();
        Map<String, Object> extras = SecretFilter.clean(version.extras(), "", dropped);
        extras.forEach((key, value) -> {
            if (!out.containsKey(key)) out.put(key, sorted(value));
        });
        return out;
    }

    /** Nested maps with sorted keys, so extra sections diff as stably as the rest. */
    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        if (value instanceof List<?> list) return list.stream().map(BundleYaml::sorted).toList();
        return value;
    }

    /** Reads a parsed bundle file; {@code warnings} receives what was kept or left out and why. */
    public BundledPrompt read(JsonNode root, String path, List<String> warnings) throws BundleFileException {
        if (!root.isObject()) throw new BundleFileException(path + " is not a prompt bundle file (expected a mapping).");
        JsonNode format = root.get("formatVersion");
        if (format == null) throw new BundleFileException(path + " has no formatVersion, so it is not a prompt bundle file.");
        if (!format.canConvertToExactIntegral() || format.asInt() < 1) {
            throw new BundleFileException(path + " has formatVersion '" + format.asText() + "'; it must be a whole number.");
        }
        if (format.asInt() > BundleFormat.FORMAT_VERSION) {
            throw new BundleFileException(path + " has formatVersion " + format.asInt() + ", made by a newer Prompt Playground; this one reads up to "
                    + BundleFormat.FORMAT_VERSION + ". Update the app to import it.");
        }
        String name = Json.text(root, "name");
        if (!RegistryNames.validPrompt(name)) throw new BundleFileException(path + ": " + RegistryNames.promptProblem(name).orElseThrow());
        root.properties().forEach(e -> {
            if (!TOP_KEYS.contains(e.getKey())) warnings.add("unknown top-level field '" + e.getKey() + "' was not imported");
        });
        Map<String, Integer> aliases = new TreeMap<>();
        for (var alias : root.path("aliases").properties()) {
            if (!alias.getValue().canConvertToExactIntegral() || !alias.getValue().canConvertToInt()) {
                throw new BundleFileException(path + ": alias '" + alias.getKey() + "' must point at a version number.");
            }
            aliases.put(alias.getKey(), alias.getValue().asInt());
        }
        try {
            aliases.keySet().forEach(RegistryNames::alias);
            RegistryNames.tags(Json.strings(root.path("tags")));
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(path + ": " + e.getMessage());
        }
        List<BundledVersion> versions = new ArrayList<>();
        for (JsonNode node : root.path("versions")) versions.add(readVersion(node, path, warnings));
        if (versions.isEmpty()) throw new BundleFileException(path + " has no versions.");
        for (var alias : aliases.entrySet()) {
            if (versions.stream().noneMatch(v -> v.version() == alias.getValue())) {
                throw new BundleFileException(path + ": alias '" + alias.getKey() + "' points at version " + alias.getValue()
                        + ", which the file does not contain.");
            }
        }
        return new BundledPrompt(name, Json.strings(root.path("tags")), aliases, versions);
    }

    private static BundledVersion readVersion(JsonNode node, String path, List<String> warnings) throws BundleFileException {
        if (!node.path("version").canConvertToExactIntegral()) throw new BundleFileException(path + ": a version has no version number.");
        if (!node.get("version").canConvertToInt() || node.get("version").asInt() < 1) {
            throw new BundleFileException(path + ": version number " + node.get("version").asText() + " is out of range: use 1 to " + Integer.MAX_VALUE + ".");
        }
        int number = node.get("version").asInt();
        String where = path + " version " + number;
        Instant createdAt = null;
        if (node.hasNonNull("createdAt")) {
            try {
                createdAt = Instant.parse(node.get("createdAt").asText());
            } catch (DateTimeParseException e) {
                throw new BundleFileException(where + ": createdAt '" + node.get("createdAt").asText() + "' is not an ISO-8601 instant.");
            }
        }
        Map<String, Object> extras = new TreeMap<>();
        for (var field : node.properties()) {
            if (!VERSION_KEYS.contains(field.getKey()) && !DocumentYaml.KEYS.contains(field.getKey())) {
                extras.put(field.getKey(), TREE.convertValue(field.getValue(), new TypeReference<Object>() {}));
            }
        }
        try {
            RegistryNames.tags(Json.strings(node.path("tags")));
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(where + ": " + e.getMessage());
        }
        List<String> dropped = new ArrayList<>();
        extras = SecretFilter.clean(extras, "", dropped);
        dropped.forEach(field -> warnings.add("version " + number + ": '" + field + "' looks like a secret and was not imported"));
        return new BundledVersion(number, DocumentYaml.read(node, where), Json.text(node, "commitMessage"), Json.text(node, "author"),
                createdAt, Json.strings(node.path("tags")), extras);
    }
}
