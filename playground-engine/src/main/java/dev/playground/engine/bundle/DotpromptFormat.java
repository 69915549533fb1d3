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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Dotprompt / Genkit {@code .prompt} files: YAML front matter ({@code model: provider/name}, {@code config},
 * {@code input.schema} and {@code input.default}, {@code output}, {@code tools}) and a Handlebars body split into
 * messages by {@code {{role "…"}}}; {@code {{history}}} marks where earlier turns go and {@code {{> name}}} includes the
 * partial {@code _name.prompt} beside it. What has no field here is kept under {@code dotprompt} and written back.
 */
final class DotpromptFormat {
    static final String FORMAT = "Dotprompt";
    private static final Pattern MARKER = Pattern.compile("\\{\\{\\s*(?:role\\s+\"(\\w+)\"|(history))\\s*}}");
    private static final Pattern PARTIAL = Pattern.compile("\\{\\{>\\s*([\\w-]+)\\s*}}");
    private static final Set<String> CONFIG = Set.of("temperature", "maxOutputTokens", "topK", "topP", "stopSequences");
    private static final Set<String> READ = Set.of("name", "model", "config", "input", "output");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SafeYaml yaml;

    DotpromptFormat(SafeYaml yaml) {
        this.yaml = yaml;
    }

    BundledPrompt read(SourceFile file, PromptfooConfig.Siblings siblings, List<String> warnings) throws BundleFileException {
        String text = ImportFormats.text(file).replace("\r\n", "\n");
        JsonNode front = yaml.jsonMapper().createObjectNode();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end < 0) throw new BundleFileException(file.path() + ": the front matter never ends; add a line with only --- after it.");
            String header = text.substring(4, end);
            if (!header.isBlank()) front = yaml.readYaml(header.getBytes(StandardCharsets.UTF_8), file.path());
            int next = text.indexOf('\n', end + 1);
            body = next < 0 ? "" : text.substring(next + 1);
        }
        body = partials(body, siblings, file.path(), warnings);
        Map<String, Object> kept = new TreeMap<>();
        List<PromptMessage> messages = new ArrayList<>();
        List<Integer> history = new ArrayList<>();
        Matcher marker = MARKER.matcher(body);
        Role role = Role.USER;
        int last = 0;
        while (marker.find()) {
            addMessage(messages, role, body.substring(last, marker.start()), file.path(), warnings);
            last = marker.end();
            if (marker.group(2) != null) history.add(messages.size());
            else role = Role.parse(marker.group(1));
        }
        addMessage(messages, role, body.substring(last), file.path(), warnings);
        if (messages.isEmpty()) throw new BundleFileException(file.path() + " has no prompt text after its front matter.");
        if (!history.isEmpty()) {
            kept.put("history", history);
            warnings.add("{{history}} (earlier turns of the conversation) kept as a placeholder and written back on export;"
                    + " runs here do not insert a conversation");
        }
        String model = Json.text(front, "model");
        if (model.contains("/")) {
            kept.put("provider", model.substring(0, model.indexOf('/')));
            model = model.substring(model.indexOf('/') + 1);
        }
        JsonNode config = front.path("config");
        Map<String, Object> otherConfig = new TreeMap<>();
        config.properties().forEach(e -> { if (!CONFIG.contains(e.getKey())) otherConfig.put(e.getKey(), plain(e.getValue())); });
        if (!otherConfig.isEmpty()) kept.put("config", otherConfig);
        Map<String, String> variables = Json.stringMap(front.path("input").path("default"));
        if (front.path("input").has("schema")) kept.put("inputSchema", plain(front.path("input").path("schema")));
        String responseFormat = null;
        JsonNode output = front.path("output");
        if (output.isObject()) {
            JsonNode schema = output.path("schema");
            boolean jsonSchema = schema.isObject() && schema.has("type") && schema.path("properties").isObject();
            if (jsonSchema) responseFormat = schema.toPrettyString();
            else if (output.path("format").asText("").equals("json")) responseFormat = "json";
            if (!jsonSchema || output.size() > 2 || !output.path("format").asText("json").equals("json")) kept.put("output", plain(output));
        }
        Map<String, Object> other = new LinkedHashMap<>();
        front.properties().forEach(e -> { if (!READ.contains(e.getKey())) other.put(e.getKey(), plain(e.getValue())); });
        if (!other.isEmpty()) {
            kept.put("front", other);
            warnings.add("Dotprompt fields kept with the version and written back on export: " + String.join(", ", other.keySet())
                    + (other.containsKey("tools") ? " (tools are not offered to the model here)" : ""));
        }
        ModelSettings settings = new ModelSettings(Json.dbl(config, "temperature"), Json.dbl(config, "topP"), Json.integer(config, "topK"),
                Json.integer(config, "maxOutputTokens"), Json.strings(config.path("stopSequences")), null, null, null, responseFormat);
        PromptDocument document = new PromptDocument(new PromptTemplate(messages), "", model, settings, variables);
        String stem = file.fileName().replaceFirst("(?i)\\.prompt$", "");
        String name = RegistryNames.fromText(front.hasNonNull("name") ? Json.text(front, "name") : stem);
        BundledVersion version = new BundledVersion(1, document, "Imported from " + file.path(), "", null, List.of(),
                kept.isEmpty() ? Map.of() : Map.of("dotprompt", kept));
        return new BundledPrompt(name, List.of(), Map.of(), List.of(version));
    }

    private static void addMessage(List<PromptMessage> messages, Role role, String text, String where, List<String> warnings) {
        String trimmed = text.replaceAll("^(?:[ \\t]*\\n)+", "").replaceAll("(?:\\n[ \\t]*)+$", "");
        if (trimmed.isBlank()) return;
        messages.add(new PromptMessage(role, HandlebarsTemplates.toJinja(trimmed, where, warnings)));
    }

    /** Includes each {@code {{> name}}} from {@code _name.prompt} beside the file (its body, without front matter). */
    private static String partials(String body, PromptfooConfig.Siblings siblings, String where, List<String> warnings) {
        Matcher partial = PARTIAL.matcher(body);
        StringBuilder out = new StringBuilder();
        while (partial.find()) {
            String name = partial.group(1);
            String replacement = partial.group();
            try {
                String text = new String(siblings.read("_" + name + ".prompt"), StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (text.startsWith("---\n") && text.indexOf("\n---", 4) > 0) text = text.substring(text.indexOf('\n', text.indexOf("\n---", 4) + 1) + 1);
                replacement = text.strip();
                warnings.add("partial '" + name + "' was included from _" + name + ".prompt; an export writes its text in place");
            } catch (BundleFileException e) {
                warnings.add(where + ": partial '" + name + "' (_" + name + ".prompt) is not in the import; kept as literal text");
                replacement = "{% raw %}" + partial.group() + "{% endraw %}";
            }
            partial.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        partial.appendTail(out);
        return out.toString();
    }

    private static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }

    /** The version as a {@code .prompt} file, with what was kept from an import written back. */
    String write(BundledVersion stored) {
        return write("", stored);
    }

    /**
     * The version as a {@code .prompt} file named {@code name} in its front matter (blank: no name, the file's stem
     * names it), so the versions an export writes as {@code NAME/1.prompt}, {@code NAME/2.prompt} import as one prompt.
     */
    @SuppressWarnings("unchecked")
    String write(String name, BundledVersion stored) {
        BundledVersion version = LiteralText.unwrapped(stored);
        PromptDocument document = version.document();
        Map<String, Object> kept = version.extras().get("dotprompt") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> front = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) front.put("name", name);
        Object provider = kept.get("provider");
        if (!document.model().isEmpty()) front.put("model", provider == null ? document.model() : provider + "/" + document.model());
        ModelSettings s = document.settings();
        Map<String, Object> config = new LinkedHashMap<>();
        putIf(config, "temperature", s.temperature());
        putIf(config, "maxOutputTokens", s.maxTokens());
        putIf(config, "topK", s.topK());
        putIf(config, "topP", s.topP());
        if (!s.stopSequences().isEmpty()) config.put("stopSequences", s.stopSequences());
        if (kept.get("config") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach(config::putIfAbsent);
        if (!config.isEmpty()) front.put("config", config);
        Map<String, Object> input = new LinkedHashMap<>();
        if (kept.containsKey("inputSchema")) input.put("schema", kept.get("inputSchema"));
        if (!document.variables().isEmpty()) input.put("default", new LinkedHashMap<>(document.variables()));
        if (!input.isEmpty()) front.put("input", input);
        if (kept.containsKey("output")) front.put("output", kept.get("output"));
        else if (s.responseFormat() != null && s.responseFormat().strip().startsWith("{")) {
            try {
                front.put("output", Map.of("format", "json", "schema", MAPPER.readValue(s.responseFormat(), Object.class)));
            } catch (Exception e) {
                front.put("output", Map.of("format", "json"));
            }
        } else if ("json".equals(s.responseFormat())) {
            front.put("output", Map.of("format", "json"));
        }
        if (kept.get("front") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach(front::putIfAbsent);
        List<Integer> history = kept.get("history") instanceof List<?> list ? list.stream().map(i -> ((Number) i).intValue()).toList() : List.of();
        StringBuilder body = new StringBuilder();
        List<PromptMessage> messages = document.template().messages();
        for (int i = 0; i <= messages.size(); i++) {
            if (history.contains(i)) body.append("{{history}}\n");
            if (i == messages.size()) break;
            body.append("{{role \"").append(messages.get(i).role() == Role.ASSISTANT ? "model" : messages.get(i).role().wireName()).append("\"}}\n")
                    .append(HandlebarsTemplates.toHandlebars(messages.get(i).template())).append('\n');
        }
        String header = front.isEmpty() ? "" : new BlockYamlWriter().write(front);
        return "---\n" + header + "---\n" + body;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }
}
