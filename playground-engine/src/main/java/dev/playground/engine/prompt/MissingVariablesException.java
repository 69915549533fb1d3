package dev.playground.engine.prompt;

import java.util.List;

/** Rendering stopped because variables the template uses have no value. */
public class MissingVariablesException extends TemplateException {
    private final List<String> missing;

    public MissingVariablesException(List<String> missing) {
        super(describe(missing), -1, 0, 0);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    private static String describe(List<String> missing) {
        String text = "Missing value for " + (missing.size() == 1 ? "variable " : "variables ") + String.join(", ", missing)
                + ". Give each a value (on the command line: --var NAME=VALUE).";
        if (missing.stream().anyMatch(TemplateVariables::isReserved)) {
            text += " `" + TemplateVariables.CONTEXT + "` is filled from retrieved documents: attach documents to the prompt, or give it a value.";
        }
        return text;
    }
}
