package dev.playground.engine.retrieval.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A sentence-embedding model from disk, as the model manager keeps it: an ONNX file with the
 * {@code tokenizer.json} of the same model beside it (or one folder up, as Hugging Face lays out
 * {@code onnx/model.onnx}). Mean pooling, unit length, at most 512 word pieces per text. Models of
 * the E5 family (a name containing "e5", such as multilingual-e5-small) were trained with
 * "query: " and "passage: " in front of texts; they get them here too.
 */
public final class OnnxEmbedder implements Embedder {
    private static final String E5_QUERY = "query: ";
    private static final String E5_PASSAGE = "passage: ";

    private final String id;
    private final int dimension;
    private final boolean e5;
    private final OrtSession session;
    private final MiniLmEncoder encoder;
    private final ExecutorService workers;
    private final int threads;

    private OnnxEmbedder(Path model, Path tokenizerFile) throws IOException, OrtException {
        this.id = idOf(model);
        String name = (model.getParent() == null ? "" : model.getParent().toString()) + "/" + model.getFileName();
        this.e5 = name.toLowerCase(Locale.ROOT).matches(".*(^|[^a-z])e5([^a-z0-9]|$).*");
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(model.toString(), options);
        }
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerFile,
                Map.of("padding", "false", "truncation", "true", "maxLength", "512"));
        encoder = new MiniLmEncoder(environment, session, tokenizer);
        threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("onnx-embedder-", 0).factory());
        dimension = encoder.embed("dimension").length;
    }

    /**
     * Opens {@code path}: an .onnx file, or a folder holding {@code model.onnx} (or {@code onnx/model.onnx}).
     * Throws {@link EmbeddingUnavailableException} with a message that names the file when it cannot be used.
     */
    public static OnnxEmbedder open(Path path) {
        Path model = modelFile(path);
        if (model == null) {
            throw new EmbeddingUnavailableException("No ONNX embedding model at " + path + ": give an .onnx file, or a folder holding "
                    + "model.onnx, with the model's tokenizer.json beside it.", null);
        }
        Path tokenizer = tokenizerOf(model);
        if (tokenizer == null) {
            throw new EmbeddingUnavailableException("The embedding model " + model + " has no tokenizer.json beside it; download "
                    + "the tokenizer.json of the same model into " + model.getParent() + " (as tokenizer.json, or as "
                    + model.getFileName().toString().replaceFirst("(?i)\\.onnx$", "") + ".tokenizer.json when several models share the folder).", null);
        }
        try {
            return new OnnxEmbedder(model, tokenizer);
        } catch (IOException | OrtException | RuntimeException e) {
            throw new EmbeddingUnavailableException("The embedding model " + model + " could not be loaded: it is damaged or not "
                    + "a sentence-embedding model in ONNX format.", e);
        }
    }

    /** The model file {@code path} names, or null. */
    public static Path modelFile(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(p) && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".onnx")) return p;
        for (Path candidate : List.of(p.resolve("model.onnx"), p.resolve("onnx").resolve("model.onnx"))) {
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    /**
     * The model the models folder holds under {@code name} (as {@code playground models list} shows it): a file
     * {@code NAME.onnx}, or a folder {@code NAME} with {@code model.onnx} (or {@code onnx/model.onnx}) in it; the
     * name is compared without case. Null when there is none.
     */
    public static Path inModelsFolder(Path folder, String name) {
        String wanted = name.strip();
        if (wanted.isEmpty() || !Files.isDirectory(folder)) return null;
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String file = entry.getFileName().toString();
                String lower = file.toLowerCase(Locale.ROOT);
                boolean sameName = Files.isDirectory(entry) ? file.equalsIgnoreCase(wanted)
                        : lower.endsWith(".onnx") && file.substring(0, file.length() - ".onnx".length()).equalsIgnoreCase(wanted);
                if (sameName && modelFile(entry) != null) return modelFile(entry);
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Stored with an index: the model's folder and file name. */
    public static String idOf(Path model) {
        Path folder = model.getParent();
        if (folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("onnx")) folder = folder.getParent();
        return "onnx:" + (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/") + model.getFileName();
    }

    /**
     * The tokenizer of {@code model}: {@code NAME.tokenizer.json} beside {@code NAME.onnx} (how the models folder keeps
     * several single-file models apart), else {@code tokenizer.json} beside it or one folder up from {@code onnx/}.
     */
    static Path tokenizerOf(Path model) {
        String file = model.getFileName().toString();
        int dot = file.lastIndexOf('.');
        Path named = model.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + ".tokenizer.json");
        if (Files.isRegularFile(named)) return named;
        for (Path folder = model.getParent(); folder != null && folder.getNameCount() > 0; folder = folder.getParent()) {
            Path candidate = folder.resolve("tokenizer.json");
            if (Files.isRegularFile(candidate)) return candidate;
            if (!folder.getFileName().toString().equals("onnx")) break;
        }
        return null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Whether texts get the E5 "query: " / "passage: " markers. */
    public boolean usesE5Prefixes() {
        return e5;
    }

    @Override
    public float[] embedQuery(String query) {
        return embedRaw(List.of(e5 ? E5_QUERY + query : query)).getFirst();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return embedRaw(e5 ? texts.stream().map(t -> E5_PASSAGE + t).toList() : texts);
    }

    private List<float[]> embedRaw(List<String> texts) {
        return ParallelEncoding.embed(workers, threads, encoder, texts);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        encoder.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Could not release the ONNX session", e);
        }
    }
}
