package dev.playground.engine.prompt.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.RetrievalSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code .prompty} files as Prompty v2 (see {@link PromptyFormat}). */
final class PromptyWriter {
    private PromptyWriter() {}

    static String write(PromptFile file, PromptyBody body, Map<String, Map<String, Object>> details, Map<String, Object> kept) {
        PromptDocument document = file.document();
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("name", file.name());
        if (!file.description().isEmpty()) front.put("description", file.description());
        front.put("model", model(file));
        List<Map<String, Object>> inputs = inputs(document.variables(), details);
        if (body != null) {
            for (PromptyBody.Thread thread : body.threads()) {
                if (thread.name().equals("thread")) continue;
                Map<String, Object> property = new LinkedHashMap<>();
                property.put("name", thread.name());
                property.put("kind", "thread");
                inputs.add(property);
            }
        }
        if (!inputs.isEmpty()) front.put("inputs", inputs);
        String responseFormat = document.settings().responseFormat();
        JsonNode schema = schemaOf(responseFormat);
        if (schema != null && schema.path("properties").isObject()) front.put("outputs", outputs(schema));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("format", Map.of("kind", "jinja2"));
        template.put("parser", Map.of("kind", "prompty"));
        front.put("template", template);
        if (!document.tools().isEmpty()) front.put("tools", PromptyTools.write(document.tools()));
        Map<String, Object> playground = playgroundExtras(document, responseFormat, schema);
        playground.putAll(PromptyTools.extras(document.tools()));
        if (!playground.isEmpty()) front.put("metadata", Map.of("playground", playground));
        merge(front, kept);
        List<PromptMessage> messages = document.template().messages();
        PromptyBody written = body == null || body.messages().size() != messages.size()
                ? new PromptyBody(messages, Map.of(), List.of()) : new PromptyBody(messages, body.names(), body.threads());
        return "---\n" + Yaml.write(front) + "---\n" + written.write();
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

    private static List<Map<String, Object>> inputs(Map<String, String> variables, Map<String, Map<String, Object>> details) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        variables.forEach((name, value) -> {
            Object typed = Yaml.value(value);
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", name);
            property.put("kind", kindFor(value));
            property.put("default", typed);
            property.putAll(details.getOrDefault(name, Map.of()));
            inputs.add(property);
        });
        return inputs;
    }

    /** The kind an input gets from its value alone: a list, an object, or text. */
    static String kindFor(String value) {
        return Yaml.value(value) instanceof JsonNode node ? (node.isArray() ? "array" : "object") : "string";
    }

    private static List<Map<String, Object>> outputs(JsonNode schema) {
        return PromptyTools.properties(schema, false);
    }

    /**
     * What Prompty cannot say itself. A schema that {@code outputs} cannot express exactly (nested
     * types, enums) is kept here in full, so reading the file back gives the same response format.
     */
    private static Map<String, Object> playgroundExtras(PromptDocument document, String responseFormat, JsonNode schema) {
        Map<String, Object> extras = new LinkedHashMap<>();
        boolean outputsSayItAll = schema != null && schema.path("properties").isObject()
                && PromptyFormat.schemaFromOutputs(Yaml.MAPPER.valueToTree(outputs(schema))).equals(schema);
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

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> kept) {
        kept.forEach((key, value) -> {
            Object own = target.get(key);
            if (own == null) target.put(key, value);
            else if (own instanceof Map<?, ?> ownMap && value instanceof Map<?, ?> keptMap) {
                Map<String, Object> both = new LinkedHashMap<>((Map<String, Object>) ownMap);
                merge(both, (Map<String, Object>) keptMap);
                target.put(key, both);
            }
        });
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }
}
