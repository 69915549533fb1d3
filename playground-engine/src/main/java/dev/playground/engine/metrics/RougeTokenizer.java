package dev.playground.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer of Google's rouge-score without stemming: lower-case, every run of characters
 * outside [a-z0-9] becomes a space, split on spaces. Letters outside ASCII (á, ñ, ü) therefore split
 * words, exactly as the reference implementation does.
 */
final class RougeTokenizer {
    private RougeTokenizer() {}

    static List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                current.append(c);
            } else if (!current.isEmpty()) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) tokens.add(current.toString());
        return List.copyOf(tokens);
    }
}
