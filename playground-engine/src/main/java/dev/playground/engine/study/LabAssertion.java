package dev.playground.engine.study;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One assertion of a lab check, in the shape of an evaluation-suite assertion: a {@code type} and a {@code value},
 * plus the few fields the lab-level types need. Which fields a type reads is listed in {@link LabAssertionType};
 * {@link LabLint} refuses an assertion that lacks one or sets one its type ignores.
 *
 * @param type   the assertion type's code, e.g. {@code is-json} or {@code retrieval-rank}
 * @param value  text to look for, a regular expression, a JSON Schema, a rubric, or an answer key
 * @param query  the search for {@code retrieval-rank}
 * @param file   the handbook file (path under the handbook, e.g. {@code en/equipment-loans.md}) the hit must come from
 * @param text   a phrase the expected chunk contains
 * @param top    how high the chunk must rank (1 = first)
 * @param max    the most chunks a collection may hold ({@code chunk-count})
 * @param min    the fewest runs the run log must hold, per model where the statistic compares models
 * @param prompt the saved prompt name whose alias or run-log entries are checked
 * @param alias  the alias that must point at a passing version
 * @param name   the statistic or question the student answers ({@code runlog}, {@code answer})
 */
public record LabAssertion(String type, JsonNode value, String query, String file, String text, Integer top, Integer max,
        Integer min, String prompt, String alias, String name) {

    public LabAssertion {
        type = type == null ? "" : type.strip();
    }

    /** The value as text: a string as is, anything else (a schema) as JSON. Empty when there is no value. */
    public String valueText() {
        if (value == null || value.isNull() || value.isMissingNode()) return "";
        return value.isValueNode() ? value.asText() : value.toString();
    }

    public boolean hasValue() {
        return !valueText().isBlank();
    }
}
