package dev.playground.ui.study;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import java.util.Map;

/**
 * What the student hands in when they press Check: their version of the lab's prompt as the playground holds it (null
 * when the playground holds another prompt: the lab's starter is checked), the connection and model chosen in the
 * playground (the connection may be null; a lab whose check calls no model needs none), and their answers to the lab's
 * questions by name.
 */
public record LabAttempt(PromptDocument prompt, Connection connection, String model, Map<String, String> answers) {
    public LabAttempt {
        model = model == null ? "" : model.strip();
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
