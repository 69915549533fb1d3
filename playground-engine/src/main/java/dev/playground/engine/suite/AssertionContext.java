package dev.playground.engine.suite;

import dev.playground.engine.dataset.DatasetRow;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an assertion may look at for one cell: the output, the row (its expectations), the variable values as text,
 * the question (the last user message sent), the retrieved context, and the call's latency (of the call that made
 * the answer, when it came from the cache), cost in US dollars and finish reason (null when unknown), and the trace
 * of a run with tools (null without tools).
 */
public record AssertionContext(String output, DatasetRow row, Map<String, String> vars, String question, String context,
                               Duration latency, Double costUsd, String finishReason, dev.playground.engine.trace.Trace trace) {
    /** A cell without tools (no trace). */
    public AssertionContext(String output, DatasetRow row, Map<String, String> vars, String question, String context,
                            Duration latency, Double costUsd, String finishReason) {
        this(output, row, vars, question, context, latency, costUsd, finishReason, null);
    }

    /** The same cell with the trace of its run with tools. */
    public AssertionContext withTrace(dev.playground.engine.trace.Trace runTrace) {
        return new AssertionContext(output, row, vars, question, context, latency, costUsd, finishReason, runTrace);
    }

    public AssertionContext {
        output = output == null ? "" : output;
        row = row == null ? DatasetRow.of(Map.of()) : row;
        vars = vars == null ? Map.of() : Map.copyOf(vars);
        question = question == null ? "" : question;
        context = context == null || context.isBlank() ? vars.getOrDefault("context", "") : context;
    }

    /** A context with only an output and a row, for checks that need no call (tests, the labs' text checks). */
    public static AssertionContext of(String output, DatasetRow row) {
        return new AssertionContext(output, row, Map.of(), "", "", null, null, null);
    }

    /** The expected answer the row gives: its expected response, else its expected facts one per line. */
    String expected() {
        if (row.expectedResponse() != null && !row.expectedResponse().isBlank()) return row.expectedResponse();
        List<String> facts = row.expectedFacts();
        return facts.isEmpty() ? "" : "- " + String.join("\n- ", facts);
    }
}
