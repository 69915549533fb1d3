package dev.playground.store.h2;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import java.util.Locale;

/** What a text search looks through: the name and every message of the latest version, lower-cased. */
final class SearchText {
    private static final int MAX = 1_000_000;

    private SearchText() {}

    static String of(String name, PromptDocument document) {
        StringBuilder text = new StringBuilder(name);
        for (PromptMessage message : document.template().messages()) {
            text.append('\n').append(message.template());
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return lower.length() > MAX ? lower.substring(0, MAX) : lower;
    }

    /** A LIKE pattern that finds {@code typed} anywhere, with LIKE's own wildcards taken literally. */
    static String containsPattern(String typed) {
        String escaped = typed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
