package dev.playground.ui.compare;

import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.List;

/**
 * What a column runs: the playground's current draft, or one saved version of a library prompt
 * (with the aliases pointing at it, for display). Saved comparisons keep the version's template,
 * so a reopened comparison runs what it ran before even if the library moved on. {@code tools} are the version's
 * tools (a saved comparison does not keep them: a reopened one runs the version without tools).
 */
public record PromptChoice(String promptName, int version, List<String> aliases, PromptTemplate template, ToolSet tools) {
    public static final PromptChoice DRAFT = new PromptChoice("", 0, List.of(), null);

    public PromptChoice {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        tools = tools == null ? ToolSet.EMPTY : tools;
    }

    public PromptChoice(String promptName, int version, List<String> aliases, PromptTemplate template) {
        this(promptName, version, aliases, template, ToolSet.EMPTY);
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
