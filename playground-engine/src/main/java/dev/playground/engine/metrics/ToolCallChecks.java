package dev.playground.engine.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.util.List;

/**
 * Checks on a run's tool calls, read from its trace: the tool called, its arguments (equal as JSON, or matching a JSON
 * Schema), the number of model calls. One place for suites' tool assertions and Compare's tool metrics.
 */
public final class ToolCallChecks {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A check's outcome and why, in plain words. */
    public record Verdict(boolean passed, String reason) {}

    private ToolCallChecks() {}

    public static Verdict called(Trace trace, String tool) {
        List<String> names = trace.toolSpans().stream().map(Span::name).distinct().toList();
        return new Verdict(names.contains(tool), "called " + (names.isEmpty() ? "no tool" : String.join(", ", names)) + "; expected " + tool);
    }

    /** Some call of {@code tool} had exactly {@code equals} as arguments (when given), or arguments matching {@code schema}. */
    public static Verdict arguments(Trace trace, String tool, JsonNode equals, JsonNode schema) {
        List<Span> calls = trace.toolSpans().stream().filter(s -> s.name().equals(tool)).toList();
        if (calls.isEmpty()) return new Verdict(false, "the model never called " + tool);
        for (Span call : calls) {
            JsonNode arguments;
            try {
                arguments = JSON.readTree(call.input());
            } catch (Exception e) {
                continue;
            }
            if (equals != null && equals.equals(arguments)) return new Verdict(true, tool + " was called with " + call.input());
            if (schema != null && new JsonSchemaValidator(schema).validate(arguments).isEmpty()) {
                return new Verdict(true, tool + " was called with " + call.input() + ", which matches the schema");
            }
        }
        return new Verdict(false, tool + " was called with " + String.join(" and ", calls.stream().map(Span::input).toList())
                + (equals != null ? ", not " + equals : ", which does not match the schema"));
    }

    public static Verdict steps(Trace trace, int limit) {
        int steps = trace.steps();
        return new Verdict(steps <= limit, "took " + steps + " model call" + (steps == 1 ? "" : "s") + ", at most " + limit + " allowed");
    }
}
