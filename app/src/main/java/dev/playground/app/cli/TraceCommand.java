package dev.playground.app.cli;

import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import dev.playground.engine.trace.TraceJson;
import dev.playground.engine.trace.TraceStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code playground trace list|show|export}: the traces of runs with tools (model calls, tool calls, results). */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "List, show and export the traces of runs with tools.",
        subcommands = {TraceCommand.ListTraces.class, TraceCommand.Show.class, TraceCommand.Export.class})
final class TraceCommand {
    @Spec CommandSpec spec;

    TraceStore traces() {
        return ((PlaygroundCommand) spec.root().userObject()).context().store().traces();
    }

    Trace find(String id) {
        // A trace's own id, or the run-log id of one of its model calls (as the Runs view and 'runs list --json' show it).
        return traces().find(id).or(() -> traces().forRun(id))
                .orElseThrow(() -> new BadInputException(ToolLines.current().text("trace.unknown", id)));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The latest traces, newest first.")
    static final class ListTraces implements Callable<Integer> {
        @ParentCommand TraceCommand parent;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many (default: 20).")
        int limit;

        @Override
        public Integer call() {
            ToolLines words = ToolLines.current();
            if (limit < 1) throw new BadInputException(words.text("trace.limit"));
            PrintWriter out = parent.spec.commandLine().getOut();
            List<Trace> traces = parent.traces().recent(limit);
            if (traces.isEmpty()) out.println(words.text("trace.none"));
            for (Trace t : traces) {
                out.println(t.id() + "  " + t.startedAt() + "  " + (t.promptName().isEmpty() ? "-" : t.promptName()) + "  " + t.outcome() + "  "
                        + words.text("trace.counts", t.steps(), t.toolSpans().size()));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show a trace as a timeline of its spans.")
    static final class Show implements Callable<Integer> {
        @ParentCommand TraceCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            Trace trace = parent.find(id);
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(trace.id() + "  " + trace.outcome() + "  " + trace.duration().toMillis() + " ms");
            for (Span span : trace.spans()) {
                long offset = java.time.Duration.between(trace.startedAt(), span.start()).toMillis();
                out.println(String.format(java.util.Locale.ROOT, "  +%6d ms %6d ms  %-5s %s %s", offset, span.duration().toMillis(),
                        span.kind().name().toLowerCase(java.util.Locale.ROOT), span.name(),
                        span.kind() == Span.Kind.TOOL ? span.input() + " -> " + span.output() + " (" + span.source() + ")"
                                : ToolLines.current().text("trace.tokens", span.inputTokens(), span.outputTokens(), span.output())
                                + (span.runId().isEmpty() ? "" : "  " + ToolLines.current().text("trace.run", span.runId()))));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a trace as JSON (to standard output, or to --output FILE).")
    static final class Export implements Callable<Integer> {
        @ParentCommand TraceCommand parent;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path output;

        @Override
        public Integer call() throws IOException {
            String json = TraceJson.write(parent.find(id));
            if (output == null) parent.spec.commandLine().getOut().println(json);
            else {
                Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
                parent.spec.commandLine().getOut().println(ToolLines.current().text("trace.written", id, output));
            }
            return 0;
        }
    }
}
