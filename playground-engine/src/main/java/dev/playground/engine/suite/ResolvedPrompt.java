package dev.playground.engine.suite;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.runlog.RunLabel;

/**
 * A saved prompt version a suite reference ({@code NAME}, {@code NAME/3}, {@code NAME@alias}) resolved to: its
 * document, and the run-log label its calls are filed under (prompt, version number, alias when reached through one).
 */
public record ResolvedPrompt(PromptDocument document, RunLabel label) {
    /** A document whose version is not known: filed under the reference's prompt name only. */
    public static ResolvedPrompt unnumbered(PromptDocument document, String ref) {
        return new ResolvedPrompt(document, RunLabel.of(nameOf(ref)));
    }

    /** {@code support} from {@code support}, {@code support/3} or {@code support@champion}. */
    public static String nameOf(String ref) {
        return ref == null ? "" : ref.strip().split("[@/]", 2)[0];
    }

    /** The alias a reference names ({@code champion} in {@code support@champion}); empty for none or {@code latest}. */
    public static String aliasOf(String ref) {
        int at = ref == null ? -1 : ref.lastIndexOf('@');
        String alias = at < 0 ? "" : ref.substring(at + 1).strip();
        return alias.equals("latest") ? "" : alias;
    }
}
