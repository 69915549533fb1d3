package dev.playground.engine.metrics;

import dev.playground.engine.metrics.ThresholdMetric.Measure;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a metric from its short text form, as typed on the command line or in the compare view:
 * {@code exact}, {@code contains:TEXT}, {@code icontains:TEXT}, {@code regex:RE}, {@code json},
 * {@code json-schema:SCHEMA}, {@code rouge-1}, {@code rouge-2}, {@code rouge-l}, {@code bleu},
 * {@code embedding[:MIN]} (also {@code similarity}), {@code chars<=N}, {@code words<=N}, {@code latency-ms<=N}, {@code cost-usd<=N}
 * (also {@code >=}), and on a run's tool calls {@code tool-called:NAME}, {@code tool-args:NAME=JSON}, {@code tool-steps<=N}.
 */
public final class MetricSpecs {
    public static final String HELP = "exact, contains:TEXT, icontains:TEXT, regex:RE, json, json-schema:SCHEMA, rouge-1, rouge-2, "
            + "rouge-l, bleu, embedding[:MIN], chars<=N, words<=N, latency-ms<=N, cost-usd<=N, tool-called:NAME, tool-args:NAME=JSON, tool-steps<=N";

    private MetricSpecs() {}

    /**
     * @param embedder used by {@code embedding}; empty when no embedding model is available
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    public static Metric parse(String spec, Optional<TextEmbedder> embedder) {
        String trimmed = spec == null ? "" : spec.strip();
        int colon = trimmed.indexOf(':');
        String head = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? "" : trimmed.substring(colon + 1);
        switch (head) {
            case "exact", "equals": return new ExactMatchMetric();
            case "contains": return new ContainsMetric(argument, false);
            case "icontains": return new ContainsMetric(argument, true);
            case "regex": return new RegexMetric(argument);
            case "json", "is-json": return JsonMetric.validJson();
            case "json-schema": return JsonMetric.matchingSchema(argument);
            case "rouge-1", "rouge1": return new RougeMetric(RougeMetric.Variant.ROUGE_1);
            case "rouge-2", "rouge2": return new RougeMetric(RougeMetric.Variant.ROUGE_2);
            case "rouge-l", "rougel": return new RougeMetric(RougeMetric.Variant.ROUGE_L);
            case "bleu": return new BleuMetric();
            case "tool-called": return ToolCallMetric.called(argument);
            case "tool-args": return ToolCallMetric.arguments(argument);
            case "embedding", "similarity", "similar": {
                TextEmbedder model = embedder.orElseThrow(() -> new IllegalArgumentException(
                        "Embedding similarity needs an embedding model, and none is available in this setup."));
                return new EmbeddingSimilarityMetric(model, argument.isEmpty() ? null : number(argument, spec));
            }
            default: return threshold(trimmed, spec);
        }
    }

    private static Metric threshold(String trimmed, String spec) {
        if (trimmed.startsWith("tool-steps<=")) {
            double limit = number(trimmed.substring("tool-steps<=".length()), spec);
            if (limit < 1 || limit != Math.rint(limit)) throw new IllegalArgumentException("tool-steps<=N takes a whole number of model calls, 1 or more.");
            return ToolCallMetric.steps((int) limit);
        }
        for (Measure measure : Measure.values()) {
            String label = measure.label();
            if (trimmed.startsWith(label + "<=")) return new ThresholdMetric(measure, null, number(trimmed.substring(label.length() + 2), spec));
            if (trimmed.startsWith(label + ">=")) return new ThresholdMetric(measure, number(trimmed.substring(label.length() + 2), spec), null);
        }
        throw new IllegalArgumentException("Unknown metric '" + spec + "'. Use one of: " + HELP + ".");
    }

    private static double number(String text, String spec) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("In metric '" + spec + "', '" + text + "' is not a number.", e);
        }
    }
}
