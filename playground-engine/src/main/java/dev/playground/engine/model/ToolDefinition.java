package dev.playground.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A function the model may ask for: its name, what it does (the model reads this), the JSON Schema of its arguments
 * (kept as compact JSON text, as the response format is) and the answers saved for it ({@code mocks}), which the tool
 * loop can give instead of running anything. The schema is checked by {@code engine.tool.ToolCheck}.
 */
public record ToolDefinition(String name, String description, String parameters, List<String> mocks) {
    /** The schema of a tool that takes no arguments. */
    public static final String NO_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";

    public ToolDefinition {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        parameters = parameters == null || parameters.isBlank() ? NO_PARAMETERS : parameters.strip();
        mocks = mocks == null ? List.of() : List.copyOf(mocks);
    }

    public ToolDefinition(String name, String description, String parameters) {
        this(name, description, parameters, List.of());
    }

    /** The first saved answer, or empty when none is saved. */
    public java.util.Optional<String> mock() {
        return mocks.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(mocks.get(0));
    }

    public ToolDefinition withMocks(List<String> answers) {
        return new ToolDefinition(name, description, parameters, answers);
    }

    public boolean sameDefinition(ToolDefinition other) {
        return other != null && name.equals(other.name) && description.equals(other.description) && Objects.equals(parameters, other.parameters);
    }
}
