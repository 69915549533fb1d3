package dev.playground.engine.judge;

import java.util.Objects;

/**
 * One judging criterion: its id (also the score's name), its scale, and the judge prompt template
 * (the user message; {{question}}, {{answer}}, {{context}}, {{expected}}, {{guideline}} and
 * {{output_format}} are filled in). {@code guideline} is the user's own rule for the custom rubric.
 */
public record Rubric(String id, JudgeScale scale, String template, String guideline) {
    public Rubric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scale, "scale");
        template = template == null ? "" : template;
        guideline = guideline == null ? "" : guideline;
    }

    public Rubric withTemplate(String value) {
        return new Rubric(id, scale, value, guideline);
    }

    public Rubric withScale(JudgeScale value) {
        return new Rubric(id, value, template, guideline);
    }

    public Rubric withGuideline(String value) {
        return new Rubric(id, scale, template, value);
    }

    /** The name scores carry, e.g. {@code judge:correctness}. */
    public String scoreName() {
        return "judge:" + id;
    }
}
