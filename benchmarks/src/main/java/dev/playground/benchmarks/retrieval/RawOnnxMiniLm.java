package dev.playground.benchmarks.retrieval;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline for embedding throughput: the same quantized MiniLM ONNX file and tokenizer (with
 * the tokenizer file's own settings, as ours and LangChain4j load it), run
 * directly on ONNX Runtime (no LangChain4j, no Lucene), with the same threading as our embedder
 * (one intra-op thread per session call, one worker per core), mean pooling and normalisation.
 */
final class RawOnnxMiniLm implements AutoCloseable {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final ExecutorService workers;
    private final int threads;

    RawOnnxMiniLm(int threads) throws Exception {
        this.threads = threads;
        try (InputStream model = AbstractInProcessEmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
             InputStream vocab = AbstractInProcessEmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = env.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false"));
        }
        workers = Executors.newFixedThreadPool(threads);
    }

    float[][] embedAll(List<String> texts) throws Exception {
        float[][] out = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) out[i] = embed(texts.get(i));
                return null;
            }));
        }
        for (Future<?> f : running) f.get();
        return out;
    }

    private float[] embed(String text) throws OrtException {
        Encoding encoding = tokenizer.encode(text);
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] types = encoding.getTypeIds();
        try (OnnxTensor idT = OnnxTensor.createTensor(env, new long[][] {ids});
             OnnxTensor maskT = OnnxTensor.createTensor(env, new long[][] {mask});
             OnnxTensor typeT = OnnxTensor.createTensor(env, new long[][] {types});
             OrtSession.Result result = session.run(Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT))) {
            float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
            float[] pooled = new float[hidden[0].length];
            int count = 0;
            for (int t = 0; t < hidden.length; t++) {
                if (mask[t] == 0) continue;
                count++;
                for (int d = 0; d < pooled.length; d++) pooled[d] += hidden[t][d];
            }
            double norm = 0;
            for (int d = 0; d < pooled.length; d++) {
                pooled[d] /= count;
                norm += pooled[d] * pooled[d];
            }
            float inv = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < pooled.length; d++) pooled[d] *= inv;
            return pooled;
        }
    }

    @Override
    public void close() throws Exception {
        workers.shutdownNow();
        session.close();
        tokenizer.close();
    }
}
