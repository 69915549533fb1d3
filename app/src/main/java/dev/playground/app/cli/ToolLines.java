package dev.playground.app.cli;

import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What {@code run}, {@code compare} and {@code eval} print about tools, in the user's language (English or Spanish):
 * one line per tool call with its arguments and answer, a trace's summary, and why a tool loop ended without an answer.
 * One place, so every command words them alike.
 */
final class ToolLines {
    private static final int ANSWER_SHOWN = 200;

    private final Locale locale;
    private final ResourceBundle words;

    ToolLines(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle("dev.playground.app.cli.tools", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** In the default locale (what the command line runs in). */
    static ToolLines current() {
        return new ToolLines(Locale.getDefault());
    }

    String text(String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }

    /** {@code tool NAME ARGUMENTS -> ANSWER (SOURCE)}; a long answer is cut, line breaks become spaces. */
    String call(Span span) {
        String answer = span.output().replaceAll("\\s+", " ");
        if (answer.length() > ANSWER_SHOWN) answer = answer.substring(0, ANSWER_SHOWN - 3) + "...";
        return span.failed() ? text("call.failed", span.name(), span.input(), answer, span.source(), span.error())
                : text("call", span.name(), span.input(), answer, span.source());
    }

    /** The trace in one line: id, model calls, tool calls, time, tokens and cost when known. */
    String summary(Trace trace) {
        String line = text("summary", trace.id(), trace.steps(), trace.toolSpans().size(), String.valueOf(trace.duration().toMillis()),
                String.valueOf(trace.inputTokens()), String.valueOf(trace.outputTokens()));
        return trace.costUsd() == null ? line : line + text("summary.cost", String.format(Locale.ROOT, "%.6f", trace.costUsd()));
    }

    /** The heading and one indented line per tool call, as {@code compare} prints them under a sample. */
    void printCalls(PrintWriter out, Trace trace) {
        out.println(text("compare.toolCalls", trace.toolSpans().size(), trace.steps(), trace.id()));
        for (Span span : trace.toolSpans()) out.println("  " + call(span));
    }

    /** Why a loop ended without an answer, in plain words ({@code run.problem()} for a failed model call). */
    String problem(ToolRun run) {
        return switch (run.outcome()) {
            case MAX_STEPS -> text("outcome.maxSteps", run.trace().steps());
            case UNANSWERED_TOOL -> unanswered(run).map(name -> text("outcome.unanswered", name)).orElse(run.problem());
            default -> run.problem();
        };
    }

    /** The tool nobody answered: the first call of the last turn that has no tool span in the trace. */
    private static java.util.Optional<String> unanswered(ToolRun run) {
        List<dev.playground.engine.model.RenderedMessage> turns = run.conversation();
        if (turns.isEmpty() || turns.getLast().toolCalls().isEmpty()) return java.util.Optional.empty();
        int step = run.trace().steps();
        long answered = run.trace().toolSpans().stream().filter(s -> s.step() == step).count();
        List<dev.playground.engine.model.ToolCall> calls = turns.getLast().toolCalls();
        return answered < calls.size() ? java.util.Optional.of(calls.get((int) answered).name()) : java.util.Optional.empty();
    }
}
