package dev.playground.engine.suite;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The assertion types a suite may name. Those we run use promptfoo's names where the meaning is the same, plus
 * MLflow's scorer names (mapped onto the app's judges). Those promptfoo knows but we do not run (code, webhooks,
 * classifiers) are read and reported per row as not run, never counted as passed. Anything else is a bad suite.
 */
public final class AssertionTypes {
    public static final String ASSERT_SET = "assert-set";

    /** Deterministic checks of the output or the call. */
    static final Set<String> TEXT = Set.of("equals", "contains", "icontains", "contains-any", "contains-all", "icontains-any",
            "icontains-all", "starts-with", "regex", "is-json", "contains-json", "json-schema", "similar", "rouge-n", "rouge-l",
            "bleu", "levenshtein", "latency", "cost", "finish-reason", ASSERT_SET, "pii", "injection", "guardrails",
            "tool-called", "tool-args", "tool-steps");

    /** Judged by a model, with the rubric each maps to. MLflow scorer names are kept as written. */
    static final Map<String, String> JUDGED = Map.ofEntries(
            Map.entry("llm-rubric", "guideline"), Map.entry("model-graded-closedqa", "correctness"),
            Map.entry("factuality", "correctness"), Map.entry("answer-relevance", "relevance"),
            Map.entry("context-faithfulness", "groundedness"), Map.entry("moderation", "safety"),
            Map.entry("Correctness", "correctness"), Map.entry("RelevanceToQuery", "relevance"),
            Map.entry("RetrievalGroundedness", "groundedness"), Map.entry("RetrievalRelevance", "retrieval-relevance"),
            Map.entry("Safety", "safety"), Map.entry("Guidelines", "guideline"));

    /** promptfoo types we read but never run: reported per row as not run, with a warning. */
    static final Set<String> NOT_RUN = Set.of("javascript", "python", "webhook", "ruby", "gleu", "meteor", "perplexity",
            "perplexity-score", "is-sql", "is-xml", "is-html", "is-refusal", "g-eval", "classifier", "select-best", "max-score",
            "tool-call-f1", "is-valid-openai-tools-call", "is-valid-openai-function-call", "is-valid-function-call",
            "context-recall", "context-relevance", "conversation-relevance", "pi", "human", "trace-span-count",
            "trace-span-duration", "trace-error-spans", "equals-json", "word-count");

    public static final String HELP = "equals, contains, icontains, contains-any, contains-all, icontains-any, icontains-all, starts-with, "
            + "regex, is-json, contains-json, similar, rouge-n, bleu, levenshtein, latency, cost, finish-reason, assert-set, pii, injection, "
            + "guardrails, tool-called, tool-args, tool-steps, llm-rubric, "
            + "model-graded-closedqa, factuality, answer-relevance, context-faithfulness, moderation, Correctness, RelevanceToQuery, "
            + "RetrievalGroundedness, RetrievalRelevance, Safety, Guidelines";

    private static final Map<String, String> MLFLOW_BY_LOWER = new TreeMap<>();

    static {
        for (String name : JUDGED.keySet()) if (Character.isUpperCase(name.charAt(0))) MLFLOW_BY_LOWER.put(name.toLowerCase(Locale.ROOT), name);
    }

    private AssertionTypes() {}

    /** The type's canonical spelling: MLflow names in any case become theirs, promptfoo names lower case. */
    static String canonical(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        String mlflow = MLFLOW_BY_LOWER.get(lower.replace("_", "").replace("-", ""));
        if (mlflow != null) return mlflow;
        if (lower.startsWith("similar:")) return "similar";
        return lower;
    }

    static boolean known(String type) {
        return TEXT.contains(type) || JUDGED.containsKey(type) || NOT_RUN.contains(type);
    }

    /** True for types a judge model decides. */
    public static boolean judged(String type) {
        return JUDGED.containsKey(type);
    }

    /** True for types read but never run (code, webhooks, classifiers). */
    public static boolean notRun(String type) {
        return NOT_RUN.contains(type);
    }
}
