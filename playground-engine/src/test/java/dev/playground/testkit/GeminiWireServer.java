package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server that speaks the Gemini API: {@code POST /v1beta/models/{model}:streamGenerateContent?alt=sse}
 * answered as SSE {@code data:} chunks of GenerateContentResponse (candidates with text parts; the last with
 * finishReason and usageMetadata), errors as {@code {"error":{"code","message","status"}}}, and {@code GET /v1beta/models}.
 * Structured-output settings are checked as the real API checks them (400 INVALID_ARGUMENT otherwise).
 */
public final class GeminiWireServer extends WireServer {
    private GeminiWireServer() {
        route("/v1beta/models", this::models);
        startServing();
    }

    public static GeminiWireServer start() {
        return new GeminiWireServer();
    }

    @Override
    public String baseUrl() {
        return origin() + "/v1beta";
    }

    @Override
    public GeminiWireServer enqueue(ScriptedReply reply) {
        super.enqueue(reply);
        return this;
    }

    private void models(HttpExchange http) throws IOException {
        if ("GET".equals(http.getRequestMethod())) {
            sendJson(http, JSON.readTree("{\"models\":[{\"name\":\"models/gemini-2.5-flash\",\"displayName\":\"Gemini 2.5 Flash\"}]}"));
            return;
        }
        Exchange exchange = accept(http);
        String refused = structuredOutputProblem(exchange.request.path("generationConfig"));
        if (refused != null) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("code", 400).put("message", refused).put("status", "INVALID_ARGUMENT");
            sendError(http, ScriptedReply.error(400, refused), error);
            return;
        }
        ScriptedReply reply = exchange.reply;
        if (reply.isError()) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("code", reply.status).put("message", reply.errorMessage).put("status", status(reply.status));
            sendError(http, reply, error);
            return;
        }
        if (reply.isToolCalls()) {
            functionCalls(http, reply);
            return;
        }
        JsonNode config = exchange.request.path("generationConfig");
        List<String> stops = new ArrayList<>();
        config.path("stopSequences").forEach(s -> stops.add(s.asText()));
        Answer answer = exchange.answer(stops, config.path("maxOutputTokens").isNumber() ? config.path("maxOutputTokens").asInt() : null);
        int promptTokens = 0;
        for (JsonNode content : exchange.request.path("contents")) {
            for (JsonNode part : content.path("parts")) promptTokens += estimateTokens(part.path("text").asText());
        }

        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        sleep(reply.firstDelayMillis);
        List<String> tokens = answer.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (reply.cutAfter >= 0 && i >= reply.cutAfter) throw new IOException("stream cut on purpose");
            if (i > 0) sleep(reply.perTokenDelayMillis);
            boolean last = i == tokens.size() - 1;
            send(out, chunk(tokens.get(i), last ? answer.ending() : null, promptTokens, i + 1));
        }
        if (tokens.isEmpty()) send(out, chunk("", answer.ending(), promptTokens, 0));
    }

    /** The OpenAPI subset {@code responseSchema} accepts; anything else is refused as an unknown field. */
    private static final java.util.Set<String> SCHEMA_FIELDS = java.util.Set.of("type", "format", "title", "description", "nullable", "enum",
            "maxItems", "minItems", "properties", "required", "minProperties", "maxProperties", "minLength", "maxLength", "pattern",
            "example", "anyOf", "propertyOrdering", "default", "items", "minimum", "maximum");
    private static final java.util.Set<String> SCHEMA_TYPES = java.util.Set.of("STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT", "NULL");

    /**
     * Structured output as the Gemini API checks it: {@code responseSchema} (OpenAPI subset) or
     * {@code responseJsonSchema} (JSON Schema), never both, and either only with
     * {@code responseMimeType: application/json}. Null when the request is acceptable.
     */
    private static String structuredOutputProblem(JsonNode config) {
        boolean openApi = config.has("responseSchema");
        boolean jsonSchema = config.has("responseJsonSchema");
        if (!openApi && !jsonSchema) return null;
        if (openApi && jsonSchema) return "responseSchema and responseJsonSchema cannot both be set.";
        if (!"application/json".equals(config.path("responseMimeType").asText())) {
            return "A response schema needs responseMimeType: application/json.";
        }
        if (jsonSchema) return config.path("responseJsonSchema").isObject() ? null : "responseJsonSchema must be a JSON Schema object.";
        return openApiSchemaProblem(config.path("responseSchema"), "generation_config.response_schema");
    }

    private static String openApiSchemaProblem(JsonNode schema, String at) {
        if (!schema.isObject()) return "Invalid value at '" + at + "': a Schema object was expected.";
        for (var names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SCHEMA_FIELDS.contains(name)) {
                return "Invalid JSON payload received. Unknown name \"" + name + "\" at '" + at + "': Cannot find field.";
            }
        }
        if (schema.has("type") && !SCHEMA_TYPES.contains(schema.path("type").asText().toUpperCase(java.util.Locale.ROOT))) {
            return "Invalid value at '" + at + ".type': \"" + schema.path("type").asText() + "\"";
        }
        for (var properties = schema.path("properties").properties().iterator(); properties.hasNext(); ) {
            var property = properties.next();
            String problem = openApiSchemaProblem(property.getValue(), at + ".properties[" + property.getKey() + "].value");
            if (problem != null) return problem;
        }
        return schema.has("items") ? openApiSchemaProblem(schema.path("items"), at + ".items") : null;
    }

    /** The model asking for functions: one chunk whose parts are functionCall {name, args} objects, finishReason STOP. */
    private void functionCalls(HttpExchange http, ScriptedReply reply) throws IOException {
        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        var parts = content.putArray("parts");
        for (ScriptedReply.Call call : reply.calls) {
            parts.addObject().putObject("functionCall").put("name", call.name()).set("args", JSON.readTree(call.arguments()));
        }
        content.put("role", "model");
        candidate.put("index", 0).put("finishReason", "STOP");
        root.putObject("usageMetadata").put("promptTokenCount", 30).put("candidatesTokenCount", 8).put("totalTokenCount", 38);
        root.put("modelVersion", "gemini-test");
        send(out, root);
    }

    private void send(OutputStream out, ObjectNode chunk) throws IOException {
        write(out, "data: " + JSON.writeValueAsString(chunk) + "\r\n\r\n");
    }

    private static ObjectNode chunk(String text, Ending ending, int promptTokens, int outputTokens) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.putArray("parts").addObject().put("text", text);
        content.put("role", "model");
        candidate.put("index", 0);
        if (ending != null) candidate.put("finishReason", ending == Ending.LENGTH ? "MAX_TOKENS" : "STOP");
        root.putObject("usageMetadata").put("promptTokenCount", promptTokens).put("candidatesTokenCount", outputTokens)
                .put("totalTokenCount", promptTokens + outputTokens);
        root.put("modelVersion", "gemini-test");
        return root;
    }

    private static String status(int code) {
        return switch (code) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL";
        };
    }
}
