package dev.playground.engine.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;

/**
 * Compare's checks on a sample's tool calls, the same as suites' tool assertions: {@code tool-called:NAME},
 * {@code tool-args:NAME=JSON} (some call of the tool had exactly these arguments) and {@code tool-steps<=N} (at most N
 * model calls). A sample without tools has no trace: the metric fails and says so.
 */
public final class ToolCallMetric implements Metric {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Function<dev.playground.engine.trace.Trace, ToolCallChecks.Verdict> check;

    private ToolCallMetric(String name, Function<dev.playground.engine.trace.Trace, ToolCallChecks.Verdict> check) {
        this.name = name;
        this.check = check;
    }

    public static ToolCallMetric called(String tool) {
        if (tool.isBlank()) throw new IllegalArgumentException("tool-called: give the tool's name, e.g. tool-called:get_weather");
        return new ToolCallMetric("tool-called:" + tool.strip(), trace -> ToolCallChecks.called(trace, tool.strip()));
    }

    /** {@code spec} is {@code NAME=JSON}, e.g. {@code get_time={"zone":"UTC"}}. */
    public static ToolCallMetric arguments(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("tool-args: give NAME=JSON, e.g. tool-args:get_time={\"zone\":\"UTC\"}");
        String tool = spec.substring(0, eq).strip();
        JsonNode equals;
        try {
            equals = JSON.readTree(spec.substring(eq + 1));
        } catch (Exception e) {
            throw new IllegalArgumentException("tool-args: the arguments after '=' are not JSON: " + spec.substring(eq + 1));
        }
        return new ToolCallMetric("tool-args:" + spec.strip(), trace -> ToolCallChecks.arguments(trace, tool, equals, null));
    }

    public static ToolCallMetric steps(int limit) {
        return new ToolCallMetric("tool-steps<=" + limit, trace -> ToolCallChecks.steps(trace, limit));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Score evaluate(MetricInput input) {
        if (input.trace() == null) return Score.ofPass(name, false, "the sample made no tool calls (the prompt has no tools)");
        ToolCallChecks.Verdict verdict = check.apply(input.trace());
        return Score.ofPass(name, verdict.passed(), verdict.reason());
    }
}
