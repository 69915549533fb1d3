package dev.playground.engine.model;

import java.util.List;
import java.util.Optional;

/** The tools a prompt version offers the model, and whether (or which) it must call. Empty: a text-only prompt. */
public record ToolSet(List<ToolDefinition> tools, ToolChoice choice) {
    public static final ToolSet EMPTY = new ToolSet(List.of(), ToolChoice.AUTO);

    public ToolSet {
        tools = tools == null ? List.of() : List.copyOf(tools);
        choice = choice == null ? ToolChoice.AUTO : choice;
    }

    public static ToolSet of(ToolDefinition... tools) {
        return new ToolSet(List.of(tools), ToolChoice.AUTO);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return tools.isEmpty();
    }

    public Optional<ToolDefinition> find(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public ToolSet withChoice(ToolChoice newChoice) {
        return new ToolSet(tools, newChoice);
    }

    /** These tools plus {@code more} (say, an MCP server's); a tool already here keeps its own definition. */
    public ToolSet plus(List<ToolDefinition> more) {
        List<ToolDefinition> all = new java.util.ArrayList<>(tools);
        for (ToolDefinition tool : more) if (find(tool.name()).isEmpty()) all.add(tool);
        return new ToolSet(all, choice);
    }
}
