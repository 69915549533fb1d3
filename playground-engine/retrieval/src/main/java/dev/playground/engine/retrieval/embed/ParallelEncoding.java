package dev.playground.engine.retrieval.embed;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Spreads texts over a fixed set of workers; each takes the next text as it finishes one, so a long text holds up no batch. */
final class ParallelEncoding {
    private ParallelEncoding() {}

    static List<float[]> embed(ExecutorService workers, int threads, MiniLmEncoder encoder, List<String> texts) {
        if (texts.isEmpty()) return List.of();
        float[][] vectors = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < vectors.length; i = next.getAndIncrement()) {
                try {
                    vectors[i] = encoder.embed(texts.get(i));
                } catch (OrtException e) {
                    throw new IllegalStateException("ONNX Runtime failed to embed a text: " + e.getMessage(), e);
                }
            }
        };
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, vectors.length); t++) running.add(workers.submit(work));
        for (Future<?> future : running) await(future);
        return List.of(vectors);
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Embedding was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
