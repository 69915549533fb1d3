package dev.playground.app.cli;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.FileOutcome;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.IndexReport;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.engine.retrieval.embed.EmbeddingUnavailableException;
import dev.playground.engine.retrieval.embed.OnnxEmbedder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground index PATH… --collection NAME}: attaches files or folders and brings the index up to date. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Attach files or folders to a document collection (created if new) and index them: only new or changed "
                + "files are read again. Files that cannot be read are listed with the reason; the rest are indexed.")
final class IndexCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to attach (none: re-index what is attached).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "Collection to add to.")
    String collection;

    @Option(names = "--tag", paramLabel = "TAG", description = "Tag for the chunks of these paths (for search filters); repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--chunk-unit", paramLabel = "UNIT", description = "characters, tokens, or headings (characters, each chunk starting with its Markdown heading path); "
            + "default: the collection's, initially characters.")
    String chunkUnit;

    @Option(names = "--chunk-size", paramLabel = "N", description = "Largest chunk (default 800 characters or 200 tokens).")
    Integer chunkSize;

    @Option(names = "--chunk-overlap", paramLabel = "N", description = "Overlap between chunks (default 100 characters or 25 tokens).")
    Integer chunkOverlap;

    @Option(names = "--chunk-context", paramLabel = "on|off",
            description = "on (the default for a new collection): search reads each chunk with its heading path (or file name) and the "
                    + "outline items above it; off: each chunk is found by its own words only, as a plain fixed-size splitter leaves it.")
    String chunkContext;

    @Option(names = "--embedding-model", paramLabel = "MODEL",
            description = "Embed with this model of a saved connection (give --embedding-connection), e.g. nomic-embed-text or "
                    + "text-embedding-3-small; or an ONNX embedding model on this computer: its name in the models folder (as "
                    + "'models list' shows it, e.g. multilingual-e5-small, which reads Spanish), an .onnx file, or the folder holding "
                    + "model.onnx and tokenizer.json; 'builtin' goes back to the offline MiniLM. Changing it embeds the collection again.")
    String embeddingModel;

    @Option(names = "--embedding-connection", paramLabel = "CONNECTION",
            description = "The saved connection (name or id, from Settings > Connections) that serves --embedding-model.")
    String embeddingConnection;

    @Option(names = "--quiet", description = "Print only the summary and the skipped files, no progress.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : paths) {
            if (!Files.exists(path)) throw new BadInputException(path + " does not exist; give a file or folder to attach.");
        }
        DocumentCollection target = CollectionArgs.open(root, collection, true);
        for (Path path : paths) target.attach(new Source(path, tags));
        if (target.settings().sources().isEmpty()) {
            throw new BadInputException("The collection '" + collection + "' has no files yet; give a PATH to attach.");
        }
        ChunkingSettings chunking = chunking(target.settings().chunking());
        if (!chunking.equals(target.settings().chunking())) target.setChunking(chunking);
        EmbeddingChoice embedding = embedding(root, target.settings().embedding());
        if (!embedding.equals(target.settings().embedding())) target.setEmbedding(embedding);
        if (target.needsRebuild()) err.println(CollectionMessages.text("rebuilding", target.name()));
        IndexReport report = target.update(quiet ? IndexProgress.NONE : new ProgressPrinter(err), new Cancellation());
        printReport(out, report, target.stats());
        return report.embeddingProblem().isEmpty() ? 0 : 1;
    }

    private EmbeddingChoice embedding(PlaygroundCommand root, EmbeddingChoice current) {
        if (embeddingModel == null && embeddingConnection == null) return current;
        if (embeddingModel != null && embeddingModel.strip().equalsIgnoreCase("builtin")) return EmbeddingChoice.BUILT_IN;
        if (embeddingModel != null && (embeddingConnection == null || embeddingConnection.isBlank()) && looksLikeFile(embeddingModel)) {
            Path path = Path.of(embeddingModel.strip());
            if (OnnxEmbedder.modelFile(path) == null) {
                throw new BadInputException("No ONNX embedding model at " + path.toAbsolutePath().normalize() + ": give an .onnx file, "
                        + "or a folder holding model.onnx with the model's tokenizer.json beside it.");
            }
            return EmbeddingChoice.modelFile(path);
        }
        if (embeddingConnection == null || embeddingConnection.isBlank()) {
            Path models = root.context().dataDir().resolve("models");
            Path named = embeddingModel == null ? null : OnnxEmbedder.inModelsFolder(models, embeddingModel);
            if (named != null) return EmbeddingChoice.modelFile(named);
            throw new BadInputException("No embedding model named '" + embeddingModel + "' in the models folder (" + models + "; "
                    + "'playground models list' shows what it holds, 'playground models add FILE.onnx' adds one). Give the path of an "
                    + ".onnx file or model folder, --embedding-connection with the saved connection that serves this model, or "
                    + "--embedding-model builtin for the offline model.");
        }
        String model = embeddingModel != null ? embeddingModel : current.model();
        if (model.isBlank()) throw new BadInputException("--embedding-connection needs --embedding-model: the model to embed with.");
        EmbeddingChoice choice = new EmbeddingChoice(embeddingConnection, model);
        try {
            root.context().collections().embedders().idOf(choice);
        } catch (EmbeddingUnavailableException e) {
            throw new BadInputException(e.getMessage());
        }
        return choice;
    }

    /** A path rather than a model name of a server: ends in .onnx, or names something on disk. */
    private static boolean looksLikeFile(String model) {
        String m = model.strip();
        return m.toLowerCase(Locale.ROOT).endsWith(".onnx") || m.contains("/") || m.contains("\\") || Files.exists(Path.of(m));
    }

    private boolean searchContext(boolean current) {
        if (chunkContext == null) return current;
        return switch (chunkContext.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new BadInputException("--chunk-context must be 'on' or 'off', not '" + chunkContext + "'.");
        };
    }

    private ChunkingSettings chunking(ChunkingSettings current) {
        boolean context = searchContext(current.searchContext());
        if (chunkUnit == null && chunkSize == null && chunkOverlap == null) return current.withSearchContext(context);
        ChunkingSettings.Unit unit = current.unit();
        if (chunkUnit != null) {
            try {
                unit = ChunkingSettings.Unit.valueOf(chunkUnit.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--chunk-unit must be 'characters', 'tokens' or 'headings', not '" + chunkUnit + "'.");
            }
        }
        ChunkingSettings defaults = ChunkingSettings.defaultsFor(unit);
        boolean sameUnit = unit == current.unit();
        int size = chunkSize != null ? chunkSize : sameUnit ? current.maxSize() : defaults.maxSize();
        int overlap = chunkOverlap != null ? chunkOverlap : sameUnit ? current.overlap() : defaults.overlap();
        try {
            return new ChunkingSettings(unit, size, overlap, context);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static void printReport(PrintWriter out, IndexReport report, DocumentCollection.Stats stats) {
        out.printf("%d indexed, %d unchanged, %d skipped, %d removed; the collection has %d files, %d chunks (%d embedded)%s%n",
                report.count(FileOutcome.Status.INDEXED), report.count(FileOutcome.Status.UNCHANGED), report.count(FileOutcome.Status.SKIPPED),
                report.count(FileOutcome.Status.REMOVED), stats.files(), stats.chunks(), stats.embeddedChunks(),
                report.cancelled() ? " (stopped early; run again to finish)" : "");
        if (!report.embeddingProblem().isEmpty()) {
            out.printf("embedding stopped: %s%nKeyword search works on everything read; run index again to add the missing vectors.%n",
                    report.embeddingProblem());
        }
        for (FileOutcome file : report.files()) {
            if (file.status() == FileOutcome.Status.SKIPPED) out.printf("skipped %s: %s%n", file.file(), file.message());
            for (String note : file.notes()) out.printf("note %s: %s%n", file.file(), note);
        }
    }

    /** Progress on standard error: one line per tenth of each phase. */
    private static final class ProgressPrinter implements IndexProgress {
        private final PrintWriter err;
        private Phase lastPhase;
        private int lastTenth = -1;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(Phase phase, int done, int total, String current) {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (phase == lastPhase && tenth == lastTenth) return;
            lastPhase = phase;
            lastTenth = tenth;
            err.printf("%s %d/%d%n", phase == Phase.READING ? "reading" : "embedding", done, total);
        }
    }
}
