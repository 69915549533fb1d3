package dev.playground.ui.settings.mcp;

import java.util.ArrayList;
import java.util.List;

/** A command line typed in one field, split into words as {@code playground mcp add --command} does: "double quotes" keep spaces. */
final class CommandWords {
    private CommandWords() {}

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : (line == null ? "" : line.strip()).toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) words.add(word.toString());
                word.setLength(0);
            } else word.append(c);
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }
}
