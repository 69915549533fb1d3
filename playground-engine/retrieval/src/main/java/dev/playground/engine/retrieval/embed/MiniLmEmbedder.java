package dev.playground.engine.retrieval.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * LangChain4j's quantized all-MiniLM-L6-v2 model (the ONNX file and tokenizer from its jar), in
 * process and offline. Measured on this machine: one ONNX intra-op thread per call with one worker
 * per core is the fastest setup (a session using every core per call, with a pool on top,
 * oversubscribes them). Workers take the next text as they finish one, so a long text does not
 * hold up a whole batch. Thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {
    public static final String ID = "all-minilm-l6-v2-q";
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final int threads;
    private final ExecutorService workers;
    private final OrtSession session;
    private final MiniLmEncoder encoder;

    public MiniLmEmbedder() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public MiniLmEmbedder(int threads) {
        this.threads = Math.max(1, threads);
        workers = Executors.newFixedThreadPool(this.threads, Thread.ofPlatform().daemon().name("embedder-", 0).factory());
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(onnx.readAllBytes(), options);
            encoder = new MiniLmEncoder(environment, session, tokenizer);
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("The MiniLM model files are missing from the class path", e);
        } catch (OrtException e) {
            workers.shutdownNow();
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

    private static InputStream resource(String name) throws IOException {
        InputStream in = AbstractInProcessEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) throw new IOException("missing " + name);
        return in;
    }
}
