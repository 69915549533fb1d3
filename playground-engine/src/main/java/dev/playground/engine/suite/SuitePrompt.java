package dev.playground.engine.suite;

import dev.playground.engine.prompt.PromptDocument;

/**
 * A prompt a suite runs: a saved version by reference ({@code NAME}, {@code NAME/3}, {@code NAME@alias}), or a prompt
 * written in the suite's file itself (a promptfoo config's prompts), with the label the reports show.
 */
public record SuitePrompt(String ref, PromptDocument document, String label) {
    public SuitePrompt {
        ref = ref == null ? "" : ref.strip();
        label = label == null || label.isBlank() ? ref : label.strip();
        if (ref.isEmpty() && document == null) throw new IllegalArgumentException("a suite prompt needs a reference or a document");
    }

    public static SuitePrompt saved(String ref) {
        return new SuitePrompt(ref, null, ref);
    }

    public boolean inline() {
        return document != null;
    }

    /** The same prompt, run as another saved version (a baseline such as NAME@champion). */
    public SuitePrompt as(String otherRef) {
        return new SuitePrompt(otherRef, null, otherRef);
    }
}
