package dev.playground.engine.metrics;

import java.util.Locale;

/** Cosine similarity between the embeddings of the output and of the expected answer. */
public final class EmbeddingSimilarityMetric implements Metric {
    private final TextEmbedder embedder;
    private final Double passAt;
    private final LastValueCache<String, float[]> expectedVectors = new LastValueCache<>();

    /** {@code passAt} null means "report the similarity only". */
    public EmbeddingSimilarityMetric(TextEmbedder embedder, Double passAt) {
        this.embedder = embedder;
        this.passAt = passAt;
    }

    @Override
    public boolean needsExpected() {
        return true;
    }

    @Override
    public String name() {
        return passAt == null ? "similarity" : "similarity>=" + passAt;
    }

    @Override
    public Score evaluate(MetricInput input) {
        if (input.expected().isBlank()) {
            return Score.failed(name(), "Similarity needs an expected answer. Add one to compare against.", "");
        }
        if (input.output().isBlank()) return passAt == null ? Score.ofValue(name(), 0, "empty output") : Score.ofValueAndPass(name(), 0, false, "empty output");
        double similarity;
        try {
            similarity = cosine(embedder.embed(input.output()), expectedVectors.get(input.expected(), embedder::embed));
        } catch (RuntimeException e) {
            return Score.failed(name(), "The embedding model failed: " + e.getMessage(), "");
        }
        String detail = String.format(Locale.ROOT, "cosine=%.4f", similarity);
        return passAt == null ? Score.ofValue(name(), similarity, detail) : Score.ofValueAndPass(name(), similarity, similarity >= passAt, detail);
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("Embeddings of different sizes: " + a.length + " and " + b.length);
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        if (normA == 0 || normB == 0) return 0;
        return dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }
}
