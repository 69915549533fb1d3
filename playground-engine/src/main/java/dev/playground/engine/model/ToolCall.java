package dev.playground.engine.model;

/**
 * The model asking for one tool: the provider's id for the call (tool results refer to it), the tool's name and its
 * arguments as JSON text, exactly as the model wrote them (they may not be valid JSON).
 */
public record ToolCall(String id, String name, String arguments) {
    public ToolCall {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
