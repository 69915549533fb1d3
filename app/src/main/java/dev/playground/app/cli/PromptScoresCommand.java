package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.suite.SuiteHistory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground prompt scores NAME}: the suite runs of a prompt across its versions, as the Evaluate view's history
 * chart shows them: per version, the latest run's pass rate and the mean of each named metric.
 */
@Command(name = "scores", mixinStandardHelpOptions = true,
        description = {"The suite runs of prompt NAME across its versions (what the Evaluate view's history chart shows): per version, the latest"
                + " run's pass rate and the mean score (0-1) of each named metric, with how many runs that version had.",
                "Every 'playground eval' and every run in the Evaluate view that was not stopped is kept. Version 0 is a prompt file outside the store.",
                "Exit code 0 (also when there are no runs), 3 when the store is busy or cannot be opened."})
final class PromptScoresCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Prompt name.")
    String name;

    @Option(names = "--json", description = "Print a JSON array, one object per version: version, runs, suite, finishedAt, total, passed,"
            + " errors, passRate (0-1), metrics {name: mean}.")
    boolean json;

    @Override
    public Integer call() {
        List<SuiteHistory.VersionFigures> versions = SuiteHistory.perVersion(PromptCommand.root(spec).context().store().suiteHistory().of(name.strip()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode list = CliJson.MAPPER.createArrayNode();
            for (SuiteHistory.VersionFigures v : versions) {
                SuiteHistory.Entry e = v.latest();
                ObjectNode node = list.addObject().put("version", v.version()).put("runs", v.runs()).put("suite", e.suite())
                        .put("alias", e.alias()).put("variant", e.label()).put("finishedAt", e.finishedAt().toString()).put("total", e.total())
                        .put("passed", e.passed()).put("errors", e.errors()).put("passRate", e.passRate());
                ObjectNode metrics = node.putObject("metrics");
                new java.util.TreeMap<>(e.metrics()).forEach(metrics::put);
            }
            out.print(list.toPrettyString() + "\n");
        } else if (versions.isEmpty()) {
            out.println("No suite runs of '" + name.strip() + "' are kept yet. Run a suite over it with 'playground eval SUITE' or in the Evaluate view.");
        } else {
            out.print(table(versions));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static String table(List<SuiteHistory.VersionFigures> versions) {
        TreeSet<String> names = new TreeSet<>();
        versions.forEach(v -> names.addAll(v.latest().metrics().keySet()));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-8s %5s %-17s %10s", "VERSION", "RUNS", "LATEST (UTC)", "PASS RATE"));
        for (String metric : names) text.append(String.format(Locale.ROOT, " %12s", clip(metric)));
        text.append('\n');
        for (SuiteHistory.VersionFigures v : versions) {
            SuiteHistory.Entry e = v.latest();
            text.append(String.format(Locale.ROOT, "%-8s %5d %-17s %9.1f%%", v.version() == 0 ? "file" : String.valueOf(v.version()), v.runs(),
                    DatasetCommand.WHEN.format(e.finishedAt()), e.passRate() * 100));
            Map<String, Double> metrics = e.metrics();
            for (String metric : names) {
                Double value = metrics.get(metric);
                text.append(String.format(Locale.ROOT, " %12s", value == null ? "-" : String.format(Locale.ROOT, "%.2f", value)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String clip(String metric) {
        return metric.length() <= 12 ? metric : metric.substring(0, 11) + "…";
    }
}
