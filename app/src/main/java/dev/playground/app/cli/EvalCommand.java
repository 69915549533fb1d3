package dev.playground.app.cli;

import dev.playground.engine.suite.Suite;
import dev.playground.engine.suite.SuiteEvaluation;
import dev.playground.engine.suite.SuiteFiles;
import dev.playground.engine.suite.SuiteListener;
import dev.playground.engine.suite.SuiteOutputs;
import dev.playground.engine.suite.SuiteReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground eval SUITE}: runs an evaluation suite (a suite file, a bundle folder with one, or a promptfoo
 * config of any name) through the engine's suite runner and gates on it: exit 0 when it passes, 1 when it does not
 * (provider errors count as failures and are listed apart), 2 for a bad suite, dataset or option, 130 when stopped.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run an evaluation suite (a suite file, a bundle folder holding suites/NAME.suite.yaml, or a promptfoo config) "
                + "and exit 0 when it passes, 1 when it does not, 2 for a bad suite, dataset or option, 130 when stopped.")
final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "A suite file, a bundle folder, or a promptfoo config (any file name).")
    Path suite;

    @Option(names = "--connection", paramLabel = "NAME", description = "Send every provider's calls to this saved connection (its key, limits, timeouts).")
    String connection;

    @Option(names = "--repeat", paramLabel = "N", description = "Take N samples of each row and variant and report how stable each is (default: the suite's, else 1).")
    Integer repeat;

    @Option(names = "--concurrency", paramLabel = "N", description = "Calls at once (default: the suite's, else 4).")
    Integer concurrency;

    @Option(names = "--no-cache", description = "Call the model for every row, without the stored response cache (and store nothing in it).")
    boolean noCache;

    @Option(names = "--baseline", paramLabel = "REF", description = "Also run this saved version (NAME@champion, NAME/3) in place of the suite's "
            + "prompts and report per row what newly fails, newly passes, and how each score moved.")
    String baseline;

    @Option(names = "--fail-under", paramLabel = "RATE", description = "Pass when at least this share of rows passes: 0-1 or N% (default: every row must pass).")
    String failUnder;

    @Option(names = "--output", paramLabel = "FILE", description = "Write a report by extension: .json, .xml (JUnit), .md (a pull-request summary), .html. Repeatable.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--resume", description = "Complete the last interrupted run of this suite: rows already finished are not called again.")
    boolean resume;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Total time each call may take, retries included (default: 300).")
    Integer timeoutSeconds;

    @Option(names = "--guard", paramLabel = "RAIL=ACTION,…",
            description = "Guardrails for this run, over the suite's 'guard:' and the connection's, rail by rail: pii=mask,injection=block (flag, mask or block).")
    String guard;

    @picocli.CommandLine.Mixin ToolOptions tools;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        if (tools.mcp.isEmpty() && tools.mockTools.isEmpty() && tools.maxSteps == null) return evaluate(dev.playground.engine.tool.ToolServing.SAVED);
        try (dev.playground.engine.mcp.McpResponder mcp = tools.open(root.context(), dev.playground.engine.model.ToolSet.EMPTY)) {
            return evaluate(tools.serving(mcp));
        }
    }

    private int evaluate(dev.playground.engine.tool.ToolServing serving) throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Double gate = gate(failUnder);
        dev.playground.engine.guard.GuardPolicy guardPolicy = GuardOption.parse(guard);
        for (Path output : outputs) SuiteOutputs.check(output);
        if (repeat != null && (repeat < 1 || repeat > 100)) throw new BadInputException("--repeat " + repeat + " is out of range: use 1 to 100.");
        if (concurrency != null && (concurrency < 1 || concurrency > 64)) {
            throw new BadInputException("--concurrency " + concurrency + " is out of range: use 1 to 64.");
        }
        if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > 86_400)) {
            throw new BadInputException("--timeout " + timeoutSeconds + " is out of range: use 1 to 86400 seconds.");
        }
        // Opening the store and reading the suite each take a good part of a cached re-run: do them side by side, and
        // build the services (logging, template engine, gateway, price table) beside both. Whatever fails on these
        // threads fails again below, on this one, where it is reported.
        Thread opening = Thread.ofVirtual().name("eval-open-store").start(() -> {
            try {
                dev.playground.app.AppContext context = root.context();
                Thread preparing = Thread.ofVirtual().name("eval-prepare").start(() -> {
                    try {
                        context.runs();
                        context.priceBook();
                    } catch (RuntimeException e) {
                        // built again below
                    }
                });
                try {
                    context.store();
                } finally {
                    preparing.join();
                }
            } catch (RuntimeException e) {
                // reported when the evaluation asks for the store
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Suite loaded;
        try {
            loaded = SuiteFiles.load(suite);
        } finally {
            opening.join();
        }
        SuiteEvaluation.Options options = new SuiteEvaluation.Options(connection, repeat, concurrency, !noCache,
                timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds), baseline, resume, true, guardPolicy);
        SuiteEvaluation.Planned planned = StoreSuiteSources.evaluation(root.context(), serving).plan(suite, loaded, options);
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        SuiteEvaluation.Result result = planned.start(errIsTerminal() ? new EvalProgress(err) : SuiteListener.NONE).result().get();
        SuiteReport report = result.report();
        if (result.cancelled()) {
            // Ctrl+C: the exit hook prints the one line; a run stopped any other way says how to complete it.
            if (!root.interrupted() && report.cancelled()) {
                err.println("Cancelled: " + report.total() + " of " + planned.plan().cellCount() + " rows finished and are kept; "
                        + "run again with --resume to complete it.");
            }
            return ExitCodes.CANCELLED;
        }
        for (Path output : outputs) SuiteOutputs.write(report, result.diff(), gate, output);
        EvalSummary.print(out, report, result.diff(), gate);
        return report.passes(gate) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * True when the process talks to a terminal. Since Java 22 {@code System.console()} exists even when the output is
     * redirected, and {@code Console.isTerminal()} tells; the build targets Java 21, so it is asked by reflection.
     */
    static boolean errIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** --fail-under as 0–1 or N%; null when not given. */
    static Double gate(String text) {
        if (text == null) return null;
        String t = text.strip();
        boolean percent = t.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
            double rate = percent ? value / 100 : value;
            if (rate >= 0 && rate <= 1) return rate;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--fail-under '" + text + "' is not a pass rate: write 0.9 or 90%.");
    }
}
