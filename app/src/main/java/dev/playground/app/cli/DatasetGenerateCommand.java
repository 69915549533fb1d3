package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetFormat;
import dev.playground.engine.dataset.DatasetJson;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.generate.DatasetGenerator;
import dev.playground.engine.dataset.generate.GenerationListener;
import dev.playground.engine.dataset.generate.GenerationResult;
import dev.playground.engine.dataset.generate.SkipReason;
import dev.playground.engine.dataset.generate.SourcePassage;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.engine.retrieval.CollectionPassages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code playground dataset generate}: rows written by a model from a document collection's passages (a question,
 * its expected facts, the source passage in the metadata). Nothing is kept unless --output or --dataset says where;
 * without them the rows are printed as JSON lines. Exit 0 with rows, 1 when a call failed or no answer could be used,
 * 2 for bad options, 130 when stopped (nothing written then).
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Ask a model, passage by passage of a document collection, for a question a user might ask and the facts a correct "
                + "answer states; each row keeps its source passage (document and location) in its metadata. Writes --output FILE "
                + "(.csv, .jsonl, .json, .yaml, as 'dataset export') or adds the rows to --dataset NAME as a new version; "
                + "with neither, prints the rows as JSON lines and keeps nothing. Exit 0 with rows, 1 when a call failed or no "
                + "answer could be used, 2 for a bad option, 130 when stopped (nothing is written then).")
final class DatasetGenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The document collection to write questions from (see 'playground index').")
    String collection;

    @Option(names = "--connection", required = true, paramLabel = "NAME", description = "The saved connection that writes the questions (see 'playground connections list').")
    String connection;

    @Option(names = "--model", paramLabel = "M", description = "Model name (default: the connection's model).")
    String model;

    @Option(names = "--count", paramLabel = "N", description = "How many rows to ask for, one per passage, spread over the collection "
            + "(default: " + DatasetGenerator.DEFAULT_COUNT + "; at most " + DatasetGenerator.MAX_COUNT + ").")
    int count = DatasetGenerator.DEFAULT_COUNT;

    @Option(names = "--variable", paramLabel = "NAME", description = "The input the question goes in (default: question), as your prompt names it.")
    String variable = DatasetGenerator.DEFAULT_VARIABLE;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the rows to FILE; the extension picks the format: .csv, .jsonl, .json, .yaml.")
    Path output;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Add the rows to dataset NAME as its next version (created when new).")
    String dataset;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What the new dataset version is (default: generated from COLLECTION with MODEL).")
    String message;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        List<SourcePassage> passages = new CollectionPassages(CollectionArgs.open(root, collection, false)).passages();
        if (passages.isEmpty()) {
            throw new BadInputException("The collection '" + collection + "' holds no passages yet. Add files with: playground index PATH --collection "
                    + collection);
        }
        Connection target = root.context().connections().use(connection);
        String chosenModel = model != null && !model.isBlank() ? model.strip() : target.defaultModel();
        if (chosenModel.isBlank()) {
            throw new BadInputException("--model is required: the connection '" + target.name() + "' names no model.");
        }
        DatasetGenerator.Options options = new DatasetGenerator.Options(target, chosenModel, count, variable, collection);
        boolean terminal = EvalCommand.errIsTerminal();
        GenerationListener progress = terminal ? new GenerateProgress(err) : GenerationListener.NONE;
        DatasetGenerator.Generation generation = new DatasetGenerator(root.context().gateway()).start(passages, options, progress);
        int asked = generation.passages().size();
        err.println("Asking " + chosenModel + " on " + target.name() + " about " + Plural.of(asked, "passage", "passages") + " of collection "
                + collection + (asked < count ? " (all it has)" : "") + ".");
        err.flush();
        GenerationResult result = generation.result().get();
        if (result.cancelled() || root.interrupted()) return ExitCodes.CANCELLED;
        if (result.failure() != null) {
            err.println("A call failed, so the generation stopped and nothing was written.");
            throw result.failure();
        }
        printSkips(err, result);
        if (result.rows().isEmpty()) {
            err.println("None of the " + Plural.of(asked, "answer", "answers") + " could be used, so nothing was written. Try another model with --model.");
            return ExitCodes.FAILED;
        }
        keep(root, out, err, result, chosenModel);
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (count < 1 || count > DatasetGenerator.MAX_COUNT) {
            throw new BadInputException("--count " + count + " is out of range: use 1 to " + DatasetGenerator.MAX_COUNT + ".");
        }
        if (variable == null || !variable.strip().matches("[\\p{L}_][\\p{L}\\p{N}_]*")) {
            throw new BadInputException("--variable '" + variable + "' is not a variable name: use letters, digits and _ (not starting with a digit).");
        }
        if (output != null) DatasetFormat.require(output);
        if (dataset != null) RegistryNames.dataset(dataset);
    }

    /** One line per reason with its count, then each skipped passage: never a silent drop. */
    private static void printSkips(PrintWriter err, GenerationResult result) {
        if (result.skipped().isEmpty()) return;
        err.println("Skipped " + result.skipped().size() + " of " + Plural.of(result.asked(), "answer", "answers") + " that could not be used:");
        for (Map.Entry<SkipReason, Integer> e : result.skipCounts().entrySet()) {
            err.println("  " + e.getValue() + " because " + e.getKey().words());
        }
        for (GenerationResult.Skip skip : result.skipped()) err.println("  skipped " + skip.passage().describe() + ": " + skip.reason().words());
    }

    private void keep(PlaygroundCommand root, PrintWriter out, PrintWriter err, GenerationResult result, String chosenModel) throws Exception {
        Dataset rows = new Dataset(result.rows());
        String what = Plural.of(rows.size(), "row", "rows");
        if (output == null && dataset == null) {
            rows.rows().forEach(row -> out.println(DatasetJson.toNode(row)));
            err.println("Generated " + what + "; nothing was saved. Add --output FILE or --dataset NAME to keep them.");
            return;
        }
        DatasetService service = DatasetCommand.service(spec);
        if (output != null) {
            DatasetCommand.printNotes(spec, service.write(rows, output));
            out.println("Wrote " + what + " to " + output + ".");
        }
        if (dataset != null) {
            String commit = message == null || message.isBlank() ? "generated from " + collection + " with " + chosenModel : message;
            DatasetService.Appended saved = service.append(dataset.strip(), rows.rows(), commit, AppContext.author(), "generated from collection " + collection);
            List<String> columns = saved.version().dataset().inputNames();
            if (saved.rowsBefore() > 0 && columns.size() > 1) {
                err.println("note: " + dataset + " already had other input columns (" + String.join(", ", columns)
                        + "); the generated rows fill '" + variable.strip() + "' only. Use --variable to pick another.");
            }
            out.println("Saved " + saved.version().reference() + ": " + what + " generated"
                    + (saved.rowsBefore() == 0 ? "." : " after the " + Plural.of(saved.rowsBefore(), "row", "rows") + " it had."));
        }
    }
}
