package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * A loopback server that speaks the OpenAI chat-completions wire format: plain JSON answers and
 * SSE streams ({@code data: {...}} chunks, a usage chunk when asked, {@code data: [DONE]}).
 * Tests queue {@link Reply scripted replies}, including failures; with none queued it streams
 * {@link #DEFAULT_ANSWER}. Every request is recorded for assertions.
 */
public final class OpenAiWireServer implements AutoCloseable {
    public static final String DEFAULT_ANSWER = "Hello from the test server.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final Map<String, ConcurrentLinkedQueue<Reply>> scriptByModel = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    private OpenAiWireServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::chatCompletions);
        server.createContext("/v1/models", this::models);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static OpenAiWireServer start() {
        try {
            return new OpenAiWireServer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test server", e);
        }
    }

    /** Base URL as clients expect it, ending in /v1. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public OpenAiWireServer enqueue(Reply reply) {
        script.add(reply);
        return this;
    }

    /**
     * Queues a reply for the next request naming {@code model}; such replies go before the shared
     * queue. For concurrent callers (comparisons, judges) whose order of arrival is not fixed.
     */
    public OpenAiWireServer enqueueFor(String model, Reply reply) {
        scriptByModel.computeIfAbsent(model, m -> new ConcurrentLinkedQueue<>()).add(reply);
        return this;
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) throw new AssertionError("The test server received no request");
        return all.get(all.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void models(HttpExchange exchange) throws IOException {
        byte[] body = "{\"object\":\"list\",\"data\":[{\"id\":\"test-model\",\"object\":\"model\",\"owned_by\":\"test\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void chatCompletions(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = JSON.readTree(raw.isEmpty() ? "{}" : raw);
            requests.add(new RecordedRequest(body, exchange.getRequestHeaders().getFirst("Authorization")));
            ConcurrentLinkedQueue<Reply> forModel = scriptByModel.get(body.path("model").asText());
            Reply reply = forModel == null ? null : forModel.poll();
            if (reply == null) reply = script.poll();
            if (reply == null) reply = Reply.stream(DEFAULT_ANSWER.split("(?<= )"));
            reply.writeTo(exchange, body);
        }
    }

    /** What a client sent: the JSON body and its Authorization header. */
    public record RecordedRequest(JsonNode body, String authorization) {
        public String model() {
            return body.path("model").asText();
        }

        public boolean streaming() {
            return body.path("stream").asBoolean(false);
        }
    }

    /** A scripted answer for one request. */
    public abstract static class Reply {
        abstract void writeTo(HttpExchange exchange, JsonNode request) throws IOException;

        /** Streams (or, for non-streaming requests, returns) these pieces as the answer. */
        public static Reply stream(String... tokens) {
            return new TokenReply(List.of(tokens), 0, 0, -1, "stop");
        }

        public static Reply streamWithDelays(long firstTokenDelayMillis, long perTokenDelayMillis, String... tokens) {
            return new TokenReply(List.of(tokens), firstTokenDelayMillis, perTokenDelayMillis, -1, "stop");
        }

        /** Sends the first {@code tokens} pieces, then drops the connection without [DONE]. */
        public static Reply cutAfter(int tokens, String... pieces) {
            return new TokenReply(List.of(pieces), 0, 0, tokens, "stop");
        }

        public static Reply error(int status, String message) {
            return new ErrorReply(status, message, Map.of());
        }

        public static Reply rateLimited(int retryAfterSeconds) {
            return new ErrorReply(429, "Rate limit reached. Please retry.", Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
        }
    }

    private static final class ErrorReply extends Reply {
        private final int status;
        private final String message;
        private final Map<String, String> headers;

        ErrorReply(int status, String message, Map<String, String> headers) {
            this.status = status;
            this.message = message;
            this.headers = headers;
        }

        @Override
        void writeTo(HttpExchange exchange, JsonNode request) throws IOException {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("message", message).put("type", status == 429 ? "rate_limit_exceeded" : "error")
                    .put("code", String.valueOf(status));
            byte[] bytes = JSON.writeValueAsBytes(error);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static final class TokenReply extends Reply {
        private final List<String> tokens;
        private final long firstDelay;
        private final long perTokenDelay;
        private final int cutAfter;
        private final String finishReason;

        TokenReply(List<String> tokens, long firstDelay, long perTokenDelay, int cutAfter, String finishReason) {
            this.tokens = tokens;
            this.firstDelay = firstDelay;
            this.perTokenDelay = perTokenDelay;
            this.cutAfter = cutAfter;
            this.finishReason = finishReason;
        }

        @Override
        void writeTo(HttpExchange exchange, JsonNode request) throws IOException {
            String model = request.path("model").asText("test-model");
            int promptTokens = estimatePromptTokens(request);
            if (!request.path("stream").asBoolean(false)) {
                writeJson(exchange, model, promptTokens);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().add("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            sleep(firstDelay);
            send(out, chunk(model, JSON.createObjectNode().put("role", "assistant").put("content", ""), null));
            for (int i = 0; i < tokens.size(); i++) {
                if (cutAfter >= 0 && i >= cutAfter) {
                    // Abort mid-stream: no finish chunk and no [DONE], as when a proxy drops the connection.
                    out.flush();
                    throw new IOException("stream cut on purpose");
                }
                if (i > 0) sleep(perTokenDelay);
                send(out, chunk(model, JSON.createObjectNode().put("content", tokens.get(i)), null));
            }
            send(out, chunk(model, JSON.createObjectNode(), finishReason));
            if (request.path("stream_options").path("include_usage").asBoolean(false)) {
                ObjectNode usage = base(model);
                usage.putArray("choices");
                usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", tokens.size())
                        .put("total_tokens", promptTokens + tokens.size());
                send(out, JSON.writeValueAsString(usage));
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        private void writeJson(HttpExchange exchange, String model, int promptTokens) throws IOException {
            ObjectNode root = base(model);
            root.put("object", "chat.completion");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", finishReason);
            choice.putObject("message").put("role", "assistant").put("content", String.join("", tokens));
            root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", tokens.size())
                    .put("total_tokens", promptTokens + tokens.size());
            byte[] bytes = JSON.writeValueAsBytes(root);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
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

        private static void send(OutputStream out, String json) throws IOException {
            out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        private static int estimatePromptTokens(JsonNode request) {
            int words = 0;
            for (JsonNode message : request.path("messages")) {
                words += message.path("content").asText().split("\\s+").length + 4;
            }
            return words;
        }

        private static void sleep(long millis) {
            if (millis <= 0) return;
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
