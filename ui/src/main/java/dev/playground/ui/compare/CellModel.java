package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellFeedback.Thumb;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.SampleResult;
import dev.playground.engine.metrics.Score;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ToolCallLines;
import dev.playground.ui.guard.GuardLine;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One cell's state for the view: the first sample's text as it streams (coalesced per frame),
 * the figures and scores when it ends, its tool calls (a prompt with tools), an inline error, and the person's feedback.
 */
public final class CellModel {
    public enum State { IDLE, RUNNING, DONE, FAILED }

    private final CellKey key;
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper spread = new ReadOnlyStringWrapper(this, "spread", "");
    private final ReadOnlyStringWrapper guard = new ReadOnlyStringWrapper(this, "guard", "");
    private final ReadOnlyStringWrapper toolCalls = new ReadOnlyStringWrapper(this, "toolCalls", "");
    private final ReadOnlyStringWrapper toolDetails = new ReadOnlyStringWrapper(this, "toolDetails", "");
    private final ObservableList<Score> scores = FXCollections.observableArrayList();
    private final ObjectProperty<Thumb> thumb = new SimpleObjectProperty<>(this, "thumb", Thumb.NONE);
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(this, "rating", null);
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StreamPump pump;
    private final StringBuilder pending = new StringBuilder();
    private boolean queued;
    private CellResult result;
    private boolean loadingFeedback;

    CellModel(CellKey key, StreamPump pump, Consumer<CellFeedback> onFeedback) {
        this.key = key;
        this.pump = pump;
        thumb.addListener((obs, old, now) -> feedbackChanged(onFeedback));
        rating.addListener((obs, old, now) -> feedbackChanged(onFeedback));
        comment.addListener((obs, old, now) -> feedbackChanged(onFeedback));
    }

    private void feedbackChanged(Consumer<CellFeedback> onFeedback) {
        if (!loadingFeedback) onFeedback.accept(feedback());
    }

    /** On the FX thread. */
    void started() {
        dropPending();
        output.set("");
        stats.set("");
        error.set("");
        guard.set("");
        toolCalls.set("");
        toolDetails.set("");
        spread.set("");
        scores.clear();
        result = null;
        state.set(State.RUNNING);
    }

    /** On the FX thread: the cell was not run, for a reason said in the window's words (no figures: nothing happened). */
    void refused(String why) {
        started();
        error.set(why);
        state.set(State.FAILED);
    }

    /** From any thread: the text waits until the pump's next frame. */
    void token(String text) {
        synchronized (pending) {
            pending.append(text);
            if (queued) return;
            queued = true;
        }
        pump.offer(this);
    }

    /** On the FX thread, from the pump: shows the text that arrived since the last frame. */
    void flushPending() {
        String chunk;
        synchronized (pending) {
            queued = false;
            if (pending.isEmpty()) return;
            chunk = pending.toString();
            pending.setLength(0);
        }
        output.set(output.get() + chunk);
    }

    private void dropPending() {
        synchronized (pending) {
            pending.setLength(0);
        }
    }

    /** On the FX thread. */
    void finished(CellResult cell, I18n i18n) {
        dropPending(); // the result's text is complete

        result = cell;
        SampleResult first = cell.first().orElse(null);
        if (first == null) return;
        output.set(first.output());
        // Figures only for a call that happened: a cell that failed before any model call shows just why.
        boolean called = first.latency() != null || first.timeToFirstToken() != null || first.usage().inputTokens() > 0 || first.usage().outputTokens() > 0;
        stats.set(called ? describe(first, i18n) : "");
        guard.set(GuardLine.of(first.output(), i18n));
        toolCalls.set(ToolCallLines.compact(first.toolCalls(), i18n));
        toolDetails.set(ToolCallLines.details(first.toolCalls(), i18n));
        error.set(cell.samples().stream().filter(SampleResult::failed).map(SampleResult::error).findFirst().orElse(""));
        scores.setAll(first.scores());
        spread.set(cell.samples().size() > 1 ? describeSpread(cell, i18n) : "");
        state.set(cell.anyFailed() ? State.FAILED : State.DONE);
    }

