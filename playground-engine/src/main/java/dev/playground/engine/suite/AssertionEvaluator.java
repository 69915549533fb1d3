package dev.playground.engine.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.metrics.BleuMetric;
import dev.playground.engine.metrics.JsonMetric;
import dev.playground.engine.metrics.MetricInput;
import dev.playground.engine.metrics.RougeMetric;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.metrics.TextEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one cell against one assertion, the same way for suites, the Evaluate view and the study labs. Text checks
 * reuse the app's metrics (ROUGE, BLEU, JSON Schema); judged types go to {@link JudgedAssertions}. A value may use
 * the row's variables as {@code {{name}}}. Never throws for a bad output: every problem is a failed result.
 */
public final class AssertionEvaluator {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][\\w.]*)\\s*}}");
    private final Supplier<Optional<TextEmbedder>> embedder;
    private final JudgedAssertions judged;

    /** {@code embedder} is asked only by {@code similar}; empty means no embedding model (then similar is not run). */
    public AssertionEvaluator(Supplier<Optional<TextEmbedder>> embedder, SuiteJudge judge) {
        this.embedder = embedder;
        this.judged = new JudgedAssertions(judge);
    }

    /** Without embeddings or judges: text checks only (similar and judged types are reported as not run or failed). */
    public static AssertionEvaluator textOnly() {
        return new AssertionEvaluator(Optional::empty, SuiteJudge.NONE);
    }

    public AssertionResult evaluate(SuiteAssertion assertion, AssertionContext cell) throws InterruptedException {
        String type = assertion.type();
        if (AssertionTypes.notRun(type)) {
            return AssertionResult.notRun(assertion, type + " assertions are not run by Prompt Playground (it runs no code and calls no"
                    + " webhooks); this check was skipped, not passed");
        }
        if (AssertionTypes.judged(type)) return judged.evaluate(assertion, cell, expanded(assertion.valueText(), cell));
        try {
            return text(assertion, cell);
        } catch (IllegalArgumentException e) {
            return AssertionResult.error(assertion, "could not be checked: " + e.getMessage());
        }
    }

    private AssertionResult text(SuiteAssertion a, AssertionContext cell) throws InterruptedException {
        String output = cell.output();
        String value = expanded(a.valueText(), cell);
        return switch (a.type()) {
            case "equals" -> equals(a, output, value, cell);
            case "contains" -> pass(a, output.contains(value), "looked for \"" + value + "\"");
            case "icontains" -> pass(a, lower(output).contains(lower(value)), "looked for \"" + value + "\", ignoring case");
            case "contains-any", "icontains-any", "contains-all", "icontains-all" -> containsSome(a, output, cell);
            case "starts-with" -> pass(a, output.strip().startsWith(value), "must start with \"" + value + "\"");
            case "regex" -> regex(a, output, value);
            case "is-json", "json-schema" -> score(a, json(value).evaluate(MetricInput.of(output, "")));
            case "contains-json" -> containsJson(a, output, value);
            case "similar" -> similar(a, cell);
            case "rouge-n", "rouge-l" -> overlap(a, reference(value, cell), output);
            case "bleu" -> bleu(a, cell, output);
            case "levenshtein" -> levenshtein(a, output, reference(value, cell));
            case "latency" -> latency(a, cell);
            case "cost" -> cost(a, cell);
            case "finish-reason" -> pass(a, value.equalsIgnoreCase(cell.finishReason() == null ? "" : cell.finishReason()),
                    "finish reason " + cell.finishReason() + ", expected " + value);
            case AssertionTypes.ASSERT_SET -> set(a, cell);
            case "pii", "injection", "guardrails" -> GuardAssertions.evaluate(a, output);
            case "tool-called", "tool-args", "tool-steps" -> ToolAssertions.evaluate(a, cell.trace());
            default -> AssertionResult.notRun(a, a.type() + " is not run here");
        };
    }

    private static AssertionResult equals(SuiteAssertion a, String output, String value, AssertionContext cell) {
        if (a.value() instanceof Map<?, ?> || a.value() instanceof List<?>) {
            try {
                JsonNode got = SuiteJson.MAPPER.readTree(output.strip());
                return pass(a, SuiteJson.tree(a.value()).equals(got), "compared as JSON");
            } catch (JsonProcessingException e) {
                return pass(a, false, "the output is not JSON, so it cannot equal the JSON value");
            }
        }
        String expected = a.value() == null ? cell.row().expectedResponse() : value;
        if (expected == null) return AssertionResult.error(a, "equals needs a value or the row's expected_response");
        return pass(a, output.strip().equals(expected.strip()), "expected \"" + shorten(expected) + "\", got \"" + shorten(output) + "\"");
    }

    private AssertionResult containsSome(SuiteAssertion a, String output, AssertionContext cell) {
        boolean ignoreCase = a.type().startsWith("i");
        boolean all = a.type().endsWith("-all");
        List<String> needles = new ArrayList<>();
        List<String> values = a.value() instanceof String text ? List.of(text.split(",")) : a.valueList();
        for (String needle : values) if (!needle.isBlank()) needles.add(expanded(needle.strip(), cell));
        if (needles.isEmpty()) return AssertionResult.error(a, a.type() + " needs a list of texts as its value");
        String haystack = ignoreCase ? lower(output) : output;
        List<String> found = needles.stream().filter(n -> haystack.contains(ignoreCase ? lower(n) : n)).toList();
        boolean ok = all ? found.size() == needles.size() : !found.isEmpty();
        return pass(a, ok, "found " + found.size() + " of " + needles.size() + (found.isEmpty() ? "" : ": " + String.join(", ", found)));
    }

    private static AssertionResult regex(SuiteAssertion a, String output, String value) {
        Matcher matcher = Pattern.compile(value).matcher(output);
        return matcher.find() ? pass(a, true, "matched \"" + shorten(matcher.group()) + "\"") : pass(a, false, "no match for /" + value + "/");
    }

    private static JsonMetric json(String schema) {
        return schema.isBlank() ? JsonMetric.validJson() : JsonMetric.matchingSchema(schema);
    }

    private static AssertionResult containsJson(SuiteAssertion a, String output, String schema) {
        for (int start = 0; start < output.length(); start++) {
            char c = output.charAt(start);
            if (c != '{' && c != '[') continue;
            try (var parser = SuiteJson.MAPPER.createParser(output.substring(start))) {
                JsonNode node = SuiteJson.MAPPER.readTree(parser);
                if (node == null || !node.isContainerNode()) continue;
                if (schema.isBlank()) return pass(a, true, "holds valid JSON");
                Score score = json(schema).evaluate(MetricInput.of(node.toString(), ""));
                return pass(a, Boolean.TRUE.equals(score.passed()), score.detail());
            } catch (java.io.IOException e) {
                // not JSON from here: try the next brace
            }
        }
        return pass(a, false, "holds no JSON object or array");
    }

    private AssertionResult similar(SuiteAssertion a, AssertionContext cell) {
        Optional<TextEmbedder> model = embedder.get();
        if (model.isEmpty()) {
            return AssertionResult.notRun(a, "similar needs an embedding model and none is configured; skipped, not passed");
        }
        List<String> references = a.value() == null ? List.of(cell.expected()) : a.valueList().stream().map(v -> expanded(v, cell)).toList();
        double threshold = a.threshold() == null ? 0.75 : a.threshold();
        float[] output = model.get().embed(cell.output());
        double best = 0;
        for (String reference : references) best = Math.max(best, cosine(output, model.get().embed(reference)));
        return AssertionResult.of(a, best >= threshold, best, String.format(Locale.ROOT, "similarity %.3f (needed %.2f)", best, threshold));
    }

    private static AssertionResult overlap(SuiteAssertion a, String reference, String output) {
        if (reference.isBlank()) return AssertionResult.error(a, a.type() + " needs a value or the row's expected_response");
        RougeMetric.Variant variant = a.type().equals("rouge-l") ? RougeMetric.Variant.ROUGE_L : RougeMetric.Variant.ROUGE_1;
        double f = new RougeMetric(variant).compute(reference, output).f();
        double threshold = a.threshold() == null ? 0.75 : a.threshold();
        return AssertionResult.of(a, f >= threshold, f, String.format(Locale.ROOT, "%s %.3f (needed %.2f)", a.type(), f, threshold));
    }

    private AssertionResult bleu(SuiteAssertion a, AssertionContext cell, String output) {
        List<String> references = a.value() == null ? List.of(cell.expected()) : a.valueList().stream().map(v -> expanded(v, cell)).toList();
        if (references.stream().allMatch(String::isBlank)) return AssertionResult.error(a, "bleu needs a value or the row's expected_response");
        double score = new BleuMetric().sentenceBleu(output, references).score() / 100.0;
        double threshold = a.threshold() == null ? 0.5 : a.threshold();
        return AssertionResult.of(a, score >= threshold, score, String.format(Locale.ROOT, "BLEU %.3f (needed %.2f)", score, threshold));
    }

    private static AssertionResult levenshtein(SuiteAssertion a, String output, String reference) {
        int distance = distance(output, reference);
        double most = a.threshold() == null ? 5 : a.threshold();
        return AssertionResult.of(a, distance <= most, distance <= most ? 1 : 0, "edit distance " + distance + " (at most " + (long) most + ")");
    }

    private static AssertionResult latency(SuiteAssertion a, AssertionContext cell) {
        if (a.threshold() == null) return AssertionResult.error(a, "latency needs a threshold in milliseconds");
        if (cell.latency() == null) return AssertionResult.error(a, "the latency of this call is not known");
        long ms = cell.latency().toMillis();
        return pass(a, ms <= a.threshold(), ms + " ms (at most " + a.threshold().longValue() + " ms)");
    }

    private static AssertionResult cost(SuiteAssertion a, AssertionContext cell) {
        if (a.threshold() == null) return AssertionResult.error(a, "cost needs a threshold in US dollars");
        if (cell.costUsd() == null) return AssertionResult.error(a, "the cost of this call is not known: add the model to the price table");
        return pass(a, cell.costUsd() <= a.threshold(), String.format(Locale.ROOT, "$%.6f (at most $%s)", cell.costUsd(), a.threshold()));
    }

    private AssertionResult set(SuiteAssertion a, AssertionContext cell) throws InterruptedException {
        List<AssertionResult> parts = new ArrayList<>();
        for (SuiteAssertion child : a.children()) parts.add(evaluate(child, cell));
        RowVerdict verdict = RowVerdict.of(parts, a.threshold());
        return AssertionResult.of(a, verdict.passed(), verdict.score(), verdict.reason());
    }

    private static AssertionResult pass(SuiteAssertion a, boolean ok, String reason) {
        return AssertionResult.of(a, ok, ok ? 1 : 0, reason);
    }

    private static AssertionResult score(SuiteAssertion a, Score score) {
        if (score.isError()) return AssertionResult.error(a, score.error());
        return pass(a, Boolean.TRUE.equals(score.passed()), score.detail());
    }

    private static String reference(String value, AssertionContext cell) {
        return value.isBlank() ? cell.expected() : value;
    }

    /** {{name}} replaced by the row's value of that variable (left as written when the row has none). */
    static String expanded(String text, AssertionContext cell) {
        if (text.indexOf('{') < 0) return text;
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = cell.vars().get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }
}
