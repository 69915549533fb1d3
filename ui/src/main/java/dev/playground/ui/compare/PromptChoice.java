package dev.playground.ui.compare;

import dev.playground.engine.prompt.PromptTemplate;
import java.util.List;

/**
 * What a column runs: the playground's current draft, or one saved version of a library prompt
 * (with the aliases pointing at it, for display). Saved comparisons keep the version's template,
 * so a reopened comparison runs what it ran before even if the library moved on.
 */
public record PromptChoice(String promptName, int version, List<String> aliases, PromptTemplate template) {
    public static final PromptChoice DRAFT = new PromptChoice("", 0, List.of(), null);

    public PromptChoice {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isDraft() {
        return template == null;
    }

    /** The engine's prompt reference: "draft" or "name@version". */
    public String ref() {
        return isDraft() ? "draft" : promptName + "@" + version;
    }

    /** Reads a saved variant's reference back; anything that is not "name@N" counts as the draft. */
    static PromptChoice fromSaved(String ref, PromptTemplate template) {
        int at = ref == null ? -1 : ref.lastIndexOf('@');
        if (at <= 0 || template == null) return DRAFT;
        try {
            return new PromptChoice(ref.substring(0, at), Integer.parseInt(ref.substring(at + 1)), List.of(), template);
        } catch (NumberFormatException e) {
            return DRAFT;
        }
    }

    /** "support-bot v3 · champion"; the draft's label comes from the resource bundle. */
    String describe(String draftLabel) {
        if (isDraft()) return draftLabel;
        return promptName + " v" + version + (aliases.isEmpty() ? "" : " · " + String.join(", ", aliases));
    }
}
