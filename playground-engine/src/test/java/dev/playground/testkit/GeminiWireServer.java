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
        ScriptedReply reply = exchange.reply;
        if (reply.isError()) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("code", reply.status).put("message", reply.errorMessage).put("status", status(reply.status));
            sendError(http, reply, error);
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
