package dev.playground.engine.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sentence BLEU as sacreBLEU's {@code sentence_bleu} computes it: 13a tokens, case kept, n-grams up
 * to 4, brevity penalty, effective order, and 'exp' smoothing (each zero-match order after the first
 * counts as 1/(2^k · total)). sacreBLEU reports 0–100; the value here is that divided by 100, so
 * every metric lives in [0, 1].
 */
public final class BleuMetric implements Metric {
    private static final int MAX_ORDER = 4;

    private final LastValueCache<List<String>, References> referenceCache = new LastValueCache<>();

    @Override
    public boolean needsExpected() {
        return true;
    }

    @Override
    public String name() {
        return "bleu";
    }

    @Override
    public Score evaluate(MetricInput input) {
        if (input.expected().isBlank()) {
            return Score.failed(name(), "BLEU needs an expected answer. Add one to compare against.", "");
        }
        Result result = sentenceBleu(input.output(), List.of(input.expected()));
        return Score.ofValue(name(), result.score() / 100.0, result.describe());
    }

    /** The sacreBLEU score (0–100) of one hypothesis against one or more references. */
    public Result sentenceBleu(String hypothesis, List<String> references) {
        List<String> hyp = Tokenizer13a.tokenize(hypothesis);
        References refs = referenceCache.get(List.copyOf(references), BleuMetric::references);
        Map<List<String>, Integer> refMax = refs.maxCounts();
        int[] refLengths = refs.lengths();
        int[] correct = new int[MAX_ORDER];
        int[] total = new int[MAX_ORDER];
        ngrams(hyp).forEach((gram, count) -> {
            int n = gram.size() - 1;
            total[n] += count;
            correct[n] += Math.min(count, refMax.getOrDefault(gram, 0));
        });
        return compute(correct, total, hyp.size(), closestReferenceLength(hyp.size(), refLengths));
    }

    /** Each n-gram's highest count over the references, and each reference's length in tokens. */
    private record References(Map<List<String>, Integer> maxCounts, int[] lengths) {}

    private static References references(List<String> references) {
        Map<List<String>, Integer> maxCounts = new HashMap<>();
        int[] lengths = new int[references.size()];
        for (int r = 0; r < references.size(); r++) {
            List<String> ref = Tokenizer13a.tokenize(references.get(r));
            lengths[r] = ref.size();
            ngrams(ref).forEach((gram, count) -> maxCounts.merge(gram, count, Math::max));
        }
        return new References(maxCounts, lengths);
    }

    private static Result compute(int[] correct, int[] total, int hypLength, int refLength) {
        double brevity = hypLength < refLength ? (hypLength > 0 ? Math.exp(1 - (double) refLength / hypLength) : 0.0) : 1.0;
        double[] precisions = new double[MAX_ORDER];
        boolean anyMatch = false;
        for (int c : correct) anyMatch |= c > 0;
        if (!anyMatch) return new Result(0.0, precisions, brevity, hypLength, refLength);
        double smooth = 1.0;
        int effectiveOrder = MAX_ORDER;
        for (int n = 0; n < MAX_ORDER; n++) {
            if (total[n] == 0) break;
            effectiveOrder = n + 1;
            if (correct[n] == 0) {
                smooth *= 2;
                precisions[n] = 100.0 / (smooth * total[n]);
            } else {
                precisions[n] = 100.0 * correct[n] / total[n];
            }
        }
        double logSum = 0;
        for (int n = 0; n < effectiveOrder; n++) {
            // sacreBLEU's my_log: log(0) is a huge negative number instead of -infinity.
            logSum += precisions[n] == 0 ? -9_999_999_999.0 : Math.log(precisions[n]);
        }
        return new Result(brevity * Math.exp(logSum / effectiveOrder), precisions, brevity, hypLength, refLength);
    }

    /** The reference length nearest the hypothesis length; on a tie the shorter one. */
    private static int closestReferenceLength(int hypLength, int[] refLengths) {
        int best = -1;
        int bestDiff = -1;
        for (int length : refLengths) {
            int diff = Math.abs(hypLength - length);
            if (bestDiff < 0 || diff < bestDiff || (diff == bestDiff && length < best)) {
                bestDiff = diff;
                best = length;
            }
        }
        return Math.max(best, 0);
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return counts;
    }

    /** The score (0–100) with the statistics behind it, as sacreBLEU prints them. */
    public record Result(double score, double[] precisions, double brevityPenalty, int hypLength, int refLength) {
        public String describe() {
            return String.format(Locale.ROOT, "BLEU=%.2f %.1f/%.1f/%.1f/%.1f (BP=%.3f hyp_len=%d ref_len=%d)", score,
                    precisions[0], precisions[1], precisions[2], precisions[3], brevityPenalty, hypLength, refLength);
        }
    }
}
