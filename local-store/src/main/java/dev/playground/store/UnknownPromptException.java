package dev.playground.store;

/** The named prompt, or the numbered version of it, is not in the store. */
public class UnknownPromptException extends IllegalArgumentException {
    public UnknownPromptException(String name) {
        super("There is no prompt named '" + name + "'. See the names with: playground prompt list");
    }

    public UnknownPromptException(String name, int version) {
        super("Prompt '" + name + "' has no version " + version + ". See its versions with: playground prompt show " + name);
    }
}
