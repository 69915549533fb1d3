package dev.playground.store;

/** Prompt names follow MLflow's rule: letters, digits, '_', '.', '-'. */
public class InvalidPromptNameException extends IllegalArgumentException {
    public InvalidPromptNameException(String name) {
        super("'" + name + "' is not a valid prompt name: use letters, digits, '_', '.' or '-' (no spaces), up to 200 characters.");
    }

    public static String check(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_.\\-]{1,200}")) throw new InvalidPromptNameException(name);
        return name;
    }
}
