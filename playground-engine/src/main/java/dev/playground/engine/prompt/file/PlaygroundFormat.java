package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.tool.ToolCheck;
import dev.playground.engine.tool.ToolSetYaml;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prompt Playground's own prompt file ({@code NAME.prompt.yaml}), meant to be read and diffed in
 * git. Field names and choices are in docs/decisions/0010-template-syntax-and-prompt-files.md:
 *
 * <pre>
 * schema: prompt-playground/1
 * name: support-answer
 * description: Answers from the handbook only
 * model: {connection: work-openai, provider: openai, name: gpt-4o-mini, temperature: 0.2, maxTokens: 512}
 * responseFormat: json            # or text, or a JSON Schema written as YAML
 * messages:
 *   - {role: system, content: "..."}
 *   - {role: user, content: "{{ question }}"}
 * variables: {question: "How do I reset my password?"}
 * testInputs: {spanish: {question: "¿Cómo cambio mi contraseña?"}}
 * retrieval: {collection: handbook, queryVariable: question, topK: 5, minScore: 0.3}
 * tools:                          # functions the model may call (decision 0093)
 *   - name: get_weather
 *     description: Current weather in a city
 *     parameters: {type: object, properties: {city: {type: string}}, required: [city]}
 *     mocks: ["{\"temp\": 21}"]  # saved answers the tool loop can give
 * toolChoice: auto                # none, required, or a tool's name
 * </pre>
 */
public final class PlaygroundFormat {
    public static final String SCHEMA = "prompt-playground/1";
    public static final String EXTENSION = ".prompt.yaml";

    private static final Set<String> TOP_LEVEL = Set.of("schema", "name", "description", "model", "responseFormat", "messages",
            "variables", "testInputs", "retrieval", "tools", "toolChoice");
    private static final Set<String> MODEL_FIELDS = Set.of("connection", "provider", "name", "temperature", "topP", "topK",
            "maxTokens", "stop", "seed", "presencePenalty", "frequencyPenalty");

    private PlaygroundFormat() {}

    public static PromptFile read(String text) throws PromptFileException {
        JsonNode root = Yaml.read(text, "The prompt file", 1);
        onlyKnown(root, TOP_LEVEL, "", text);
        String schema = root.path("schema").asText(SCHEMA);
        if (!schema.startsWith("prompt-playground/")) {
            throw new PromptFileException("This file's `schema: " + schema + "` is not a Prompt Playground prompt. "
                    + "Use `schema: " + SCHEMA + "` or import it in its own format.", lineOf(text, "schema"));
        }
        JsonNode model = root.path("model");
        if (!model.isMissingNode()) onlyKnown(model, MODEL_FIELDS, "model.", text);
        ModelSettings settings = new ModelSettings(Yaml.number(model.get("temperature"), "temperature"), Yaml.number(model.get("topP"), "topP"),
                Yaml.integer(model.get("topK"), "topK"), Yaml.integer(model.get("maxTokens"), "maxTokens"), Yaml.strings(model.get("stop")),
                Yaml.integer(model.get("seed"), "seed"), Yaml.number(model.get("presencePenalty"), "presencePenalty"), Yaml.number(model.get("frequencyPenalty"), "frequencyPenalty"),
                responseFormat(root.get("responseFormat")));
        PromptDocument document = new PromptDocument(new PromptTemplate(messages(root.path("messages"), text)),
                model.path("connection").asText(""), model.path("name").asText(""), settings, Yaml.textMap(root.get("variables")),
                testInputs(root.get("testInputs")), retrieval(root.get("retrieval")), tools(root, text));
        return new PromptFile(root.path("name").asText(""), root.path("description").asText(""), model.path("provider").asText(""), document);
    }

    public static String write(PromptFile file) {
        PromptDocument document = file.document();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        root.put("name", file.name());
        if (!file.description().isEmpty()) root.put("description", file.description());
        Map<String, Object> model = model(file, document);
        if (!model.isEmpty()) root.put("model", model);
        if (document.settings().responseFormat() != null) root.put("responseFormat", responseFormatValue(document.settings().responseFormat()));
        List<Map<String, Object>> messages = new ArrayList<>();
        for (PromptMessage message : document.template().messages()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("role", message.role().wireName());
            entry.put("content", message.template());
            messages.add(entry);
        }
        root.put("messages", messages);
        if (!document.variables().isEmpty()) root.put("variables", values(document.variables()));
        if (!document.testInputs().isEmpty()) {
            Map<String, Object> sets = new LinkedHashMap<>();
            document.testInputs().forEach((name, values) -> sets.put(name, values(values)));
            root.put("testInputs", sets);
        }
        if (document.retrieval().enabled()) root.put("retrieval", retrieval(document.retrieval()));
        if (!document.tools().isEmpty()) {
            root.put("tools", ToolSetYaml.tools(document.tools()));
            root.put("toolChoice", document.tools().choice().text());
        }
        return Yaml.write(root);
    }

