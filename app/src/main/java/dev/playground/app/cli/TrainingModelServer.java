package dev.playground.app.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A model for the start-up cache's training run ({@link StartupTraining}) to evaluate against: a server on a loopback
 * port that answers every chat-completions request, streamed as OpenAI-compatible servers do, with one short answer.
 * Training an evaluation against it puts the classes of a model call (HTTP client, streaming, the provider's JSON) in
 * the cache; nothing leaves the machine.
 */
final class TrainingModelServer implements AutoCloseable {
    private static final String[] EVENTS = {
        "{\"id\":\"training\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"training\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hello from training.\"},\"finish_reason\":null}]}",
        "{\"id\":\"training\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"training\","
                + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":4,\"total_tokens\":16}}",
        "[DONE]"};

    private final HttpServer server;

    TrainingModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The address a provider's {@code apiBaseUrl} takes. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            StringBuilder body = new StringBuilder();
            for (String event : EVENTS) body.append("data: ").append(event).append("\n\n");
            byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
