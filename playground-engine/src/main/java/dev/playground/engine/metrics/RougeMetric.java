package dev.playground.engine.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F-measure of the output against the expected answer, computed as
 * Google's rouge-score does with {@code use_stemmer=False}. The value is in [0, 1].
 */
public final class RougeMetric implements Metric {
    public enum Variant { ROUGE_1, ROUGE_2, ROUGE_L }

    private final Variant variant;
    private final LastValueCache<String, List<String>> targetCache = new LastValueCache<>();

    public RougeMetric(Variant variant) {
        this.variant = variant;
    }

    @Override
    public boolean needsExpected() {
        return true;
    }

    @Override
    public String name() {
        return variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Score evaluate(MetricInput input) {
        if (input.expected().isBlank()) {
            return Score.failed(name(), "ROUGE needs an expected answer. Add one to compare against.", "");
        }
        Prf prf = compute(input.expected(), input.output());
        return Score.ofValue(name(), prf.f(), String.format(Locale.ROOT, "P=%.4f R=%.4f F=%.4f", prf.p(), prf.r(), prf.f()));
    }

    /** Precision, recall and F-measure, with the reference ("target") first as rouge-score takes them. */
    public Prf compute(String target, String prediction) {
        List<String> targetTokens = targetCache.get(target, RougeTokenizer::tokenize);
        List<String> predictionTokens = RougeTokenizer.tokenize(prediction);
        return switch (variant) {
            case ROUGE_1 -> ngramScore(targetTokens, predictionTokens, 1);
            case ROUGE_2 -> ngramScore(targetTokens, predictionTokens, 2);
            case ROUGE_L -> lcsScore(targetTokens, predictionTokens);
        };
    }

    private static Prf ngramScore(List<String> target, List<String> prediction, int n) {
        Map<List<String>, Integer> targetCounts = ngrams(target, n);
        Map<List<String>, Integer> predictionCounts = ngrams(prediction, n);
        int overlap = 0;
        for (Map.Entry<List<String>, Integer> e : targetCounts.entrySet()) {
            overlap += Math.min(e.getValue(), predictionCounts.getOrDefault(e.getKey(), 0));
        }
        int targetTotal = Math.max(0, target.size() - n + 1);
        int predictionTotal = Math.max(0, prediction.size() - n + 1);
        // rouge-score divides by max(count, 1), so empty sides give 0 rather than NaN.
        return Prf.of((double) overlap / Math.max(predictionTotal, 1), (double) overlap / Math.max(targetTotal, 1));
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return counts;
    }

    private static Prf lcsScore(List<String> target, List<String> prediction) {
        if (target.isEmpty() || prediction.isEmpty()) return Prf.of(0, 0);
        int lcs = lcsLength(target, prediction);
        return Prf.of((double) lcs / prediction.size(), (double) lcs / target.size());
    }

    /** Classic dynamic programme, keeping one row so long answers stay cheap in memory. */
    static int lcsLength(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String token = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    public record Prf(double p, double r, double f) {
        static Prf of(double precision, double recall) {
            double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
            return new Prf(precision, recall, f);
        }
    }
}
