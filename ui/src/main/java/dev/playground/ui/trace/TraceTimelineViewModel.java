package dev.playground.ui.trace;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A trace as a timeline: one row per span (model calls, tool calls and their results) placed on the run's time
 * axis, a summary of timing, tokens and cost, the selected span's details, and the trace exported as JSON.
 */
public final class TraceTimelineViewModel {
    /**
     * One span on the axis: {@code from} and {@code width} are fractions of the whole run (0..1); {@code label} names
     * it and {@code timing} says when it started and how long it took.
     */
    public record Row(Span span, double from, double width, String label, String timing) {}

    private final TaskExecutor executor;
    private I18n i18n;
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public TraceTimelineViewModel(TaskExecutor executor, I18n i18n) {
        this.executor = executor;
        this.i18n = i18n;
        selected.addListener((obs, old, now) -> details.set(now == null ? "" : details(now.span())));
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        show(trace.get());
    }

    /** Shows {@code shown} (null clears); the first span is selected. */
    public void show(Trace shown) {
        trace.set(shown);
        status.set("");
        if (shown == null) {
            rows.clear();
            summary.set("");
            selected.set(null);
            return;
        }
        double total = Math.max(1, shown.duration().toNanos());
        for (Span span : shown.spans()) total = Math.max(total, offset(shown, span).plus(span.duration()).toNanos());
        List<Row> made = new ArrayList<>();
        for (Span span : shown.spans()) {
            double from = Math.max(0, offset(shown, span).toNanos()) / total;
            made.add(new Row(span, from, Math.min(1 - from, span.duration().toNanos() / total), label(span),
                    i18n.text("trace.timing", time(offset(shown, span)), time(span.duration()))));
        }
        rows.setAll(made);
        summary.set(summary(shown));
        selected.set(made.isEmpty() ? null : made.get(0));
    }

    public void clear() {
        show(null);
    }

    /** Writes the trace as JSON (the same form as {@code playground trace export}) to {@code file}. */
    public CompletableFuture<Void> export(Path file) {
        Trace shown = trace.get();
        if (shown == null) return CompletableFuture.completedFuture(null);
        return executor.run(() -> {
            try {
                Files.writeString(file, TraceJson.write(shown), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((done, failure) -> UiThread.run(() -> status.set(failure == null
                ? i18n.text("trace.export.done", file.getFileName().toString())
                : i18n.text("trace.export.failed", file.toString()))));
    }

    private static Duration offset(Trace trace, Span span) {
        return Duration.between(trace.startedAt(), span.start());
    }

    private String label(Span span) {
        return span.kind() == Span.Kind.MODEL ? i18n.text("trace.span.model", span.step(), span.name())
                : i18n.text("trace.span.tool", span.name());
    }

    private String summary(Trace shown) {
        return i18n.text("trace.summary", shown.steps(), shown.toolSpans().size(), time(shown.duration())) + " · "
                + i18n.text("trace.summary.tokens", shown.inputTokens(), shown.outputTokens(), cost(shown.costUsd()));
    }

    private String details(Span span) {
        List<String> lines = new ArrayList<>();
        Trace shown = trace.get();
        lines.add(label(span) + (span.failed() ? " — " + i18n.text("trace.failed") : ""));
        lines.add(i18n.text("trace.detail.when", time(offset(shown, span)), time(span.duration())));
        if (span.kind() == Span.Kind.MODEL) {
            lines.add(i18n.text("trace.detail.tokens", span.inputTokens(), span.outputTokens(), cost(span.costUsd())));
            if (!span.source().isEmpty()) lines.add(i18n.text("trace.detail.connection", span.source()));
            if (!span.runId().isEmpty()) lines.add(i18n.text("trace.detail.run", span.runId()));
            if (!span.output().isEmpty()) lines.add(i18n.text("trace.detail.output", span.output()));
        } else {
            lines.add(i18n.text("trace.detail.source", source(span.source())));
            lines.add(i18n.text("trace.detail.arguments", span.input()));
            lines.add(i18n.text("trace.detail.answer", span.output()));
        }
        if (span.failed()) lines.add(i18n.text("trace.detail.error", span.error()));
        return String.join("\n", lines);
    }

    private String source(String source) {
        if (source.startsWith("mcp:")) return i18n.text("trace.source.mcp", source.substring(4));
        return switch (source) {
            case "mock" -> i18n.text("trace.source.mock");
            case "person" -> i18n.text("trace.source.person");
            case "refused" -> i18n.text("trace.source.refused");
            default -> source.isEmpty() ? "—" : source;
        };
    }

    private String time(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        return millis < 1000 ? i18n.text("trace.ms", millis) : i18n.text("trace.seconds", millis / 1000.0);
    }

    private String cost(Double usd) {
        return usd == null ? i18n.text("trace.cost.none") : i18n.text("trace.cost", usd);
    }

    public ReadOnlyObjectProperty<Trace> traceProperty() { return trace.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
