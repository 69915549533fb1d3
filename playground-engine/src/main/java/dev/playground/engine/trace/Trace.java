package dev.playground.engine.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run with tools as a trace (the idea of MLflow tracing): its spans in the order they started, with the whole
 * run's timing, tokens and cost. {@code outcome} says how the loop ended ({@code ToolRun.Outcome} names).
 */
public record Trace(String id, String promptName, Instant startedAt, Duration duration, String outcome, List<Span> spans) {
    public Trace {
        Objects.requireNonNull(id, "id");
        promptName = promptName == null ? "" : promptName;
        outcome = outcome == null ? "" : outcome;
        spans = List.copyOf(spans);
    }

    /** Model calls made (what a suite's step count checks). */
    public int steps() {
        return (int) spans.stream().filter(s -> s.kind() == Span.Kind.MODEL).count();
    }

    /** The run-log ids of its model calls, in order (empty for traces kept before the link existed). */
    public List<String> runIds() {
        return spans.stream().map(Span::runId).filter(id -> !id.isEmpty()).toList();
    }

    public List<Span> toolSpans() {
        return spans.stream().filter(s -> s.kind() == Span.Kind.TOOL).toList();
    }

    public int inputTokens() {
        return spans.stream().mapToInt(Span::inputTokens).sum();
    }

    public int outputTokens() {
        return spans.stream().mapToInt(Span::outputTokens).sum();
    }

    /** The cost of every priced model call, or null when none had a price. */
    public Double costUsd() {
        return spans.stream().map(Span::costUsd).filter(Objects::nonNull).reduce(Double::sum).orElse(null);
    }
}
