package dev.playground.benchmarks.retrieval;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Our embedding against raw ONNX Runtime on the same model, inputs and threading, side by side in one
 * JVM: rounds alternate so machine noise hits both alike. Two of ours are timed: the embedder alone,
 * and the embedding phase of a real indexing run (batches read from Lucene, vectors quantised,
 * written and committed), which is what a user waits for. Also checks both give the same vectors.
 */
final class EmbeddingThroughputBench {
    private static final int TEXTS = 1000;
    private static final int ROUNDS = 5;

    private EmbeddingThroughputBench() {}

    static void run(Path work) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> texts = SyntheticText.paragraphs(new Random(7), TEXTS, 30, 90);
        Path files = Files.createDirectories(work.resolve("texts"));
        for (int i = 0; i < texts.size(); i++) Files.writeString(files.resolve("text-%03d.txt".formatted(i)), texts.get(i));
        try (MiniLmEmbedder ours = new MiniLmEmbedder(threads); RawOnnxMiniLm raw = new RawOnnxMiniLm(threads);
             DocumentCollections collections = new DocumentCollections(work.resolve("data"), () -> ours, MiniLmEmbedder.ID)) {
            ours.embedAll(texts.subList(0, 100));
            raw.embedAll(texts.subList(0, 100));
            double[] rawRate = new double[ROUNDS];
            double[] oursRate = new double[ROUNDS];
            double[] indexRate = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                raw.embedAll(texts);
                rawRate[round] = TEXTS / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                ours.embedAll(texts);
                oursRate[round] = TEXTS / ((System.nanoTime() - start) / 1e9);
                indexRate[round] = indexingRate(collections.open("round-" + round), files);
                System.out.printf("round %d: raw ONNX Runtime %.0f texts/s, playground embedder %.0f texts/s, indexing embedding phase %.0f chunks/s%n",
                        round + 1, rawRate[round], oursRate[round], indexRate[round]);
            }
            double maxDiff = maxDifference(ours.embedAll(texts.subList(0, 20)), raw.embedAll(texts.subList(0, 20)));
            double rawMedian = median(rawRate);
            System.out.printf("median over %d rounds of %d texts (%d threads): raw %.0f/s, embedder %.0f/s (ratio %.3f), "
                            + "indexing path %.0f/s (ratio %.3f); max |difference| between vectors %.2e%n",
                    ROUNDS, TEXTS, threads, rawMedian, median(oursRate), median(oursRate) / rawMedian,
                    median(indexRate), median(indexRate) / rawMedian, maxDiff);
        }
    }

    /** Chunks per second of the embedding phase only (the reading phase before it is not timed). */
    private static double indexingRate(DocumentCollection collection, Path files) throws Exception {
        collection.attach(new Source(files, List.of()));
        AtomicLong embeddingStarted = new AtomicLong();
        collection.update((phase, done, total, current) -> {
            if (phase == IndexProgress.Phase.EMBEDDING && embeddingStarted.get() == 0) embeddingStarted.set(System.nanoTime());
        }, new Cancellation());
        long end = System.nanoTime();
        DocumentCollection.Stats stats = collection.stats();
        if (stats.embeddedChunks() != TEXTS) throw new IllegalStateException("expected one chunk per text, got " + stats);
        return stats.embeddedChunks() / ((end - embeddingStarted.get()) / 1e9);
    }

    private static double maxDifference(List<float[]> ours, float[][] raw) {
        double max = 0;
        for (int i = 0; i < raw.length; i++) {
            for (int d = 0; d < raw[i].length; d++) max = Math.max(max, Math.abs(ours.get(i)[d] - raw[i][d]));
        }
        return max;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
