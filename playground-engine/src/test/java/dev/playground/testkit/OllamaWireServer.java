package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server that speaks Ollama's native API: {@code POST /api/chat} streamed as NDJSON (one
 * JSON object per line, the last with {@code done:true}, done_reason and eval counts), errors as
 * {@code {"error":"..."}}, {@code GET /api/tags} listing the pulled models, {@code GET /api/version}, and
 * {@code POST /api/embed} answering {@link BagOfWordsEmbedding} vectors for the pulled
 * {@link #EMBEDDING_MODELS} (404 for others). A {@code format} other than "json" or a JSON Schema
 * object is refused with 400, as Ollama does.
 */
public final class OllamaWireServer extends WireServer {
    public static final List<String> MODELS = List.of("llama3.2:latest", "qwen2.5:0.5b");
    public static final List<String> EMBEDDING_MODELS = List.of("nomic-embed-text:latest", "bge-m3:latest");

    private final List<JsonNode> embeddingRequests = java.util.Collections.synchronizedList(new ArrayList<>());

    private OllamaWireServer() {
        route("/api/chat", this::chat);
        route("/api/tags", this::tags);
        route("/api/version", http -> sendJson(http, JSON.createObjectNode().put("version", "0.9.0")));
        route("/api/embed", this::embed);
        startServing();
    }

    public static OllamaWireServer start() {
        return new OllamaWireServer();
    }

    @Override
    public String baseUrl() {
        return origin();
    }

    @Override
    public OllamaWireServer enqueue(ScriptedReply reply) {
        super.enqueue(reply);
        return this;
    }

    /**
     * Ollama's structured output: a top-level {@code format} that is the string "json" or a JSON
     * Schema object. Null when the request is acceptable.
     */
    private static String formatProblem(JsonNode request) {
        JsonNode format = request.path("format");
        if (format.isMissingNode() || format.isNull()) return null;
        if (format.isTextual()) return "json".equals(format.asText()) || format.asText().isEmpty() ? null : "invalid format: \"" + format.asText() + "\"";
        if (!format.isObject() || !(format.has("type") || format.has("properties") || format.has("$ref") || format.has("anyOf"))) {
            return "invalid JSON schema in format";
        }
        return null;
    }

    /** Bodies of the /api/embed requests received, in order. */
    public List<JsonNode> embeddingRequests() {
        synchronized (embeddingRequests) {
            return List.copyOf(embeddingRequests);
        }
    }

    private void embed(HttpExchange http) throws IOException {
        JsonNode request = JSON.readTree(http.getRequestBody().readAllBytes());
        embeddingRequests.add(request);
        String model = request.path("model").asText();
        String pulled = model.contains(":") ? model : model + ":latest";
        if (!EMBEDDING_MODELS.contains(pulled)) {
            sendError(http, ScriptedReply.error(404, "not found"),
                    JSON.createObjectNode().put("error", "model \"" + model + "\" not found, try pulling it first"));
            return;
        }
        List<String> inputs = new ArrayList<>();
        if (request.path("input").isTextual()) inputs.add(request.path("input").asText());
        request.path("input").forEach(i -> inputs.add(i.asText()));
        ObjectNode root = JSON.createObjectNode().put("model", model);
        var embeddings = root.putArray("embeddings");
        int tokens = 0;
        for (String input : inputs) {
            var values = embeddings.addArray();
            for (float v : BagOfWordsEmbedding.of(input)) values.add(v);
            tokens += estimateTokens(input);
        }
        root.put("total_duration", 14_143_917L).put("load_duration", 1_019_500L).put("prompt_eval_count", tokens);
        sendJson(http, root);
    }

    private void tags(HttpExchange http) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        var models = root.putArray("models");
        for (String name : MODELS) {
            ObjectNode model = models.addObject().put("name", name).put("model", name).put("modified_at", "2025-05-01T10:00:00.000000Z")
                    .put("size", 1_000_000_000L).put("digest", "sha256:" + Integer.toHexString(name.hashCode()));
            model.putObject("details").put("format", "gguf").put("family", "llama").put("parameter_size", "3B")
                    .put("quantization_level", "Q4_K_M");
        }
        sendJson(http, root);
    }

    private void chat(HttpExchange http) throws IOException {
        Exchange exchange = accept(http);
        String refused = formatProblem(exchange.request);
        if (refused != null) {
            sendError(http, ScriptedReply.error(400, refused), JSON.createObjectNode().put("error", refused));
            return;
        }
        ScriptedReply reply = exchange.reply;
        if (reply.isError()) {
            sendError(http, reply, JSON.createObjectNode().put("error", reply.errorMessage));
            return;
        }
        if (reply.isToolCalls()) {
            toolCalls(http, exchange.request, reply);
            return;
        }
        JsonNode options = exchange.request.path("options");
        List<String> stops = new ArrayList<>();
        options.path("stop").forEach(s -> stops.add(s.asText()));
        Answer answer = exchange.answer(stops, options.path("num_predict").isNumber() ? options.path("num_predict").asInt() : null);
        String model = exchange.request.path("model").asText();
        int promptTokens = 0;
        for (JsonNode message : exchange.request.path("messages")) promptTokens += estimateTokens(message.path("content").asText());

        http.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        sleep(reply.firstDelayMillis);
        for (int i = 0; i < answer.tokens().size(); i++) {
            if (reply.cutAfter >= 0 && i >= reply.cutAfter) throw new IOException("stream cut on purpose");
            if (i > 0) sleep(reply.perTokenDelayMillis);
            line(out, message(model, answer.tokens().get(i)).put("done", false));
        }
        ObjectNode last = message(model, "").put("done", true).put("done_reason", answer.ending() == Ending.LENGTH ? "length" : "stop")
                .put("total_duration", 1_000_000L).put("load_duration", 1000L).put("prompt_eval_count", promptTokens)
                .put("eval_count", answer.tokens().size()).put("eval_duration", 500_000L);
        line(out, last);
    }

    /**
     * The model asking for tools as a streaming Ollama sends them: one line per call, each message carrying tool_calls
     * [{function: {index, name, arguments}}] (arguments as an object, no call ids), then the done line.
     */
    private void toolCalls(HttpExchange http, JsonNode request, ScriptedReply reply) throws IOException {
        String model = request.path("model").asText();
        http.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        for (int i = 0; i < reply.calls.size(); i++) {
            ScriptedReply.Call call = reply.calls.get(i);
            ObjectNode calls = message(model, "").put("done", false);
            ((ObjectNode) calls.get("message")).putArray("tool_calls").addObject().putObject("function").put("index", i)
                    .put("name", call.name()).set("arguments", JSON.readTree(call.arguments()));
            line(out, calls);
        }
        line(out, message(model, "").put("done", true).put("done_reason", "stop").put("total_duration", 1_000_000L)
                .put("prompt_eval_count", 30).put("eval_count", 8).put("eval_duration", 500_000L));
    }

    private static ObjectNode message(String model, String content) {
        ObjectNode root = JSON.createObjectNode().put("model", model).put("created_at", "2025-05-01T10:00:00.000000Z");
        root.putObject("message").put("role", "assistant").put("content", content);
        return root;
    }

    private void line(OutputStream out, ObjectNode json) throws IOException {
        write(out, JSON.writeValueAsString(json) + "\n");
    }
}
