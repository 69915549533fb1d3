package dev.playground.ui.study;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;

/**
 * What the playground holds when a lab is checked, read on the FX thread: the prompt's name and document, and the
 * chosen connection and model. A lab's check uses the document only when its name is the lab starter's name.
 */
public record PlaygroundSnapshot(String promptName, PromptDocument prompt, Connection connection, String model) {
    /** For a study window without a playground: no prompt, no connection. */
    public static final PlaygroundSnapshot EMPTY = new PlaygroundSnapshot("", null, null, "");

    public PlaygroundSnapshot {
        promptName = promptName == null ? "" : promptName.strip();
        model = model == null ? "" : model.strip();
    }
}
