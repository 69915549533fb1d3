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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic Kernel prompts: a YAML prompt ({@code name, description, template, template_format: semantic-kernel |
 * handlebars | jinja2, input_variables, output_variable, execution_settings}) or a folder's {@code skprompt.txt} with its
 * {@code config.json}. Chat roles come from {@code <message role="…">} tags (or Handlebars {@code {{#message role="…"}}});
 * {@code {{$name}}} becomes {@code {{name}}}; a function call ({@code {{time.now}}}) is kept as literal text and reported.
 * Settings come from the {@code default} (or first) execution settings; the rest is kept under {@code semanticKernel}.
 */
final class SemanticKernelFormat {
    static final String FORMAT = "Semantic Kernel prompt";
    private static final Pattern MESSAGE = Pattern.compile(
            "<message\\s+role=[\"'](\\w+)[\"']\\s*>([\\s\\S]*?)</message>|\\{\\{#message\\s+role=[\"'](\\w+)[\"']\\s*}}([\\s\\S]*?)\\{\\{/message}}");
    private static final Pattern SK_TAG = Pattern.compile("\\{\\{(\\s*)\\$([A-Za-z_][A-Za-z0-9_]*)(\\s*)}}|\\{\\{[^}]*}}");
    private static final Pattern SIMPLE = Pattern.compile("\\{\\{(\\s*)([A-Za-z_][A-Za-z0-9_]*)(\\s*)}}");
    private static final Set<String> SETTINGS = Set.of("model_id", "temperature", "top_p", "top_k", "max_tokens", "presence_penalty",
            "frequency_penalty", "stop_sequences", "seed", "response_format");
    private static final Set<String> READ = Set.of("name", "description", "template", "template_format", "input_variables", "execution_settings");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SemanticKernelFormat() {}

    static boolean matchesYaml(JsonNode root) {
        return root.path("template").isTextual()
                && (root.has("template_format") || root.has("execution_settings") || root.has("input_variables"));
    }

    /** A YAML prompt file. */
    static BundledPrompt readYaml(JsonNode root, String path, String stem, List<String> warnings) throws BundleFileException {
        return read(root, Json.text(root, "template"), root.hasNonNull("name") ? Json.text(root, "name") : stem, path, warnings);
    }

    /** {@code skprompt.txt} with the {@code config.json} beside it (optional); named after its folder. */
    static BundledPrompt readFolder(SourceFile prompt, PromptfooConfig.Siblings siblings, SafeYaml yaml, List<String> warnings)
            throws BundleFileException {
        JsonNode config = yaml.jsonMapper().createObjectNode();
        try {
            config = yaml.readJson(siblings.read("config.json"), prompt.folder() + "/config.json");
        } catch (BundleFileException e) {
            warnings.add("no config.json beside " + prompt.path() + ": imported without settings");
        }
        String folder = prompt.folder().isEmpty() ? "skprompt" : prompt.folder().substring(prompt.folder().lastIndexOf('/') + 1);
        return read(config, ImportFormats.text(prompt), folder, prompt.path(), warnings);
    }

    private static BundledPrompt read(JsonNode root, String text, String name, String path, List<String> warnings) throws BundleFileException {
        String format = root.path("template_format").asText("semantic-kernel");
        List<PromptMessage> messages = new ArrayList<>();
        Matcher tag = MESSAGE.matcher(text);
        int last = 0;
        while (tag.find()) {
            addLoose(messages, text.substring(last, tag.start()), format, path, warnings);
            String role = tag.group(1) != null ? tag.group(1) : tag.group(3);
            String content = tag.group(2) != null ? tag.group(2) : tag.group(4);
            messages.add(new PromptMessage(parseRole(role, path), convert(trim(content), format, path, warnings)));
            last = tag.end();
        }
        addLoose(messages, text.substring(last), format, path, warnings);
        if (messages.isEmpty()) throw new BundleFileException(path + " has an empty template.");
        Map<String, Object> kept = new TreeMap<>();
        kept.put("templateFormat", format);
        Map<String, String> variables = new LinkedHashMap<>();
        Map<String, Object> details = new TreeMap<>();
        JsonNode inputs = root.has("input_variables") ? root.path("input_variables") : root.path("input").path("parameters");
        for (JsonNode input : inputs) {
            String variable = Json.text(input, "name");
            for (String field : List.of("default", "defaultValue")) {
                if (input.hasNonNull(field)) variables.put(variable, input.get(field).isValueNode() ? input.get(field).asText() : input.get(field).toString());
            }
            Map<String, Object> rest = new TreeMap<>();
            input.properties().forEach(e -> { if (!Set.of("name", "default", "defaultValue").contains(e.getKey())) rest.put(e.getKey(), plain(e.getValue())); });
            details.put(variable, rest);
        }
        if (!details.isEmpty()) kept.put("inputVariables", details);
        JsonNode services = root.has("execution_settings") ? root.path("execution_settings") : root.path("completion");
        JsonNode settingsNode = services.has("default") ? services.path("default") : services.has("max_tokens") || services.has("temperature")
                ? services : services.elements().hasNext() ? services.elements().next() : services;
        String serviceName = services.has("default") ? "default" : settingsNode == services ? "" : services.fieldNames().next();
        Map<String, Object> otherSettings = new TreeMap<>();
        settingsNode.properties().forEach(e -> { if (!SETTINGS.contains(e.getKey())) otherSettings.put(e.getKey(), plain(e.getValue())); });
        if (!otherSettings.isEmpty()) kept.put("settings", otherSettings);
        if (!serviceName.isEmpty()) kept.put("service", serviceName);
        Map<String, Object> otherServices = new TreeMap<>();
        services.properties().forEach(e -> { if (!e.getKey().equals(serviceName) && e.getValue().isObject()) otherServices.put(e.getKey(), plain(e.getValue())); });
        if (!otherServices.isEmpty() && !serviceName.isEmpty()) {
            kept.put("otherServices", otherServices);
            warnings.add("execution settings for " + String.join(", ", otherServices.keySet()) + " kept with the version; the '"
                    + serviceName + "' settings are used here");
        }
        Map<String, Object> front = new TreeMap<>();
        root.properties().forEach(e -> {
            if (!READ.contains(e.getKey()) && !Set.of("completion", "input", "schema", "type").contains(e.getKey())) front.put(e.getKey(), plain(e.getValue()));
        });
        if (!front.isEmpty()) {
            kept.put("front", front);
            warnings.add("Semantic Kernel fields kept with the version and written back on export: " + String.join(", ", front.keySet()));
        }
        List<String> fileFields = java.util.stream.Stream.of("schema", "type").filter(root::has).toList();
        if (!fileFields.isEmpty()) {
            warnings.add("fields " + String.join(", ", fileFields) + " (the version and kind of the prompt file itself) were not imported;"
                    + " an export writes a YAML prompt, which has neither");
        }
        if (root.hasNonNull("description")) kept.put("description", Json.text(root, "description"));
        JsonNode stop = settingsNode.path("stop_sequences");
        String responseFormat = settingsNode.path("response_format").isMissingNode() ? null
                : settingsNode.path("response_format").isTextual() ? settingsNode.path("response_format").asText() : settingsNode.path("response_format").toString();
        if ("json_object".equals(responseFormat)) responseFormat = "json";
        ModelSettings settings = new ModelSettings(Json.dbl(settingsNode, "temperature"), Json.dbl(settingsNode, "top_p"), Json.integer(settingsNode, "top_k"),
                Json.integer(settingsNode, "max_tokens"), Json.strings(stop), Json.integer(settingsNode, "seed"),
                Json.dbl(settingsNode, "presence_penalty"), Json.dbl(settingsNode, "frequency_penalty"), responseFormat);
        PromptDocument document = new PromptDocument(new PromptTemplate(messages), "", Json.text(settingsNode, "model_id"), settings, variables);
        BundledVersion version = new BundledVersion(1, document, "Imported from " + path, "", null, List.of(), Map.of("semanticKernel", kept));
        return new BundledPrompt(RegistryNames.fromText(name), List.of(), Map.of(), List.of(version));
    }

    private static Role parseRole(String role, String path) throws BundleFileException {
        try {
            return Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(path + ": " + e.getMessage());
        }
    }

    private static void addLoose(List<PromptMessage> messages, String text, String format, String path, List<String> warnings) {
        if (!text.isBlank()) messages.add(new PromptMessage(Role.USER, convert(trim(text), format, path, warnings)));
    }

    private static String trim(String text) {
        return text.replaceAll("^(?:[ \\t]*\\r?\\n)+", "").replaceAll("(?:\\r?\\n[ \\t]*)+$", "");
    }

    private static String convert(String text, String format, String path, List<String> warnings) {
        return switch (format) {
            case "handlebars" -> HandlebarsTemplates.toJinja(text, path, warnings);
            case "jinja2", "liquid" -> text;
            default -> {
                Matcher tag = SK_TAG.matcher(text);
                StringBuilder out = new StringBuilder();
                while (tag.find()) {
                    String replacement;
                    if (tag.group(2) != null) {
                        replacement = "{{" + tag.group(1) + tag.group(2) + tag.group(3) + "}}";
                    } else {
                        warnings.add(path + ": Semantic Kernel function call " + tag.group() + " cannot run here; imported as literal text");
                        replacement = "{% raw %}" + tag.group() + "{% endraw %}";
                    }
                    tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
                }
                tag.appendTail(out);
                yield out.toString();
            }
        };
    }

    private static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, new TypeReference<Object>() {});
    }

    /** The version as a Semantic Kernel YAML prompt, in the template format it came in when that can express it, else jinja2. */
    @SuppressWarnings("unchecked")
    static String write(String name, BundledVersion stored) {
        BundledVersion version = LiteralText.unwrapped(stored);
        PromptDocument document = version.document();
        Map<String, Object> kept = version.extras().get("semanticKernel") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String format = kept.getOrDefault("templateFormat", "semantic-kernel").toString();
        List<PromptMessage> messages = document.template().messages();
        if (format.equals("semantic-kernel") && messages.stream().anyMatch(m -> toSemanticKernel(m.template()) == null)) format = "jinja2";
        StringBuilder template = new StringBuilder();
        boolean plain = messages.size() == 1 && messages.getFirst().role() == Role.USER;
        for (PromptMessage message : messages) {
            String text = switch (format) {
                case "handlebars" -> HandlebarsTemplates.toHandlebars(message.template());
                case "semantic-kernel" -> toSemanticKernel(message.template());
                default -> message.template();
            };
            if (plain) template.append(text);
            else template.append("<message role=\"").append(message.role().wireName()).append("\">\n").append(text).append("\n</message>\n");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        if (kept.containsKey("description")) root.put("description", kept.get("description"));
        root.put("template_format", format);
        root.put("template", new BlockYamlWriter.Block(template.toString()));
        List<Object> inputs = new ArrayList<>();
        Map<String, Object> details = kept.get("inputVariables") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(document.variables().keySet());
        names.addAll(details.keySet());
        for (String variable : names) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("name", variable);
            if (document.variables().containsKey(variable)) input.put("default", document.variables().get(variable));
            if (details.get(variable) instanceof Map<?, ?> rest) input.putAll((Map<String, Object>) rest);
            inputs.add(input);
        }
        if (!inputs.isEmpty()) root.put("input_variables", inputs);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (!document.model().isEmpty()) settings.put("model_id", document.model());
        settings.putAll(SnakeCaseSettings.write(document.settings(), "stop_sequences"));
        String responseFormat = document.settings().responseFormat();
        if (responseFormat != null) settings.put("response_format", responseFormat.equals("json") ? "json_object" : responseFormat);
        if (kept.get("settings") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach(settings::putIfAbsent);
        Map<String, Object> services = new LinkedHashMap<>();
        services.put(kept.getOrDefault("service", "default").toString(), settings);
        if (kept.get("otherServices") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach((k, v) -> services.putIfAbsent(k.toString(), v));
        root.put("execution_settings", services);
        if (kept.get("front") instanceof Map<?, ?> front) ((Map<String, Object>) front).forEach(root::putIfAbsent);
        return new BlockYamlWriter().write(root);
    }

    /** {@code {{name}}} as {@code {{$name}}}, literal blocks as their text; null when the text uses anything else of Jinja. */
    private static String toSemanticKernel(String text) {
        StringBuilder out = new StringBuilder();
        Matcher raw = Pattern.compile("\\{%\\s*raw\\s*%}([\\s\\S]*?)\\{%\\s*endraw\\s*%}").matcher(text);
        int last = 0;
        while (true) {
            boolean found = raw.find();
            String part = text.substring(last, found ? raw.start() : text.length());
            String converted = SIMPLE.matcher(part).replaceAll("{{$1\\$$2$3}}");
            if (converted.contains("{%") || converted.contains("{#") || converted.replaceAll("\\{\\{\\s*\\$\\w+\\s*}}", "").contains("{{")) return null;
            out.append(converted);
            if (!found) break;
            out.append(raw.group(1));
            last = raw.end();
        }
        return out.toString();
    }
}
