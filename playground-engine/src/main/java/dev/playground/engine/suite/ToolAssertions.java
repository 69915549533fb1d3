package dev.playground.engine.suite;

import dev.playground.engine.metrics.ToolCallChecks;
import dev.playground.engine.trace.Trace;
import java.util.Map;

/**
 * Assertions on a run's tool calls, read from its trace:
 * <ul>
 *   <li>{@code tool-called} (value: a tool name): the model called that tool at least once;</li>
 *   <li>{@code tool-args} (value: {@code {tool: NAME, equals: {...}}} or {@code {tool: NAME, schema: {...}}}): some call
 *       of that tool had exactly those arguments (compared as JSON), or arguments that match the JSON Schema;</li>
 *   <li>{@code tool-steps} (value: N): the run took at most N model calls (with {@code threshold}, none: exactly N).</li>
 * </ul>
 * A cell run without tools has no trace: these assertions then fail and say so.
 */
final class ToolAssertions {
    static final java.util.Set<String> TYPES = java.util.Set.of("tool-called", "tool-args", "tool-steps");

    private ToolAssertions() {}

    static AssertionResult evaluate(SuiteAssertion a, Trace trace) {
        if (trace == null) return AssertionResult.of(a, false, 0, "the run made no tool calls (the prompt has no tools, or they were not offered)");
        return switch (a.type()) {
            case "tool-called" -> called(a, trace);
            case "tool-args" -> arguments(a, trace);
            case "tool-steps" -> steps(a, trace);
            default -> AssertionResult.notRun(a, a.type() + " is not run here");
        };
    }

    private static AssertionResult called(SuiteAssertion a, Trace trace) {
        String tool = a.valueText().strip();
        if (tool.isEmpty()) return AssertionResult.error(a, "tool-called needs the tool's name as its value");
        return of(a, ToolCallChecks.called(trace, tool));
    }

    private static AssertionResult arguments(SuiteAssertion a, Trace trace) {
        if (!(a.value() instanceof Map<?, ?> spec) || !(spec.get("tool") instanceof String tool)) {
            return AssertionResult.error(a, "tool-args needs a value like {tool: get_weather, equals: {city: Madrid}} or {tool: NAME, schema: {...}}");
        }
        return of(a, ToolCallChecks.arguments(trace, tool, spec.containsKey("equals") ? SuiteJson.tree(spec.get("equals")) : null,
                spec.containsKey("schema") ? SuiteJson.tree(spec.get("schema")) : null));
    }

    private static AssertionResult steps(SuiteAssertion a, Trace trace) {
        int limit;
        try {
            limit = Integer.parseInt(a.valueText().strip());
        } catch (NumberFormatException e) {
            return AssertionResult.error(a, "tool-steps needs a whole number of model calls as its value");
        }
        return of(a, ToolCallChecks.steps(trace, limit));
    }

    private static AssertionResult of(SuiteAssertion a, ToolCallChecks.Verdict verdict) {
        return AssertionResult.of(a, verdict.passed(), verdict.passed() ? 1 : 0, verdict.reason());
    }
}
