package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ToolCallLines;
import dev.playground.ui.evaluate.EvalCell;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A suite cell's tool calls reach the Evaluate view's cell, which words them like Compare's cells. */
class EvalCellToolCallsTest {
    @Test
    void the_evaluate_cell_carries_the_suite_cells_tool_calls() {
        Instant t0 = Instant.parse("2026-12-03T18:00:00Z");
        Trace trace = new Trace("t1", "travel", t0, Duration.ofMillis(30), "answered", List.of(
                new Span("s1", Span.Kind.MODEL, 1, "m", t0, Duration.ofMillis(10), "", "asked for get_time", "local", 5, 2, null, ""),
                new Span("s2", Span.Kind.TOOL, 1, "get_time", t0, Duration.ZERO, "{\"zone\":\"UTC\"}", "10:30", "mock", 0, 0, null, ""),
                new Span("s3", Span.Kind.MODEL, 2, "m", t0, Duration.ofMillis(10), "", "It is 10:30.", "local", 8, 3, null, "")));
        SuiteCell cell = new SuiteCell(0, 0, 0, SuiteCell.Status.PASS, "It is 10:30.", 1, List.of(), "", "", 30, null, 13, 5, false, null, trace);

        EvalCell shown = WindowSuiteRuns.toCell(cell, EvalCell.Change.SAME);

        assertThat(shown.toolCalls()).extracting(Span::name).containsExactly("get_time");
        assertThat(ToolCallLines.details(shown.toolCalls(), new I18n(Locale.forLanguageTag("es")))).isEqualTo("get_time {\"zone\":\"UTC\"}\n→ 10:30 (mock)");
        assertThat(WindowSuiteRuns.toCell(new SuiteCell(0, 0, 0, SuiteCell.Status.PASS, "hi", 1, List.of(), "", "", 3, null, 1, 1, false),
                EvalCell.Change.SAME).toolCalls()).isEmpty();
    }
}
