package dev.playground.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback server that speaks Anthropic's Messages API: {@code POST /v1/messages} answered as an
 * SSE stream of named events (message_start, content_block_start, ping, content_block_delta,
 * content_block_stop, message_delta with stop_reason and usage, message_stop), errors as
 * {@code {"type":"error","error":{...}}}, and {@code GET /v1/models}.
 */
public final class AnthropicWireServer extends WireServer {
    private AnthropicWireServer() {
        route("/v1/messages", this::messages);
        route("/v1/models", exchange -> sendJson(exchange, JSON.readTree(
                "{\"data\":[{\"type\":\"model\",\"id\":\"claude-haiku-4-5\",\"display_name\":\"Claude Haiku 4.5\"}],\"has_more\":false}")));
        startServing();
    }

    public static AnthropicWireServer start() {
        return new AnthropicWireServer();
    }

    @Override
    public String baseUrl() {
        return origin() + "/v1";
    }

    @Override
    public AnthropicWireServer enqueue(ScriptedReply reply) {
        super.enqueue(reply);
        return this;
    }

    private void messages(HttpExchange http) throws IOException {
        Exchange exchange = accept(http);
        ScriptedReply reply = exchange.reply;
        if (reply.isError()) {
            ObjectNode error = JSON.createObjectNode().put("type", "error");
            error.putObject("error").put("type", errorType(reply.status)).put("message", reply.errorMessage);
            sendError(http, reply, error);
            return;
        }
        JsonNode request = exchange.request;
        if (reply.isToolCalls()) {
            toolUse(http, request, reply);
            return;
        }
        List<String> stops = new ArrayList<>();
        request.path("stop_sequences").forEach(s -> stops.add(s.asText()));
        Answer answer = exchange.answer(stops, request.path("max_tokens").isNumber() ? request.path("max_tokens").asInt() : null);
        String model = request.path("model").asText();
        int inputTokens = 0;
        for (JsonNode message : request.path("messages")) inputTokens += estimateTokens(contentText(message.path("content")));
        inputTokens += estimateTokens(contentText(request.path("system")));

        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        sleep(reply.firstDelayMillis);
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = start.putObject("message").put("id", "msg_test").put("type", "message").put("role", "assistant").put("model", model);
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", 1);
        event(out, "message_start", start);
        ObjectNode blockStart = JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        event(out, "content_block_start", blockStart);
        event(out, "ping", JSON.createObjectNode().put("type", "ping"));
        for (int i = 0; i < answer.tokens().size(); i++) {
            if (reply.cutAfter >= 0 && i >= reply.cutAfter) throw new IOException("stream cut on purpose");
            if (i > 0) sleep(reply.perTokenDelayMillis);
            ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", answer.tokens().get(i));
            event(out, "content_block_delta", delta);
        }
        event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
        ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
        ObjectNode endDelta = end.putObject("delta").put("stop_reason", switch (answer.ending()) {
            case END -> "end_turn";
            case STOP_SEQUENCE -> "stop_sequence";
            case LENGTH -> "max_tokens";
        });
        if (answer.stopSequence() == null) endDelta.putNull("stop_sequence");
        else endDelta.put("stop_sequence", answer.stopSequence());
        end.putObject("usage").put("output_tokens", answer.tokens().size());
        event(out, "message_delta", end);
        event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
    }

    /**
     * The model asking for tools: one tool_use content block per call (opened with its id and name and an empty input,
     * then input_json_delta pieces), and a message_delta with stop_reason "tool_use".
     */
    private void toolUse(HttpExchange http, JsonNode request, ScriptedReply reply) throws IOException {
        http.getResponseHeaders().add("Content-Type", "text/event-stream");
        http.sendResponseHeaders(200, 0);
        OutputStream out = http.getResponseBody();
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = start.putObject("message").put("id", "msg_tools").put("type", "message").put("role", "assistant")
                .put("model", request.path("model").asText());
        message.putArray("content");
        message.putNull("stop_reason").putNull("stop_sequence");
        message.putObject("usage").put("input_tokens", 40).put("output_tokens", 1);
        event(out, "message_start", start);
        for (int i = 0; i < reply.calls.size(); i++) {
            ScriptedReply.Call call = reply.calls.get(i);
            ObjectNode blockStart = JSON.createObjectNode().put("type", "content_block_start").put("index", i);
            ObjectNode block = blockStart.putObject("content_block").put("type", "tool_use").put("id", call.id()).put("name", call.name());
            block.putObject("input");
            event(out, "content_block_start", blockStart);
            for (String piece : ScriptedReply.pieces(call.arguments())) {
                ObjectNode delta = JSON.createObjectNode().put("type", "content_block_delta").put("index", i);
                delta.putObject("delta").put("type", "input_json_delta").put("partial_json", piece);
                event(out, "content_block_delta", delta);
            }
            event(out, "content_block_stop", JSON.createObjectNode().put("type", "content_block_stop").put("index", i));
        }
        ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", "tool_use").putNull("stop_sequence");
        end.putObject("usage").put("output_tokens", 12);
        event(out, "message_delta", end);
        event(out, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
    }

    private void event(OutputStream out, String name, ObjectNode data) throws IOException {
        write(out, "event: " + name + "\ndata: " + JSON.writeValueAsString(data) + "\n\n");
    }

    private static String contentText(JsonNode content) {
        if (content.isTextual()) return content.asText();
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) text.append(block.path("text").asText()).append(' ');
        return text.toString();
    }

    private static String errorType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529, 503 -> "overloaded_error";
            case 400 -> "invalid_request_error";
            default -> "api_error";
        };
    }
}
