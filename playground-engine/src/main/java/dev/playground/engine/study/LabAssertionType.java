package dev.playground.engine.study;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The assertion types a lab check may use. Answer types look at one answer of the prompt under test and use the names
 * of evaluation-suite assertions (promptfoo's); lab types look at the app's state: a collection, the registry, the run
 * log, or an answer the student gives on the command line or in the study window.
 */
public enum LabAssertionType {
    CONTAINS("contains", true, Set.of("value")),
    ICONTAINS("icontains", true, Set.of("value")),
    NOT_CONTAINS("not-contains", true, Set.of("value")),
    NOT_ICONTAINS("not-icontains", true, Set.of("value")),
    REGEX("regex", true, Set.of("value")),
    NOT_REGEX("not-regex", true, Set.of("value")),
    /** Valid JSON; with a value, a JSON Schema the answer must match. */
    IS_JSON("is-json", true, Set.of()),
    /** Cites at least one retrieved passage as [n], and never a number that was not retrieved. */
    CITES("cites", true, Set.of()),
    /** A judge model grades the answer against the rubric in {@code value}: a built-in one (groundedness) or your own rule. */
    LLM_RUBRIC("llm-rubric", true, Set.of("value")),
    /** The chunk of {@code file} holding {@code text} ranks within {@code top} for {@code query}. */
    RETRIEVAL_RANK("retrieval-rank", false, Set.of("query", "file", "text", "top")),
    /** The collection holds at most {@code max} chunks. */
    CHUNK_COUNT("chunk-count", false, Set.of("max")),
    /** {@code prompt@alias} exists and points past version 1; the lab's cases then run that version. */
    ALIAS("alias", false, Set.of("prompt", "alias")),
    /** A statistic of the run log for {@code prompt} ({@code name}), which the student reads and answers. */
    RUNLOG("runlog", false, Set.of("prompt", "name", "min")),
    /** A question with a fixed key in {@code value}, which the student answers as {@code name}. */
    ANSWER("answer", false, Set.of("name", "value"));

    private final String code;
    private final boolean onAnswer;
    private final Set<String> fields;

    LabAssertionType(String code, boolean onAnswer, Set<String> fields) {
        this.code = code;
        this.onAnswer = onAnswer;
        this.fields = fields;
    }

    public String code() {
        return code;
    }

    /** True for types that judge one answer of the prompt under test (they go in a case); false for lab-wide ones. */
    public boolean onAnswer() {
        return onAnswer;
    }

    /** The fields this type requires besides {@code type} ({@code is-json} and {@code cites} take an optional value). */
    public Set<String> fields() {
        return fields;
    }

    public static Optional<LabAssertionType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
