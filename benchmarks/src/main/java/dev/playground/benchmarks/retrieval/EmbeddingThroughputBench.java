package dev.playground.benchmarks.retrieval;

import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Our embedder against raw ONNX Runtime on the same model, inputs and threading, side by side in one
 * JVM: rounds alternate between the two so machine noise hits both alike. Also checks that both give
 * the same vectors.
 */
final class EmbeddingThroughputBench {
    private static final int TEXTS = 400;
    private static final int ROUNDS = 5;

    private EmbeddingThroughputBench() {}

    static void run() throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        List<String> texts = SyntheticText.paragraphs(new Random(7), TEXTS, 30, 90);
        try (MiniLmEmbedder ours = new MiniLmEmbedder(threads); RawOnnxMiniLm raw = new RawOnnxMiniLm(threads)) {
            ours.embedAll(texts.subList(0, 100));
            raw.embedAll(texts.subList(0, 100));
            double[] oursRate = new double[ROUNDS];
            double[] rawRate = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                raw.embedAll(texts);
                rawRate[round] = TEXTS / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                ours.embedAll(texts);
                oursRate[round] = TEXTS / ((System.nanoTime() - start) / 1e9);
                System.out.printf("round %d: raw ONNX Runtime %.0f texts/s, playground embedder %.0f texts/s%n", round + 1, rawRate[round], oursRate[round]);
            }
            double maxDiff = maxDifference(ours.embedAll(texts.subList(0, 20)), raw.embedAll(texts.subList(0, 20)));
            double rawMedian = median(rawRate);
            double oursMedian = median(oursRate);
            System.out.printf("median over %d rounds of %d texts (%d threads): raw %.0f/s, ours %.0f/s, ours/raw = %.3f; max |difference| between vectors %.2e%n",
                    ROUNDS, TEXTS, threads, rawMedian, oursMedian, oursMedian / rawMedian, maxDiff);
        }
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
