package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A loopback server that speaks the OpenAI chat-completions wire format: plain JSON answers and
 * SSE streams ({@code data: {...}} chunks, a usage chunk when asked, {@code data: [DONE]}). It also
 * answers under {@code /serving-endpoints} as Databricks Model Serving does. Tests queue scripted
 * replies, including failures; with none queued it streams {@link #DEFAULT_ANSWER}. Embeddings
 * ({@code POST /v1/embeddings}, float or base64 encoding) answer {@link BagOfWordsEmbedding} vectors.
 */
public final class OpenAiWireServer extends WireServer {
    private final List<JsonNode> embeddingRequests = java.util.Collections.synchronizedList(new ArrayList<>());

    private OpenAiWireServer() {
        route("/v1/chat/completions", this::chatCompletions);
        route("/serving-endpoints/chat/completions", this::chatCompletions);
        route("/v1/embeddings", this::embeddings);
        route("/serving-endpoints/embeddings", this::embeddings);
        route("/v1/models", this::models);
        route("/api/2.0/serving-endpoints", exchange -> sendJson(exchange, JSON.readTree(
                "{\"endpoints\":[{\"name\":\"databricks-meta-llama-3-3-70b-instruct\",\"state\":{\"ready\":\"READY\"}}]}")));
        startServing();
    }

    private volatile List<String> models = List.of("test-model");
    private volatile String requiredKey;

    /** The model ids {@code GET /v1/models} lists (by default just "test-model"). */
    public OpenAiWireServer listing(String... modelIds) {
        models = List.of(modelIds);
        return this;
    }

    /** From now on {@code GET /v1/models} answers 401, as OpenAI does, unless the request carries this bearer key. */
    public OpenAiWireServer requireApiKey(String key) {
        requiredKey = key;
        return this;
    }

    private void models(HttpExchange http) throws IOException {
        String key = requiredKey;
        if (key != null && !("Bearer " + key).equals(http.getRequestHeaders().getFirst("Authorization"))) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("message", "Incorrect API key provided.").put("type", "invalid_request_error")
                    .put("code", "invalid_api_key");
            sendError(http, ScriptedReply.error(401, "Incorrect API key provided."), error);
            return;
        }
        ObjectNode list = JSON.createObjectNode().put("object", "list");
        var data = list.putArray("data");
        for (String id : models) data.addObject().put("id", id).put("object", "model").put("owned_by", "test");
        sendJson(http, list);
    }

    public static OpenAiWireServer start() {
        return new OpenAiWireServer();
    }

    /** Base URL as OpenAI clients expect it, ending in /v1. */
    @Override
    public String baseUrl() {
        return origin() + "/v1";
    }

    /** The workspace URL of a Databricks connection to this server (the gateway appends /serving-endpoints). */
    public String databricksHost() {
        return origin();
    }

    @Override
    public OpenAiWireServer enqueue(ScriptedReply reply) {
        super.enqueue(reply);
        return this;
    }

    @Override
    public OpenAiWireServer enqueueFor(String model, ScriptedReply reply) {
        super.enqueueFor(model, reply);
        return this;
    }

    /** Kept for tests written against the first version of this server; same factories as {@link ScriptedReply}. */
    public abstract static class Reply extends ScriptedReply {
        private Reply() {
            super(List.of(), 0, 0, -1, 200, "", Map.of());
        }
    }

    /** Bodies of the embedding requests received, in order. */
    public List<JsonNode> embeddingRequests() {
        synchronized (embeddingRequests) {
            return List.copyOf(embeddingRequests);
        }
    }

    private void embeddings(HttpExchange http) throws IOException {
        JsonNode request = JSON.readTree(http.getRequestBody().readAllBytes());
        embeddingRequests.add(request);
        List<String> inputs = new ArrayList<>();
        if (request.path("input").isTextual()) inputs.add(request.path("input").asText());
        request.path("input").forEach(i -> inputs.add(i.asText()));
        if (inputs.isEmpty()) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("message", "'input' is a required property").put("type", "invalid_request_error");
            sendError(http, ScriptedReply.error(400, "bad input"), error);
            return;
        }
        boolean base64 = "base64".equals(request.path("encoding_format").asText());
        ObjectNode root = JSON.createObjectNode().put("object", "list").put("model", request.path("model").asText());
        var data = root.putArray("data");
        int tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] vector = BagOfWordsEmbedding.of(inputs.get(i));
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            if (base64) {
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(vector.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                for (float v : vector) bytes.putFloat(v);
                item.put("embedding", java.util.Base64.getEncoder().encodeToString(bytes.array()));
            } else {
                var values = item.putArray("embedding");
                for (float v : vector) values.add(v);
            }
            tokens += estimateTokens(inputs.get(i));
        }
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        sendJson(http, root);
    }

    private void chatCompletions(HttpExchange http) throws IOException {
        Exchange exchange = accept(http);
        ScriptedReply reply = exchange.reply;
        if (reply.isError()) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("message", reply.errorMessage).put("type", reply.status == 429 ? "rate_limit_exceeded" : "error")
                    .put("code", String.valueOf(reply.status));
            sendError(http, reply, error);
            return;
        }
        JsonNode request = exchange.request;
        if (reply.isToolCalls()) {
            toolCalls(http, request, reply);
            return;
        }
        List<String> stops = new ArrayList<>();
        if (request.path("stop").isTextual()) stops.add(request.path("stop").asText());
        request.path("stop").forEach(s -> stops.add(s.asText()));
        JsonNode max = request.has("max_completion_tokens") ? request.path("max_completion_tokens") : request.path("max_tokens");
        Answer answer = exchange.answer(stops, max.isNumber() ? max.asInt() : null);
        String model = request.path("model").asText("test-model");
        int promptTokens = promptTokens(request);
        String finish = answer.ending() == Ending.LENGTH ? "length" : "stop";
        if (!request.path("stream").asBoolean(false)) {
            ObjectNode root = base(model).put("object", "chat.completion");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", finish);
            choice.putObject("message").put("role", "assistant").put("content", answer.text());
            root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", answer.tokens().size())
                    .put("total_tokens", promptTokens + answer.tokens().size());
            sendJson(http, root);
            return;
        }
        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.getResponseHeaders().add("Cache-Control", "no-cache");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        sleep(reply.firstDelayMillis);
        send(out, chunk(model, JSON.createObjectNode().put("role", "assistant").put("content", ""), null));
        for (int i = 0; i < answer.tokens().size(); i++) {
            if (reply.cutAfter >= 0 && i >= reply.cutAfter) {
                // Abort mid-stream: no finish chunk and no [DONE], as when a proxy drops the connection.
                throw new IOException("stream cut on purpose");
            }
            if (i > 0) sleep(reply.perTokenDelayMillis);
            send(out, chunk(model, JSON.createObjectNode().put("content", answer.tokens().get(i)), null));
        }
        send(out, chunk(model, JSON.createObjectNode(), finish));
        if (request.path("stream_options").path("include_usage").asBoolean(false)) {
            ObjectNode usage = base(model);
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", answer.tokens().size())
                    .put("total_tokens", promptTokens + answer.tokens().size());
            send(out, JSON.writeValueAsString(usage));
        }
        write(out, "data: [DONE]\n\n");
    }

    /**
     * The model asking for tools: plain JSON with {@code message.tool_calls}, or a stream whose deltas carry each call's
     * index, id and name first and then its arguments in pieces, ending with finish_reason "tool_calls".
     */
    private void toolCalls(HttpExchange http, JsonNode request, ScriptedReply reply) throws IOException {
        String model = request.path("model").asText("test-model");
        int promptTokens = promptTokens(request);
        if (!request.path("stream").asBoolean(false)) {
            ObjectNode root = base(model).put("object", "chat.completion");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "tool_calls");
            ObjectNode message = choice.putObject("message").put("role", "assistant").putNull("content");
            var calls = message.putArray("tool_calls");
            for (ScriptedReply.Call call : reply.calls) {
                ObjectNode entry = calls.addObject().put("id", call.id()).put("type", "function");
                entry.putObject("function").put("name", call.name()).put("arguments", call.arguments());
            }
            root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", 10).put("total_tokens", promptTokens + 10);
            sendJson(http, root);
            return;
        }
        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        send(out, chunk(model, JSON.createObjectNode().put("role", "assistant").putNull("content"), null));
        for (int i = 0; i < reply.calls.size(); i++) {
            ScriptedReply.Call call = reply.calls.get(i);
            ObjectNode first = JSON.createObjectNode();
            ObjectNode opening = first.putArray("tool_calls").addObject().put("index", i).put("id", call.id()).put("type", "function");
            opening.putObject("function").put("name", call.name()).put("arguments", "");
            send(out, chunk(model, first, null));
            for (String piece : ScriptedReply.pieces(call.arguments())) {
                ObjectNode delta = JSON.createObjectNode();
                delta.putArray("tool_calls").addObject().put("index", i).putObject("function").put("arguments", piece);
                send(out, chunk(model, delta, null));
            }
        }
        send(out, chunk(model, JSON.createObjectNode(), "tool_calls"));
        if (request.path("stream_options").path("include_usage").asBoolean(false)) {
            ObjectNode usage = base(model);
            usage.putArray("choices");
            usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", 10).put("total_tokens", promptTokens + 10);
            send(out, JSON.writeValueAsString(usage));
        }
        write(out, "data: [DONE]\n\n");
    }

    private void send(OutputStream out, String json) throws IOException {
        write(out, "data: " + json + "\n\n");
    }

    private static String chunk(String model, ObjectNode delta, String finish) throws IOException {
        ObjectNode root = base(model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).set("delta", delta);
        if (finish == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finish);
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode base(String model) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("created", 1_700_000_000L).put("model", model);
        return root;
    }

    private static int promptTokens(JsonNode request) {
        int tokens = 0;
        for (JsonNode message : request.path("messages")) tokens += estimateTokens(message.path("content").asText()) + 4;
        return tokens;
    }
}
