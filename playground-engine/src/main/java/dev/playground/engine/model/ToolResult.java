package dev.playground.engine.model;

/** The answer given to one {@link ToolCall}: the call's id, the tool's name, and the text sent back to the model. */
public record ToolResult(String callId, String name, String text) {
    public ToolResult {
        callId = callId == null ? "" : callId;
        name = name == null ? "" : name;
        text = text == null ? "" : text;
    }
}
