package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared machinery of the loopback servers that speak a provider's real wire format: a queue of
 * {@link ScriptedReply scripted replies} (default: stream {@link #DEFAULT_ANSWER}), a record of every
 * request, stop-sequence and max-token handling as real servers do, and a count of streams the
 * client hung up on (to prove cancel closes the connection).
 */
public abstract class WireServer implements AutoCloseable {
    public static final String DEFAULT_ANSWER = "Hello from the test server.";
    protected static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Send each streamed chunk at once: with Nagle on, a chunk written right after another waits
        // for the client's delayed ACK (about 40 ms), which is not how real providers behave.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ScriptedReply> script = new ConcurrentLinkedQueue<>();
    private final Map<String, ConcurrentLinkedQueue<ScriptedReply>> scriptByModel = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger streamsAbandonedByClient = new AtomicInteger();
    private final Object arrivals = new Object();

    protected WireServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test server", e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** Registers a route and starts serving; subclasses call this from their constructor. */
    protected final void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    protected final void startServing() {
        server.start();
    }

    protected final String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The base URL a connection to this server uses. */
    public abstract String baseUrl();

    private volatile java.util.function.Function<JsonNode, ScriptedReply> responder;

    /**
     * Answers every request no scripted reply is queued for with what {@code answer} makes of its body (the default
     * answer when it returns null): for concurrent callers whose replies depend on what they send.
     */
    public WireServer respondWith(java.util.function.Function<JsonNode, ScriptedReply> answer) {
        responder = answer;
        return this;
    }

    public WireServer enqueue(ScriptedReply reply) {
        script.add(reply);
        return this;
    }

    /**
     * Queues a reply for the next request naming {@code model}; such replies go before the shared
     * queue. For concurrent callers (comparisons, judges) whose order of arrival is not fixed.
     */
    public WireServer enqueueFor(String model, ScriptedReply reply) {
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

    /**
     * Waits until at least {@code count} requests have arrived (recorded before any reply is sent), for tests that
     * must act while a call is under way; false if they did not arrive within {@code timeout} (a safety net).
     */
    public boolean awaitRequests(int count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrivals) {
            while (requests.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                arrivals.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Streams whose client closed the connection while the server was still sending. */
    public int streamsAbandonedByClient() {
        return streamsAbandonedByClient.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Reads and records a request, and takes the next scripted reply. */
    protected final Exchange accept(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = JSON.readTree(raw.isEmpty() ? "{}" : raw);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        requests.add(new RecordedRequest(body, headers.get("authorization"), path, query, Map.copyOf(headers)));
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
        ConcurrentLinkedQueue<ScriptedReply> forModel = scriptByModel.get(modelOf(body, path));
        ScriptedReply reply = forModel == null ? null : forModel.poll();
        if (reply == null) reply = script.poll();
        var answer = responder;
        if (reply == null && answer != null) reply = answer.apply(body);
        return new Exchange(exchange, body, reply == null ? ScriptedReply.stream(DEFAULT_ANSWER.split("(?<= )")) : reply);
    }

    /** The model a request names: in the body for most protocols, in the path for Gemini. */
    private static String modelOf(JsonNode body, String path) {
        if (body.hasNonNull("model")) return body.path("model").asText();
        int models = path.indexOf("/models/");
        if (models < 0) return "";
        String rest = path.substring(models + "/models/".length());
        int colon = rest.indexOf(':');
        return colon < 0 ? rest : rest.substring(0, colon);
    }

    /** Sends a JSON error body with the reply's status and headers. */
    protected static void sendError(HttpExchange exchange, ScriptedReply reply, JsonNode errorBody) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(errorBody);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    protected static void sendJson(HttpExchange exchange, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Writes one piece of a stream; a write failure here means the client hung up. */
    protected final void write(OutputStream out, String text) throws IOException {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            streamsAbandonedByClient.incrementAndGet();
            throw e;
        }
    }

    protected static void sleep(long millis) {
        if (millis <= 0) return;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected static int estimateTokens(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    /** A request being answered: the scripted reply already shaped by the request's stop sequences and token limit. */
    protected static final class Exchange {
        public final HttpExchange http;
        public final JsonNode request;
        public final ScriptedReply reply;

        Exchange(HttpExchange http, JsonNode request, ScriptedReply reply) {
            this.http = http;
            this.request = request;
            this.reply = reply;
        }

        /** The tokens to send and why the answer ends, honouring stop sequences and max tokens as real servers do. */
        public Answer answer(List<String> stopSequences, Integer maxTokens) {
            List<String> out = new ArrayList<>();
            StringBuilder sent = new StringBuilder();
            for (String token : reply.tokens) {
                if (maxTokens != null && out.size() >= maxTokens) return new Answer(out, Ending.LENGTH, null);
                String candidate = sent + token;
                for (String stop : stopSequences) {
                    int at = candidate.indexOf(stop);
                    if (at >= 0) {
                        String before = candidate.substring(sent.length(), Math.max(sent.length(), at));
                        if (!before.isEmpty()) out.add(before);
                        return new Answer(out, Ending.STOP_SEQUENCE, stop);
                    }
                }
                out.add(token);
                sent.append(token);
            }
            return new Answer(out, Ending.END, null);
        }
    }

    public enum Ending { END, STOP_SEQUENCE, LENGTH }

    public record Answer(List<String> tokens, Ending ending, String stopSequence) {
        public String text() {
            return String.join("", tokens);
        }
    }

    /** What a client sent: the JSON body, its Authorization header, path, query and all headers (lower-case names). */
    public record RecordedRequest(JsonNode body, String authorization, String path, String query, Map<String, String> headers) {
        public String model() {
            return body.path("model").asText();
        }

        public boolean streaming() {
            return body.path("stream").asBoolean(false);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    @FunctionalInterface
    protected interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
