package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tool lines of run/compare in English and Spanish, plurals included. */
class ToolLinesTest {
    private static final Instant T0 = Instant.parse("2026-12-03T18:00:00Z");
    private static final Trace TRACE = new Trace("t1", "travel", T0, Duration.ofMillis(420), "answered", List.of(
            new Span("s1", Span.Kind.MODEL, 1, "m", T0, Duration.ofMillis(100), "", "asked for get_time", "local", 12, 3, 0.000123, ""),
            new Span("s2", Span.Kind.TOOL, 1, "get_time", T0, Duration.ofMillis(1), "{\"zone\":\"UTC\"}", "10:30\nUTC", "mock", 0, 0, null, ""),
            new Span("s3", Span.Kind.MODEL, 2, "m", T0, Duration.ofMillis(100), "", "It is 10:30.", "local", 20, 5, null, "")));

    @Test
    void english_lines() {
        ToolLines lines = new ToolLines(Locale.ENGLISH);
        assertThat(lines.call(TRACE.toolSpans().getFirst())).isEqualTo("tool get_time {\"zone\":\"UTC\"} -> 10:30 UTC (mock)");
        assertThat(lines.summary(TRACE)).isEqualTo("trace t1 · 2 model calls · 1 tool call · 420 ms · tokens in 32, out 8 · cost $0.000123");
    }

    @Test
    void spanish_lines() {
        ToolLines lines = new ToolLines(Locale.forLanguageTag("es"));
        assertThat(lines.call(TRACE.toolSpans().getFirst())).isEqualTo("herramienta get_time {\"zone\":\"UTC\"} -> 10:30 UTC (mock)");
        assertThat(lines.summary(TRACE)).startsWith("traza t1 · 2 llamadas al modelo · 1 llamada a herramienta · 420 ms");
        assertThat(lines.text("outcome.maxSteps", 1)).isEqualTo("El modelo seguía pidiendo herramientas tras 1 llamada al modelo. "
                + "Suba --max-steps o cambie el prompt.");
        StringWriter out = new StringWriter();
        lines.printCalls(new PrintWriter(out, true), TRACE);
        assertThat(out.toString()).startsWith("1 llamada a herramienta, 2 llamadas al modelo (traza t1):");
    }

    @Test
    void mcp_and_trace_messages_in_both_languages() {
        ToolLines english = new ToolLines(Locale.ENGLISH);
        ToolLines spanish = new ToolLines(Locale.forLanguageTag("es"));
        assertThat(english.text("mcp.saved", "web", "http", "http://127.0.0.1:9/mcp", 0)).isEqualTo("Saved MCP server 'web' (http, http://127.0.0.1:9/mcp).");
        assertThat(english.text("mcp.saved", "web", "http", "u", 2)).isEqualTo("Saved MCP server 'web' (http, u; 2 headers in the keychain).");
        assertThat(spanish.text("mcp.saved", "web", "http", "u", 1)).isEqualTo("Servidor MCP 'web' guardado (http, u; 1 cabecera en el llavero).");
        assertThat(english.text("mcp.headerLine")).contains("'Name: value'").endsWith("a line had no ':'.");
        assertThat(english.text("trace.counts", 1, 2)).isEqualTo("1 step, 2 tool calls");
        assertThat(spanish.text("trace.counts", 2, 1)).isEqualTo("2 pasos, 1 llamada a herramienta");
        assertThat(spanish.text("export.tools", "mlflow", "travel")).startsWith("Aviso: los archivos mlflow no pueden llevar herramientas");
    }
}