    void loadFeedback(CellFeedback feedback) {
        loadingFeedback = true;
        try {
            thumb.set(feedback.thumb());
            rating.set(feedback.rating());
            comment.set(feedback.comment());
        } finally {
            loadingFeedback = false;
        }
    }

    public CellFeedback feedback() {
        return new CellFeedback(key, thumb.get(), rating.get(), comment.get());
    }

    static String describe(SampleResult sample, I18n i18n) {
        String cost = sample.costUsd() == null ? i18n.text("compare.cost.unknown") : "$" + i18n.number(sample.costUsd(), 6, 6);
        String line = i18n.text("compare.stats", millis(sample.timeToFirstToken()), millis(sample.latency()), sample.usage().inputTokens(),
                sample.usage().outputTokens(), cost, ending(sample.finishReason(), i18n));
        double rate = tokensPerSecond(sample);
        return rate > 0 ? line + " · " + i18n.text("playground.stats.rate", rate) : line;
    }

    /** Output tokens after the first, over the time they took (0 when not measurable). */
    static double tokensPerSecond(SampleResult sample) {
        if (sample.usage().outputTokens() <= 1 || sample.latency() == null || sample.timeToFirstToken() == null) return 0;
        long nanos = sample.latency().minus(sample.timeToFirstToken()).toNanos();
        return nanos <= 0 ? 0 : (sample.usage().outputTokens() - 1) * 1e9 / nanos;
    }

    /** Why the answer ended, in words; nothing for the normal end ("stop"), which every finished answer has. */
    static String ending(String finishReason, I18n i18n) {
        if (finishReason == null || finishReason.isBlank() || finishReason.equalsIgnoreCase("stop") || finishReason.equalsIgnoreCase("end_turn")
                || finishReason.equalsIgnoreCase("dry_run")) return "";
        String words = switch (finishReason.toLowerCase(Locale.ROOT)) {
            case "length", "max_tokens" -> i18n.text("compare.finish.length");
            case "content_filter" -> i18n.text("compare.finish.filter");
            case "tool_calls", "tool_use" -> i18n.text("compare.finish.tools");
            default -> i18n.text("compare.finish.other", finishReason);
        };
        return " · " + words;
    }

    private static String describeSpread(CellResult cell, I18n i18n) {
        StringBuilder text = new StringBuilder(i18n.text("compare.spread.outputs", cell.samples().size(), cell.distinctOutputs()));
        cell.latencyMillis().ifPresent(s -> text.append('\n').append(i18n.text("compare.spread.latency", Math.round(s.mean()), Math.round(s.stdDev()))));
        cell.scoreSpreads().forEach((name, s) -> text.append('\n').append(name).append(": ").append(i18n.number(s.mean(), 0, 4))
                .append(" ± ").append(i18n.number(s.stdDev(), 0, 4)));
        return text.toString();
    }

    private static String millis(Duration duration) {
        return duration == null ? "–" : duration.toMillis() + " ms";
    }

    public CellKey key() { return key; }
    public CellResult result() { return result; }
    public ReadOnlyStringProperty outputProperty() { return output.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statsProperty() { return stats.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** What the local guardrails find in the answer, one line ("" before an answer). */
    public ReadOnlyStringProperty guardProperty() { return guard.getReadOnlyProperty(); }
    public ReadOnlyStringProperty spreadProperty() { return spread.getReadOnlyProperty(); }
    /** The first sample's tool calls, one "name arguments" line each under a heading ("" without tools). */
    public ReadOnlyStringProperty toolCallsProperty() { return toolCalls.getReadOnlyProperty(); }
    /** Each tool call with its whole arguments, the answer given and where it came from ("" without tools). */
    public ReadOnlyStringProperty toolDetailsProperty() { return toolDetails.getReadOnlyProperty(); }
    public ObservableList<Score> scores() { return scores; }
    public ObjectProperty<Thumb> thumbProperty() { return thumb; }
    public ObjectProperty<Integer> ratingProperty() { return rating; }
    public StringProperty commentProperty() { return comment; }
}
