package dev.playground.engine.model;

import java.util.List;

/**
 * A message exactly as it will be sent: all variables filled in. An assistant message may carry the tool calls the
 * model asked for; a message carrying {@code toolResults} answers them (its role is {@link Role#USER}, and each
 * provider adapter sends the results in its own wire shape: OpenAI "tool" messages, Anthropic tool_result blocks...).
 */
public record RenderedMessage(Role role, String text, List<ToolCall> toolCalls, List<ToolResult> toolResults) {
    public RenderedMessage {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        toolResults = toolResults == null ? List.of() : List.copyOf(toolResults);
    }

    public RenderedMessage(Role role, String text) {
        this(role, text, List.of(), List.of());
    }

    /** The model's turn that asked for {@code calls} (with whatever text came along). */
    public static RenderedMessage toolCalls(String text, List<ToolCall> calls) {
        return new RenderedMessage(Role.ASSISTANT, text, calls, List.of());
    }

    /** The answers to a turn's tool calls. */
    public static RenderedMessage toolResults(List<ToolResult> results) {
        return new RenderedMessage(Role.USER, "", List.of(), results);
    }

    /** The same message with other text (tool calls and results kept). */
    public RenderedMessage withText(String newText) {
        return new RenderedMessage(role, newText, toolCalls, toolResults);
    }

    public boolean hasToolParts() {
        return !toolCalls.isEmpty() || !toolResults.isEmpty();
    }
}
