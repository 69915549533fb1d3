package dev.playground.app.cli;

import dev.playground.engine.monitor.DriftReport;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorQuery;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.Alert;
import java.io.PrintWriter;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground monitor}: the run log's figures over a time range, by group, with drift against the range before. */
@Command(name = "monitor", mixinStandardHelpOptions = true, subcommands = MonitorAlertsCommand.class,
        description = {"The run log as a dashboard: requests, errors by kind, latency and time to first token (p50/p95/p99), tokens,"
                + " cost, feedback and judge scores over a time range, optionally by group and with drift against the range before.",
                "Calls count once, by how they finally ended; retried calls and their extra attempts are reported apart.",
                "Exit code 0, 2 for bad input, 3 when the store is busy or cannot be opened."})
final class MonitorCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE|DURATION", defaultValue = "7d",
            description = "Start: a date (YYYY-MM-DD, UTC), a date and time, or a duration back from now (7d, 24h, 90m). Default: ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "End: the end of DATE (UTC), or a date and time (default: now).")
    String until;

    @Option(names = "--by", paramLabel = "GROUP", description = "Figures per model, connection, prompt, version or alias.")
    String by;

    @Option(names = "--drift", arity = "0..1", fallbackValue = PERIOD, paramLabel = "VERSION",
            description = "Drift, each measure with a verdict (input and output length, p95 latency, error rate, refusal rate,"
                    + " input topics). Alone: the range against the range of the same length just before it. With a saved"
                    + " version (NAME/3, NAME@alias, or NAME for its latest): that version's calls against the version before it, both over the range.")
    String drift;

    @Option(names = "--json", description = "Print one JSON object: requests, errors, errorRate, latencyMs {p50,p95,p99}, tokensIn,"
            + " tokensOut, cost, groups, … (and drift with --drift).")
    boolean json;

    /** What {@code --drift} holds when given without a version. */
    static final String PERIOD = "(period)";

    @Override
    public Integer call() {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        Instant now = Instant.now();
        Instant from = TimeArgs.since(since, now);
        Instant to = until == null ? now : TimeArgs.until(until);
        if (from == null) throw new BadInputException("--since needs a date or a duration, such as 7d.");
        if (!from.isBefore(to)) throw new BadInputException("--since must come before --until (" + from + " is not before " + to + ").");
        Grouping grouping = null;
        if (by != null) {
            grouping = Grouping.fromCliName(by);
            if (grouping == null) throw new BadInputException("--by takes model, connection, prompt, version or alias, not '" + by + "'.");
        }
        MonitorReport report = root.context().monitor().report(new MonitorQuery(from, to, grouping, false));
        DriftReport drifted = drift == null ? null : drift(root, from, to);
        List<Alert> alerts = root.context().alerts();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            var node = MonitorJson.report(report, drifted);
            var list = node.putArray("alerts");
            for (Alert alert : alerts) {
                list.addObject().put("kind", MonitorJson.camel(alert.kind().name())).put("value", alert.value()).put("threshold", alert.threshold());
            }
            out.print(node.toPrettyString() + "\n");
        } else {
            out.print(MonitorText.report(report, drifted));
            if (!alerts.isEmpty()) out.println();
            for (Alert alert : alerts) out.println(MonitorAlertsCommand.line(alert));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private DriftReport drift(PlaygroundCommand root, Instant from, Instant to) {
        if (drift.equals(PERIOD) || drift.isBlank()) return root.context().drift().againstPrevious(from, to);
        PromptRef ref = PromptRef.parse(drift.strip());
        int version = ref.version() != null ? ref.version() : ref.resolve(root.context().store()).version();
        if (version < 2) {
            throw new BadInputException("--drift " + drift + ": version " + version + " of '" + ref.name()
                    + "' is its first, so there is no earlier version to compare with. Name a later one, such as " + ref.name() + "/2.");
        }
        return root.context().drift().againstPreviousVersion(ref.name(), version, from, to);
    }
}
