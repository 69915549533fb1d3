package dev.playground.engine.retrieval.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The quantized all-MiniLM-L6-v2 model, in process and offline. Measured on this machine: one ONNX
 * intra-op thread per call with one worker per core is the fastest setup (LangChain4j's default
 * session uses every core per call, and its own pool on top oversubscribes them).
 */
public final class MiniLmEmbedder implements Embedder {
    public static final String ID = "all-minilm-l6-v2-q";
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final ExecutorService workers;
    private final OrtSession session;
    private final Model model;

    public MiniLmEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public MiniLmEmbedder(int threads) {
        workers = Executors.newFixedThreadPool(Math.max(1, threads), Thread.ofPlatform().daemon().name("embedder-", 0).factory());
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(onnx.readAllBytes(), options);
            model = new Model(workers, new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("The MiniLM model files are missing from the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load the MiniLM model: " + e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? " " : t)).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Could not release the ONNX session", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AbstractInProcessEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) throw new IOException("missing " + name);
        return in;
    }

    /** LangChain4j's in-process model, fed our session and our executor. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(ExecutorService executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
