package dev.playground.app.cli;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundleWriter;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.ExportOptions;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptQuery;
import dev.playground.store.PromptSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground export --out DIR [NAME…]}: prompts as a bundle for a team's git repository. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export prompts (all, or the NAMEs given) as readable YAML files into a folder, or a zip if --out ends in .zip.")
final class ExportCommand implements Callable<Integer> {
    private static final Set<String> FORMATS = Set.of("prompty", "mlflow", "langfuse", "promptfoo", "dotprompt", "semantic-kernel", "langchain", "langchain-yaml");

    @Spec CommandSpec spec;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "DIR|FILE.zip", description = "Where to write the bundle.")
    Path out;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Prompts to export (default: every prompt that is not archived).")
    List<String> names = new ArrayList<>();

    @Option(names = "--aliased-only", description = "Only versions an alias points at, not every version.")
    boolean aliasedOnly;

    @Option(names = "--no-scores", description = "Leave out the latest scores.")
    boolean noScores;

    @Option(names = "--also", split = ",", paramLabel = "FORMAT",
            description = "Also write these formats next to the bundle: prompty, mlflow, langfuse, promptfoo, dotprompt, semantic-kernel, langchain "
                    + "(JSON), langchain-yaml.")
    List<String> also = new ArrayList<>();

    @Override
    public Integer call() {
        LocalStore store = PromptCommand.root(spec).context().store();
        for (String format : also) {
            if (!FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
                throw new BadInputException("Unknown format '" + format + "' for --also: use prompty, mlflow, langfuse, promptfoo, dotprompt, semantic-kernel, langchain or langchain-yaml.");
            }
        }
        List<String> selected = names.isEmpty()
                ? store.prompts().search(new PromptQuery("", "", "", false, Integer.MAX_VALUE)).stream().map(PromptSummary::name).toList()
                : names;
        if (selected.isEmpty()) throw new BadInputException("There are no prompts to export. Save one with: playground prompt save FILE --name NAME -m MESSAGE");
        List<BundledPrompt> prompts = new ArrayList<>();
        try {
            for (String name : selected) prompts.add(store.bundles().export(name));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        BundleWriter writer = new BundleWriter();
        var interop = new BundleWriter.Interop(has("prompty"), has("mlflow"), has("langfuse"), has("promptfoo"), has("dotprompt"),
                has("semantic-kernel"), has("langchain"), has("langchain-yaml"));
        var files = new java.util.LinkedHashMap<>(writer.files(prompts, new ExportOptions(aliasedOnly, !noScores), interop, Instant.now()));
        // The suites kept from imported bundles go back where they came from (the whole library only: a suite may
        // run prompts that a chosen few leave out).
        if (names.isEmpty()) store.bundles().suites().forEach(suite -> files.put(suite.path(), suite.yaml()));
        try {
            writer.write(files, out);
        } catch (BundleFileException e) {
            throw new BadInputException(e.getMessage());
        }
        long versions = files.keySet().stream().filter(f -> f.startsWith("prompts/")).count();
        long suites = files.keySet().stream().filter(f -> f.startsWith(dev.playground.engine.bundle.BundleFormat.SUITES_FOLDER + "/")).count();
        ToolLines words = ToolLines.current();
        for (BundleWriter.ToolsLeftOut left : BundleWriter.toolsLeftOut(prompts, interop)) {
            spec.commandLine().getErr().println(words.text("export." + left.what(), left.format(), String.join(", ", left.prompts())));
        }
        spec.commandLine().getOut().printf("Exported %d prompt%s%s (%d files) to %s%n", versions, versions == 1 ? "" : "s",
                suites == 0 ? "" : suites == 1 ? " and 1 suite" : " and " + suites + " suites", files.size(), out);
        return 0;
    }

    private boolean has(String format) {
        return also.stream().anyMatch(f -> f.equalsIgnoreCase(format));
    }
}
