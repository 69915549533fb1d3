package dev.playground.engine.study;

import dev.playground.engine.prompt.PromptDocument;
import java.util.Map;

/**
 * What the student hands in for a check: their own version of the prompt (null: the lab's starter, or the version
 * the lab's alias points at), the collection they worked on (blank: the lab's own), and their answers to the lab's
 * questions, by name ({@code faster=gpt-4o-mini}).
 */
public record LabSubmission(PromptDocument prompt, String collection, Map<String, String> answers) {
    public static final LabSubmission DEFAULTS = new LabSubmission(null, "", Map.of());

    public LabSubmission {
        collection = collection == null ? "" : collection.strip();
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
