package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.tool.ToolCheck;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.playground.engine.prompt.TemplateVariables;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code .prompty} files: YAML front matter between {@code ---} lines, then a
 * Jinja body split into messages by {@code system:} / {@code user:} / {@code assistant:} lines.
 * Reads both generations of the front matter (v1: {@code model.configuration/parameters},
 * {@code inputs.X.sample}, {@code sample}; v2: {@code model.id/provider/options}, {@code inputs}
 * as a list of properties, {@code outputs}); writes v2. What Prompty has no field for (test inputs,
 * retrieval, a non-schema response format, tools' saved answers) goes under {@code metadata.playground} so a round trip
 * keeps it; tools: see {@link PromptyTools}. Secrets in a connection ({@code apiKey}, {@code api_key}) are never read.
 */
public final class PromptyFormat {
    public static final String EXTENSION = ".prompty";
    private static final Pattern FILE_REFERENCE = Pattern.compile("\\$\\{file:(.+)}");

    private PromptyFormat() {}

    /** Reads a .prompty file; {@code baseDir} resolves {@code ${file:...}} samples (null: refuse them). */
    public static PromptFile read(String content, Path baseDir) throws PromptFileException {
        return readDetailed(content, baseDir).file();
    }

    /**
     * A file read with what has no field in a document: the message names and thread positions of its body, its
     * parsed front matter, and notes on what was converted (Mustache) or filled in (loop sources left empty).
     */
    public record Reading(PromptFile file, PromptyBody body, JsonNode front, List<String> notes) {}

    public static Reading readDetailed(String content, Path baseDir) throws PromptFileException {
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        FrontMatter parts = split(text);
        JsonNode front = Yaml.read(parts.yaml, "The .prompty front matter", 2);
        JsonNode model = front.path("model");
        List<String> notes = new ArrayList<>();
        Map<String, String> variables = inputs(front.path("inputs"));
        variables.putAll(sample(front.get("sample"), baseDir));
        List<String> threads = inputsOfKind(front.path("inputs"), Set.of("thread"));
        threads.forEach(variables::remove);
        PromptyBody body = PromptyBody.parse(parts.body, parts.bodyLine, threads);
        List<PromptMessage> messages = body.messages();
        if (isMustache(front.path("template"))) {
            Set<String> lists = new java.util.HashSet<>(inputsOfKind(front.path("inputs"), Set.of("array")));
            variables.forEach((name, value) -> { if (value.strip().startsWith("[")) lists.add(name); });
            Set<String> known = new java.util.HashSet<>(variables.keySet());
            known.addAll(threads);
            messages = messages.stream().map(m -> new PromptMessage(m.role(), MustacheTemplates.toJinja(m.template(), lists, known, notes))).toList();
            notes.add("the Mustache template was rewritten in Jinja syntax, which renders it the same way here");
        }
        PromptTemplate template = new PromptTemplate(messages);
        for (String source : TemplateVariables.loopSources(template)) {
            // Prompty renders a loop over a missing input as no items; an empty list here does the same.
            if (!source.contains(".") && !variables.containsKey(source)) {
                variables.put(source, "[]");
                notes.add("input '" + source + "' is only looped over and has no sample; it starts as an empty list, as Prompty treats it");
            }
        }
        JsonNode playground = front.path("metadata").path("playground");
        ModelSettings settings = settings(model, front, playground);
        PromptDocument document = new PromptDocument(template, "", modelId(model),
                settings, variables, testInputs(playground.get("testInputs")), retrieval(playground.get("retrieval")))
                .withTools(tools(front, playground, notes));
        String name = front.path("name").asText(front.path("displayName").asText(""));
        PromptFile file = new PromptFile(name, front.path("description").asText(""), provider(model), document);
        return new Reading(file, body, front, notes);
    }

    private static ToolSet tools(JsonNode front, JsonNode playground, List<String> notes) throws PromptFileException {
        ToolSet tools = PromptyTools.read(front, playground, notes);
        List<String> problems = ToolCheck.problems(tools);
        if (!problems.isEmpty()) throw new PromptFileException("The tools of this .prompty cannot be used: " + String.join(" ", problems), 0);
        return tools;
    }

    private static boolean isMustache(JsonNode template) {
        JsonNode format = template.isObject() ? template.path("format") : template;
        if (format.isObject()) format = format.path("kind");
        return format.asText("").strip().equalsIgnoreCase("mustache");
    }

    /** Names of the inputs declared with one of these kinds (v2 {@code kind}, v1 {@code type}). */
    public static List<String> inputsOfKind(JsonNode inputs, Set<String> kinds) {
        List<String> names = new ArrayList<>();
        if (inputs.isArray()) {
            inputs.forEach(p -> { if (kinds.contains(p.path("kind").asText(p.path("type").asText("")))) names.add(p.path("name").asText()); });
        } else if (inputs.isObject()) {
            inputs.properties().forEach(e -> {
                JsonNode p = e.getValue();
                if (p.isObject() && kinds.contains(p.path("kind").asText(p.path("type").asText("")))) names.add(e.getKey());
            });
        }
        return names;
    }

    public static String write(PromptFile file) {
        return write(file, null, Map.of(), Map.of());
    }

    /**
     * Writes v2; {@code body} (may be null) puts message names and thread markers back, {@code inputDetails} an input's
     * fields besides its value (kind, description, required…), {@code kept} adds front-matter
     * fields kept from an import where this file has nothing of its own (nested maps merged).
     */
    public static String write(PromptFile file, PromptyBody body, Map<String, Map<String, Object>> inputDetails, Map<String, Object> kept) {
        return PromptyWriter.write(file, body, inputDetails, kept);
    }

    /** The kind an export gives an input with this value when nothing else is known. */
    public static String kindFor(String value) {
        return PromptyWriter.kindFor(value);
    }

    // ---- reading ----

    private record FrontMatter(String yaml, String body, int bodyLine) {}

    private static FrontMatter split(String text) throws PromptFileException {
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) first++;
        if (first == lines.length || !lines[first].strip().equals("---")) {
            return new FrontMatter("", text, 1);
        }
        for (int i = first + 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml, body, i + 2);
            }
        }
        throw new PromptFileException("The .prompty front matter starting at line " + (first + 1)
                + " never ends: add a line with only `---` after the YAML.", first + 1);
    }

    private static String modelId(JsonNode model) {
        if (model.isTextual()) return model.asText();
        JsonNode configuration = model.path("configuration");
        for (String candidate : new String[] {model.path("id").asText(""), configuration.path("name").asText(""),
                configuration.path("azure_deployment").asText(""), configuration.path("model").asText("")}) {
            if (!candidate.isBlank() && !candidate.startsWith("${")) return candidate;
        }
        return "";
    }

    private static String provider(JsonNode model) {
        String provider = model.path("provider").asText(model.path("configuration").path("type").asText(""));
        return provider.startsWith("${") ? "" : provider;
    }

    private static ModelSettings settings(JsonNode model, JsonNode front, JsonNode playground) {
        JsonNode v2 = model.path("options");
        JsonNode v1 = model.path("parameters");
        JsonNode o = v2.isObject() ? v2 : v1;
        String responseFormat = null;
        if (front.path("outputs").isContainerNode() && !front.path("outputs").isEmpty()) {
            responseFormat = Yaml.text(schemaFromOutputs(front.path("outputs")));
        } else if (v1.path("response_format").path("type").asText("").equals("json_object")) {
            responseFormat = "json";
        } else if (v1.path("response_format").path("json_schema").path("schema").isObject()) {
            responseFormat = Yaml.text(v1.path("response_format").path("json_schema").path("schema"));
        }
        if (playground.has("responseFormat")) responseFormat = PlaygroundFormat.responseFormat(playground.get("responseFormat"));
        return new ModelSettings(Yaml.number(o.get("temperature"), "temperature"), Yaml.number(first(o, "topP", "top_p"), "topP"), Yaml.integer(first(o, "topK", "top_k"), "topK"),
                Yaml.integer(first(o, "maxOutputTokens", "max_tokens"), "maxOutputTokens"), Yaml.strings(first(o, "stopSequences", "stop")),
                Yaml.integer(o.get("seed"), "seed"), Yaml.number(first(o, "presencePenalty", "presence_penalty"), "presencePenalty"),
                Yaml.number(first(o, "frequencyPenalty", "frequency_penalty"), "frequencyPenalty"), responseFormat);
    }

    private static JsonNode first(JsonNode node, String v2Name, String v1Name) {
        return node.has(v2Name) ? node.get(v2Name) : node.get(v1Name);
    }

    /** v1 {@code inputs: {q: {type, sample}}}, v2 {@code inputs: [{name, kind, default, example}]} or {@code {q: value}}. */
    private static Map<String, String> inputs(JsonNode inputs) {
        Map<String, String> values = new LinkedHashMap<>();
        if (inputs.isArray()) {
            for (JsonNode property : inputs) {
                if (property.hasNonNull("name")) values.put(property.get("name").asText(), inputValue(property));
            }
        } else if (inputs.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = inputs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> input = it.next();
                JsonNode value = input.getValue();
                boolean isProperty = value.isObject() && (value.has("type") || value.has("kind") || value.has("sample")
                        || value.has("default") || value.has("example") || value.has("description"));
                values.put(input.getKey(), isProperty ? inputValue(value) : Yaml.text(value));
            }
        }
        return values;
    }

    private static String inputValue(JsonNode property) {
        for (String field : new String[] {"default", "sample", "example"}) {
            if (property.hasNonNull(field)) return Yaml.text(property.get(field));
        }
        return "";
    }

    /** v1's top-level {@code sample}: inline values, or {@code ${file:x.json}} next to the prompt. */
    private static Map<String, String> sample(JsonNode sample, Path baseDir) throws PromptFileException {
        if (sample == null || sample.isNull()) return Map.of();
        if (sample.isObject()) return Yaml.textMap(sample);
        Matcher reference = FILE_REFERENCE.matcher(sample.asText().strip());
        if (!reference.matches()) return Map.of();
        if (baseDir == null) {
            throw new PromptFileException("The sample `" + sample.asText() + "` names a file, but this .prompty was not opened from a folder.", 0);
        }
        Path base = baseDir.toAbsolutePath().normalize();
        Path file = base.resolve(reference.group(1).strip()).normalize();
        if (!file.startsWith(base)) {
            throw new PromptFileException("The sample file `" + reference.group(1) + "` is outside the prompt's folder; "
                    + "samples must sit next to the .prompty file or below it.", 0);
        }
        try {
            JsonNode values = Yaml.JSON.readTree(Files.readString(file));
            return Yaml.textMap(values);
        } catch (IOException e) {
            throw new PromptFileException("The sample file `" + file.getFileName() + "` cannot be read as JSON: " + e.getMessage(), 0, e);
        }
    }

    static JsonNode schemaFromOutputs(JsonNode outputs) {
        var schema = Yaml.object();
        schema.put("type", "object");
        var properties = schema.putObject("properties");
        var required = Yaml.MAPPER.createArrayNode();
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (outputs.isArray()) outputs.forEach(p -> entries.add(Map.entry(p.path("name").asText(), p)));
        else outputs.fields().forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> entry : entries) {
            JsonNode property = entry.getValue();
            var target = properties.putObject(entry.getKey());
            target.put("type", jsonType(property.path("kind").asText(property.path("type").asText("string"))));
            if (property.hasNonNull("description")) target.put("description", property.get("description").asText());
            if (property.path("enumValues").isArray()) target.set("enum", property.get("enumValues").deepCopy());
            if (property.path("required").asBoolean(true)) required.add(entry.getKey());
        }
        schema.set("required", required);
        return schema;
    }

    private static String jsonType(String kind) {
        return switch (kind) {
            case "integer" -> "integer";
            case "float", "number" -> "number";
            case "boolean" -> "boolean";
            case "array" -> "array";
            case "object" -> "object";
            default -> "string";
        };
    }

    private static Map<String, Map<String, String>> testInputs(JsonNode node) {
        Map<String, Map<String, String>> sets = new LinkedHashMap<>();
        if (node != null && node.isObject()) node.fields().forEachRemaining(e -> sets.put(e.getKey(), Yaml.textMap(e.getValue())));
        return sets;
    }

    private static RetrievalSettings retrieval(JsonNode node) {
        if (node == null || !node.isObject()) return RetrievalSettings.OFF;
        return new RetrievalSettings(node.path("collection").asText(""), node.path("queryVariable").asText(""),
                node.path("topK").asInt(5), Yaml.number(node.get("minScore"), "minScore"), node.path("chunkFormat").asText(null));
    }

}
