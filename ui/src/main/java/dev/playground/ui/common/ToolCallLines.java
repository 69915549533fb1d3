package dev.playground.ui.common;

import dev.playground.engine.trace.Span;
import java.util.List;

/**
 * Tool calls in words, for Compare cells and Evaluate's cell details: compact (name and arguments, cut) and in full
 * (with the answer and where it came from).
 */
public final class ToolCallLines {
    public static final int COMPACT = 60;

    private ToolCallLines() {}

    public static String compact(List<Span> calls, I18n i18n) {
        if (calls.isEmpty()) return "";
        StringBuilder text = new StringBuilder(i18n.text("compare.tools.heading", calls.size()));
        for (Span call : calls) text.append('\n').append(cut(call.name() + " " + flat(call.input()), COMPACT));
        return text.toString();
    }

    public static String details(List<Span> calls, I18n i18n) {
        StringBuilder text = new StringBuilder();
        for (Span call : calls) {
            if (!text.isEmpty()) text.append("\n\n");
            text.append(i18n.text("compare.tools.call", call.name(), call.input(), call.output(), call.source()));
            if (call.failed()) text.append('\n').append(i18n.text("compare.tools.error", call.error()));
        }
        return text.toString();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
