package dev.playground.engine.guard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces findings with placeholders such as {@code <EMAIL_1>}. One masking covers one call: the same value gets the
 * same placeholder in every message of it, so the model can still tell two people apart, and {@link #restore} puts
 * the values back into the answer for the user (never into the run log).
 */
public final class Masking {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Z_]+_\\d+)>");

    private final Map<String, String> byValue = new HashMap<>();
    private final Map<String, String> byPlaceholder = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** {@code text} with each finding replaced by its placeholder; overlapping findings keep the first. */
    public String mask(String text, List<GuardFinding> findings) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (GuardFinding f : findings.stream().sorted(java.util.Comparator.comparingInt(GuardFinding::start)).toList()) {
            if (f.start() < at || f.end() > text.length()) continue;
            out.append(text, at, f.start()).append(placeholder(f.kind(), text.substring(f.start(), f.end())));
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The placeholder for {@code value} of {@code kind}, the same one every time within this masking. */
    public String placeholder(String kind, String value) {
        return byValue.computeIfAbsent(kind + '\u0000' + value, k -> {
            int n = counters.merge(kind, 1, Integer::sum);
            String p = "<" + kind + "_" + n + ">";
            byPlaceholder.put(p, value);
            return p;
        });
    }

    /** {@code text} with every placeholder this masking made replaced by its value again; others stay as written. */
    public String restore(String text) {
        if (byPlaceholder.isEmpty() || text.indexOf('<') < 0) return text;
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String value = byPlaceholder.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Placeholder to original value, in the order they were made. */
    public Map<String, String> placeholders() {
        return Map.copyOf(byPlaceholder);
    }

    public boolean isEmpty() {
        return byPlaceholder.isEmpty();
    }
}
