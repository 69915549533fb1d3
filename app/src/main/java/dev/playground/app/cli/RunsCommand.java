package dev.playground.app.cli;

import dev.playground.engine.runlog.RunExport;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.RunQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground runs list|export}: the run log (every model call) from the local store. */
@Command(name = "runs", mixinStandardHelpOptions = true, description = "The run log: every model call, newest first.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.ExportRuns.class})
final class RunsCommand {
    /** Filters shared by list and export. */
    static final class Filters {
        @Option(names = "--limit", paramLabel = "N", defaultValue = "" + RunQuery.DEFAULT_LIMIT, description = "At most N runs (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--prompt", paramLabel = "TEXT", description = "Only runs whose prompt name contains TEXT.")
        String prompt;

        @Option(names = "--model", paramLabel = "TEXT", description = "Only runs whose model contains TEXT.")
        String model;

        @Option(names = "--since", paramLabel = "DATE|DURATION",
                description = "Only runs on or after DATE (YYYY-MM-DD, UTC) or within the last DURATION (7d, 24h, 90m).")
        String since;

        @Option(names = "--until", paramLabel = "DATE", description = "Only runs before the end of DATE (YYYY-MM-DD, UTC).")
        String until;

        @Option(names = "--status", paramLabel = "S", description = "ok, incomplete, error or cancelled.")
        String status;

        RunQuery query() {
            if (limit < 1) throw new BadInputException("--limit must be at least 1.");
            return new RunQuery(prompt, model, TimeArgs.since(since, Instant.now()), TimeArgs.until(until), status(), limit);
        }

        private RunStatus status() {
            if (status == null || status.isBlank()) return null;
            try {
                return RunStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--status takes ok, incomplete, error or cancelled, not '" + status + "'.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List runs: time, status, model, tokens, latency, cost.")
    static final class ListRuns implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Filters filters;

        @Option(names = "--json", description = "Print a JSON array with every recorded field.")
        boolean json;

        @Override
        public Integer call() {
            List<RunRecord> runs = RunsCommand.find(spec, filters);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(RunExport.toJsonArray(runs));
                return 0;
            }
            if (runs.isEmpty()) {
                out.println("No runs recorded yet. `playground run` records every call.");
                return 0;
            }
            out.println(String.format(Locale.ROOT, "%-20s %-10s %-28s %-14s %9s %9s %10s  %s", "TIME (UTC)", "STATUS", "MODEL", "PROMPT",
                    "TOKENS", "LATENCY", "COST", "ID"));
            for (RunRecord run : runs) out.println(line(run));
            return 0;
        }

        private static String line(RunRecord run) {
            String tokens = run.inputTokens() + "/" + run.outputTokens() + (run.tokensReported() ? "" : "*");
            String latency = run.latency() == null ? "-" : millis(run.latency()) + (run.cached() ? " (c)" : "");
            String cost = run.costUsd() == null ? "-" : String.format(Locale.ROOT, "$%.5f", run.costUsd());
            return String.format(Locale.ROOT, "%-20s %-10s %-28s %-14s %9s %9s %10s  %s",
                    run.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""),
                    run.status().name().toLowerCase(Locale.ROOT), clip(run.model(), 28), clip(run.promptName(), 14), tokens, latency, cost,
                    run.id());
        }

        private static String millis(Duration d) {
            return d.toMillis() + " ms";
        }

        private static String clip(String text, int width) {
            return text.length() <= width ? text : text.substring(0, width - 1) + "…";
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write runs as CSV or JSON Lines.")
    static final class ExportRuns implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Filters filters;

        @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "csv or jsonl (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Override
        public Integer call() throws IOException {
            String chosen = format.trim().toLowerCase(Locale.ROOT);
            if (!chosen.equals("csv") && !chosen.equals("jsonl")) throw new BadInputException("--format takes csv or jsonl, not '" + format + "'.");
            List<RunRecord> runs = RunsCommand.find(spec, filters);
            if (out == null) {
                write(chosen, runs, spec.commandLine().getOut());
                return 0;
            }
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(chosen, runs, writer);
            }
            spec.commandLine().getErr().println("Wrote " + runs.size() + " runs to " + out);
            return 0;
        }

        private static void write(String format, List<RunRecord> runs, Writer writer) {
            if (format.equals("csv")) RunExport.writeCsv(runs, writer);
            else RunExport.writeJsonl(runs, writer);
        }
    }

    private static List<RunRecord> find(CommandSpec spec, Filters filters) {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        return root.context().store().runs().find(filters.query());
    }
}