    private static Map<String, Object> model(PromptFile file, PromptDocument document) {
        ModelSettings s = document.settings();
        Map<String, Object> model = new LinkedHashMap<>();
        putIf(model, "connection", document.connectionId().isEmpty() ? null : document.connectionId());
        putIf(model, "provider", file.provider().isEmpty() ? null : file.provider());
        putIf(model, "name", document.model().isEmpty() ? null : document.model());
        putIf(model, "temperature", s.temperature());
        putIf(model, "topP", s.topP());
        putIf(model, "topK", s.topK());
        putIf(model, "maxTokens", s.maxTokens());
        putIf(model, "stop", s.stopSequences().isEmpty() ? null : s.stopSequences());
        putIf(model, "seed", s.seed());
        putIf(model, "presencePenalty", s.presencePenalty());
        putIf(model, "frequencyPenalty", s.frequencyPenalty());
        return model;
    }

    private static Map<String, Object> retrieval(RetrievalSettings r) {
        Map<String, Object> retrieval = new LinkedHashMap<>();
        retrieval.put("collection", r.collection());
        putIf(retrieval, "queryVariable", r.queryVariable().isEmpty() ? null : r.queryVariable());
        retrieval.put("topK", r.topK());
        putIf(retrieval, "minScore", r.minScore());
        if (!r.chunkFormat().equals(RetrievalSettings.DEFAULT_CHUNK_FORMAT)) retrieval.put("chunkFormat", r.chunkFormat());
        return retrieval;
    }

    static Map<String, Object> values(Map<String, String> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(key, Yaml.value(value)));
        return out;
    }

    /** "text" and "json" stay words; a JSON Schema is written as YAML so it reads and diffs well. */
    static Object responseFormatValue(String responseFormat) {
        return Yaml.value(responseFormat);
    }

    static String responseFormat(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        return Yaml.text(node);
    }

    private static List<PromptMessage> messages(JsonNode node, String text) throws PromptFileException {
        if (!node.isArray() || node.isEmpty()) {
            throw new PromptFileException("The prompt file has no `messages:` list. Add at least one, like\n"
                    + "messages:\n  - role: user\n    content: \"{{ question }}\"", lineOf(text, "messages"));
        }
        List<PromptMessage> messages = new ArrayList<>();
        int index = 1;
        for (JsonNode entry : (ArrayNode) node) {
            String role = entry.path("role").asText("");
            try {
                messages.add(new PromptMessage(Role.parse(role), entry.path("content").asText("")));
            } catch (IllegalArgumentException e) {
                throw new PromptFileException("Message " + index + " has role `" + role + "`: use system, user or assistant.",
                        lineOf(text, "role: " + role));
            }
            index++;
        }
        return messages;
    }

    private static Map<String, Map<String, String>> testInputs(JsonNode node) {
        Map<String, Map<String, String>> sets = new LinkedHashMap<>();
        if (node == null || !node.isObject()) return sets;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> set = it.next();
            sets.put(set.getKey(), Yaml.textMap(set.getValue()));
        }
        return sets;
    }

    private static ToolSet tools(JsonNode root, String text) throws PromptFileException {
        ToolSet tools;
        try {
            tools = ToolSetYaml.read(root.get("tools"), root.get("toolChoice"));
        } catch (IllegalArgumentException e) {
            throw new PromptFileException(e.getMessage(), lineOf(text, "tools:"));
        }
        List<String> problems = ToolCheck.problems(tools);
        if (!problems.isEmpty()) throw new PromptFileException(String.join("\n", problems), lineOf(text, "tools:"));
        return tools;
    }

    private static RetrievalSettings retrieval(JsonNode node) {
        if (node == null || !node.isObject()) return RetrievalSettings.OFF;
        return new RetrievalSettings(node.path("collection").asText(""), node.path("queryVariable").asText(""),
                node.path("topK").asInt(5), Yaml.number(node.get("minScore"), "minScore"), node.path("chunkFormat").asText(null));
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix, String text) throws PromptFileException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new PromptFileException("Unknown field `" + prefix + name + "` in the prompt file. Known fields: "
                        + String.join(", ", known.stream().sorted().toList()) + ".", lineOf(text, name + ":"));
            }
        }
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    /** The first line that contains {@code needle}, for error messages; 0 when absent. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
