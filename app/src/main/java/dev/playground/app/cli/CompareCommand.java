package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.Comparison;
import dev.playground.engine.compare.ComparisonExport;
import dev.playground.engine.compare.ComparisonListener;
import dev.playground.engine.compare.ComparisonRunner;
import dev.playground.engine.compare.CostModel;
import dev.playground.engine.compare.SampleResult;
import dev.playground.engine.compare.ScoringPlan;
import dev.playground.engine.compare.ScoringSetup;
import dev.playground.engine.compare.VariableRow;
import dev.playground.engine.compare.Variant;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.SettingsRanges;
import dev.playground.engine.mcp.McpResponder;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.tool.ToolServing;
import dev.playground.engine.prompt.TemplateVariables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground compare FILE --variant … --variant …}: runs the variants at once and prints every score. A prompt
 * with tools (or with --mcp) runs the tool loop in every sample, with the same tool options as {@code run}; each
 * sample's tool calls are printed under its answer and its trace is kept.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run the prompt in FILE on several variants at once and print, per variant, the output, latency, tokens, cost and every score.")
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Prompt file (plain text is one user message).")
    Path file;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A variable value; repeat for each variable.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Mixin ConnectionOptions target;

    @Option(names = "--temperature", paramLabel = "T", description = "Temperature for variants that do not set their own.")
    Double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Maximum output tokens for variants that do not set their own.")
    Integer maxTokens;

    @Option(names = "--variant", paramLabel = "SPEC", required = true,
            description = "\"model=M[,temperature=T,top_p=P,max_tokens=N,seed=S,label=L]\"; repeat for each variant.")
    List<String> variantSpecs = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1", description = "Answers per variant, to see how stable it is (default 1).")
    int samples;

    @Option(names = "--expected", paramLabel = "TEXT", description = "The expected answer, for exact/ROUGE/BLEU and the correctness judge.")
    String expected;

    @Option(names = "--metric", paramLabel = "SPEC", description = "Repeatable: " + MetricSpecs.HELP + ".")
    List<String> metricSpecs = new ArrayList<>();

    @Option(names = "--judge", paramLabel = "RUBRIC",
            description = "Repeatable: groundedness, relevance, correctness, safety, guideline:YOUR RULE.")
    List<String> judges = new ArrayList<>();

    @Option(names = "--judge-model", paramLabel = "M", description = "Model that judges (same connection; default: the first variant's model).")
    String judgeModel;

    @Option(names = "--price", paramLabel = "IN/OUT",
            description = "USD per million input/output tokens, e.g. 0.15/0.60 (default: your price table, as edited in Settings > Prices).")
    String price;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Total time each model call may take, retries included (default: the connection's, 300).")
    Integer timeoutSeconds;

    @Option(names = "--guard", paramLabel = "RAIL=ACTION,…",
            description = "Guardrails for this command, e.g. pii=mask,injection=block (actions flag, mask, block). A blocked call is logged and not sent; exit 1.")
    String guard;


    @Mixin ToolOptions tools;

    @Option(names = "--json", description = "Print one JSON object with every variant, sample and score (and each sample's trace when it used tools).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PromptDocument document = TemplateFiles.readPrompt(file).document();
        PromptTemplate template = document.template();
        List<String> missing = TemplateVariables.of(template).stream().filter(v -> !variables.containsKey(v)).toList();
        if (!missing.isEmpty()) throw new BadInputException("Give a value for " + String.join(", ", missing) + " with --var NAME=VALUE.");
        Connection connection = target.resolve(root.context().connections(), "", "");
        CallTimeout.apply(root.context().gateway(), connection.id(), timeoutSeconds);
        GuardOption.apply(root.context().gateway(), connection, guard);
        List<VariantOption> options = variantSpecs.stream().map(s -> VariantOption.parse(s, SettingsRanges.check(baseSettings()))).toList();
        options.forEach(option -> SettingsRanges.check(option.settings()));
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            VariantOption option = options.get(i);
            String label = option.label() != null ? option.label() : option.model() + (option.describeSettings().isEmpty() ? "" : " (" + option.describeSettings() + ")");
            variants.add(new Variant("v" + (i + 1), label, template, file.getFileName().toString(), connection, option.model(), option.settings(), null,
                    document.tools()));
        }
        if (!tools.used(document.tools())) return run(root, variants, connection, options, ToolServing.SAVED);
        try (McpResponder mcp = tools.open(root.context(), document.tools())) {
            return run(root, variants, connection, options, tools.serving(mcp));
        }
    }

    private int run(PlaygroundCommand root, List<Variant> variants, Connection connection, List<VariantOption> options, ToolServing serving)
            throws Exception {
        Comparison comparison;
        try {
            comparison = new Comparison(file.getFileName().toString(), variants, List.of(new VariableRow("row", "row", variables, expected)), samples,
                    scoring(connection, options.get(0).model()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        ComparisonRunner runner = new ComparisonRunner(root.context().gateway(), root.context().renderer(), root.context().executor(), costModel(),
                root.context().contextRetriever().forComparisons(), serving);
        List<CellResult> cells = runner.runAll(comparison, ComparisonListener.NONE).done().get();
        // Ctrl+C stopped the calls: each is in the run log as cancelled and the exit hook says so; no partial report.
        if (root.interrupted()) return ExitCodes.CANCELLED;
        PrintWriter out = spec.commandLine().getOut();
        cells.forEach(cell -> cell.samples().stream().filter(sample -> sample.trace() != null)
                .forEach(sample -> ToolRunner.keep(root.context(), sample.trace())));
        if (json) out.println(toJson(comparison, cells));
        else printText(out, comparison, cells);
        boolean anyFailed = cells.stream().anyMatch(CellResult::anyFailed);
        if (anyFailed) spec.commandLine().getErr().println("error: at least one variant failed; see its error above.");
        return anyFailed ? PlaygroundCommand.CALL_FAILED : 0;
    }

    private ModelSettings baseSettings() {
        return new ModelSettings(temperature, null, null, maxTokens, List.of(), null, null, null, null);
    }

    private ScoringPlan scoring(Connection connection, String firstModel) {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        try {
            List<Rubric> rubrics = judges.stream().map(ScoringSetup::rubric).toList();
            return root.context().scoring().plan(metricSpecs, rubrics, ScoringSetup.judge(null, judgeModel, connection, firstModel));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** --price when given, else the user's price table (as saved in Settings > Prices). */
    private CostModel costModel() {
        if (price == null) return CostModel.from(((PlaygroundCommand) spec.root().userObject()).context().pricing());
        String[] parts = price.split("/");
        try {
            if (parts.length != 2) throw new NumberFormatException();
            return CostModel.perMillionTokens(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new BadInputException("--price takes input/output USD per million tokens, e.g. 0.15/0.60, not '" + price + "'.");
        }
    }

    private static void printText(PrintWriter out, Comparison comparison, List<CellResult> cells) {
        for (int i = 0; i < comparison.variants().size(); i++) {
            Variant variant = comparison.variants().get(i);
            CellResult cell = cells.get(i);
            out.println("=== " + (i + 1) + ". " + variant.label());
            for (SampleResult sample : cell.samples()) {
                if (cell.samples().size() > 1) out.println("--- sample " + (sample.index() + 1));
                if (!sample.output().isEmpty()) out.println(sample.output());
                if (sample.trace() != null) ToolLines.current().printCalls(out, sample.trace());
                if (sample.failed()) out.println("error: " + error(sample));
                out.println(metrics(sample));
                for (Score score : sample.scores()) out.println("  " + describe(score));
            }
            if (cell.samples().size() > 1) {
                cell.latencyMillis().ifPresent(s -> out.printf(Locale.ROOT, "spread: latency mean %.0f ms (sd %.0f), %d distinct outputs%n", s.mean(), s.stdDev(),
                        cell.distinctOutputs()));
                cell.scoreSpreads().forEach((name, s) -> out.printf(Locale.ROOT, "spread: %s mean %.4f (sd %.4f, min %.4f, max %.4f)%n", name, s.mean(),
                        s.stdDev(), s.min(), s.max()));
            }
            out.println();
        }
    }

    /** A sample's error; a tool loop that hit the step limit is worded in the user's language, like run's. */
    private static String error(SampleResult sample) {
        if (sample.trace() != null && sample.finishReason().equals("max_steps")) {
            return ToolLines.current().text("outcome.maxSteps", sample.trace().steps());
        }
        return sample.error();
    }

    private static String metrics(SampleResult sample) {
        String cost = sample.costUsd() == null ? "cost unknown" : String.format(Locale.ROOT, "cost $%.6f", sample.costUsd());
        return "latency " + millis(sample.latency()) + " · first token " + millis(sample.timeToFirstToken()) + " · tokens in "
                + sample.usage().inputTokens() + ", out " + sample.usage().outputTokens() + (sample.usage().reported() ? "" : " (counted locally)")
                + " · " + cost + " · finish " + sample.finishReason();
    }

    static String describe(Score score) {
        if (score.isError()) {
            return score.name() + ": error: " + score.error() + (score.detail().isEmpty() ? "" : " (judge said: " + oneLine(score.detail()) + ")");
        }
        String value = score.value() == null ? "" : ComparisonExport.number(score.value());
        String verdict = score.passed() == null ? "" : score.passed() ? " pass" : " FAIL";
        String detail = score.detail().isEmpty() ? "" : " — " + oneLine(score.detail());
        return score.name() + ": " + value + verdict + detail;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 297) + "..." : flat;
    }

    private static String millis(Duration duration) {
        return duration == null ? "-" : duration.toMillis() + " ms";
    }

    private static String toJson(Comparison comparison, List<CellResult> cells) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", comparison.title());
        root.put("expected", comparison.rows().get(0).expected());
        ArrayNode variants = root.putArray("variants");
        for (int i = 0; i < comparison.variants().size(); i++) {
            Variant variant = comparison.variants().get(i);
            ObjectNode node = variants.addObject().put("label", variant.label()).put("model", variant.model());
            if (variant.settings().temperature() != null) node.put("temperature", variant.settings().temperature());
            if (variant.settings().topP() != null) node.put("topP", variant.settings().topP());
            if (variant.settings().maxTokens() != null) node.put("maxTokens", variant.settings().maxTokens());
            ArrayNode samples = node.putArray("samples");
            cells.get(i).samples().forEach(sample -> ComparisonExport.sampleJson(samples.addObject(), sample));
            ObjectNode spreads = node.putObject("spread");
            cells.get(i).scoreSpreads().forEach((name, s) -> spreads.putObject(name).put("mean", s.mean()).put("stdDev", s.stdDev())
                    .put("min", s.min()).put("max", s.max()));
        }
        return mapper.writeValueAsString(root);
    }
}
