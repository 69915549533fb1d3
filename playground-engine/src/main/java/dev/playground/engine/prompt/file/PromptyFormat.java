package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code .prompty} files: YAML front matter between {@code ---} lines, then a
 * Jinja body split into messages by {@code system:} / {@code user:} / {@code assistant:} lines.
 * Reads both generations of the front matter (v1: {@code model.configuration/parameters},
 * {@code inputs.X.sample}, {@code sample}; v2: {@code model.id/provider/options}, {@code inputs}
 * as a list of properties, {@code outputs}); writes v2. What Prompty has no field for (test inputs,
 * retrieval, a non-schema response format) goes under {@code metadata.playground} so a round trip
 * keeps it. Secrets in a connection ({@code apiKey}, {@code api_key}) are never read.
 */
public final class PromptyFormat {
    public static final String EXTENSION = ".prompty";
    private static final Pattern ROLE_MARKER = Pattern.compile("^[ \\t]*(system|user|assistant|developer)[ \\t]*:[ \\t]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_REFERENCE = Pattern.compile("\\$\\{file:(.+)}");

    private PromptyFormat() {}

    /** Reads a .prompty file; {@code baseDir} resolves {@code ${file:...}} samples (null: refuse them). */
    public static PromptFile read(String content, Path baseDir) throws PromptFileException {
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        FrontMatter parts = split(text);
        JsonNode front = Yaml.read(parts.yaml, "The .prompty front matter", 2);
        JsonNode model = front.path("model");
        Map<String, String> variables = inputs(front.path("inputs"));
        variables.putAll(sample(front.get("sample"), baseDir));
        JsonNode playground = front.path("metadata").path("playground");
        ModelSettings settings = settings(model, front, playground);
        PromptDocument document = new PromptDocument(new PromptTemplate(messages(parts.body, parts.bodyLine)), "", modelId(model),
                settings, variables, testInputs(playground.get("testInputs")), retrieval(playground.get("retrieval")));
        String name = front.path("name").asText(front.path("displayName").asText(""));
        return new PromptFile(name, front.path("description").asText(""), provider(model), document);
    }

    public static String write(PromptFile file) {
        PromptDocument document = file.document();
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("name", file.name());
        if (!file.description().isEmpty()) front.put("description", file.description());
        front.put("model", model(file));
        if (!document.variables().isEmpty()) front.put("inputs", inputs(document.variables()));
        String responseFormat = document.settings().responseFormat();
        JsonNode schema = schemaOf(responseFormat);
        if (schema != null && schema.path("properties").isObject()) front.put("outputs", outputs(schema));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("format", Map.of("kind", "jinja2"));
        template.put("parser", Map.of("kind", "prompty"));
        front.put("template", template);
        Map<String, Object> playground = playgroundExtras(document, responseFormat, schema);
        if (!playground.isEmpty()) front.put("metadata", Map.of("playground", playground));
        StringBuilder out = new StringBuilder("---\n").append(Yaml.write(front)).append("---\n");
        List<PromptMessage> messages = document.template().messages();
        for (int i = 0; i < messages.size(); i++) {
            if (i > 0) out.append('\n');
            out.append(messages.get(i).role().wireName()).append(":\n").append(messages.get(i).template());
            if (!messages.get(i).template().endsWith("\n")) out.append('\n');
        }
        return out.toString();
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

    /** Splits the body at role-marker lines; text before the first marker (or with none) is the system message. */
    static List<PromptMessage> messages(String body, int firstLine) throws PromptFileException {
        List<PromptMessage> messages = new ArrayList<>();
        Role role = Role.SYSTEM;
        StringBuilder current = new StringBuilder();
        boolean sawMarker = false;
        for (String line : body.split("\n", -1)) {
            Matcher marker = ROLE_MARKER.matcher(line);
            if (marker.matches()) {
                if (sawMarker || !current.toString().isBlank()) messages.add(new PromptMessage(role, trimBlankLines(current)));
                role = Role.parse(marker.group(1));
                current.setLength(0);
                sawMarker = true;
            } else {
                current.append(line).append('\n');
            }
        }
        if (sawMarker || !current.toString().isBlank()) messages.add(new PromptMessage(role, trimBlankLines(current)));
        if (messages.isEmpty()) {
            throw new PromptFileException("The .prompty file has no prompt text after its front matter. Add for example\n"
                    + "system:\nYou are helpful.\n\nuser:\n{{question}}", firstLine);
        }
        return messages;
    }

    private static String trimBlankLines(StringBuilder text) {
        String value = text.toString();
        int start = 0;
        while (true) {
            int newline = value.indexOf('\n', start);
            if (newline < 0 || !value.substring(start, newline).isBlank()) break;
            start = newline + 1;
        }
        value = value.substring(start);
        return value.replaceAll("(?:[ \\t]*\\n)+$", "");
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

    private static JsonNode schemaFromOutputs(JsonNode outputs) {
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

    // ---- writing ----

    private static Object model(PromptFile file) {
        PromptDocument document = file.document();
        ModelSettings s = document.settings();
        Map<String, Object> model = new LinkedHashMap<>();
        if (!document.model().isEmpty()) model.put("id", document.model());
        if (!file.provider().isEmpty()) model.put("provider", file.provider());
        model.put("apiType", "chat");
        Map<String, Object> options = new LinkedHashMap<>();
        putIf(options, "temperature", s.temperature());
        putIf(options, "maxOutputTokens", s.maxTokens());
        putIf(options, "topP", s.topP());
        putIf(options, "topK", s.topK());
        putIf(options, "frequencyPenalty", s.frequencyPenalty());
        putIf(options, "presencePenalty", s.presencePenalty());
        putIf(options, "seed", s.seed());
        if (!s.stopSequences().isEmpty()) options.put("stopSequences", s.stopSequences());
        if (!options.isEmpty()) model.put("options", options);
        return model;
    }

    private static List<Map<String, Object>> inputs(Map<String, String> variables) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        variables.forEach((name, value) -> {
            Object typed = Yaml.value(value);
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", name);
            property.put("kind", typed instanceof JsonNode node ? (node.isArray() ? "array" : "object") : "string");
            property.put("default", typed);
            inputs.add(property);
        });
        return inputs;
    }

    private static List<Map<String, Object>> outputs(JsonNode schema) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        List<String> required = Yaml.strings(schema.get("required"));
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("name", property.getKey());
            output.put("kind", kindOf(property.getValue().path("type").asText("string")));
            if (property.getValue().hasNonNull("description")) output.put("description", property.getValue().get("description").asText());
            if (!required.contains(property.getKey())) output.put("required", false);
            outputs.add(output);
        }
        return outputs;
    }

    private static String kindOf(String jsonType) {
        return jsonType.equals("number") ? "float" : jsonType;
    }

    /**
     * What Prompty cannot say itself. A schema that {@code outputs} cannot express exactly (nested
     * types, enums) is kept here in full, so reading the file back gives the same response format.
     */
    private static Map<String, Object> playgroundExtras(PromptDocument document, String responseFormat, JsonNode schema) {
        Map<String, Object> extras = new LinkedHashMap<>();
        boolean outputsSayItAll = schema != null && schema.path("properties").isObject()
                && schemaFromOutputs(Yaml.MAPPER.valueToTree(outputs(schema))).equals(schema);
        if (responseFormat != null && !outputsSayItAll) extras.put("responseFormat", PlaygroundFormat.responseFormatValue(responseFormat));
        if (!document.testInputs().isEmpty()) {
            Map<String, Object> sets = new LinkedHashMap<>();
            document.testInputs().forEach((name, values) -> sets.put(name, PlaygroundFormat.values(values)));
            extras.put("testInputs", sets);
        }
        if (document.retrieval().enabled()) {
            RetrievalSettings r = document.retrieval();
            Map<String, Object> retrieval = new LinkedHashMap<>();
            retrieval.put("collection", r.collection());
            if (!r.queryVariable().isEmpty()) retrieval.put("queryVariable", r.queryVariable());
            retrieval.put("topK", r.topK());
            putIf(retrieval, "minScore", r.minScore());
            retrieval.put("chunkFormat", r.chunkFormat());
            extras.put("retrieval", retrieval);
        }
        return extras;
    }

    private static JsonNode schemaOf(String responseFormat) {
        if (responseFormat == null || !responseFormat.strip().startsWith("{")) return null;
        try {
            return Yaml.JSON.readTree(responseFormat);
        } catch (IOException e) {
            return null;
        }
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }
}
