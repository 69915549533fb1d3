package dev.playground.engine.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How many tokens each model accepts (prompt plus answer), from a shipped table keyed by model-name
 * prefix; the longest matching prefix wins, so "gpt-4o-mini-2024-07-18" finds "gpt-4o-mini".
 */
public final class ContextWindows {
    private static final String RESOURCE = "context-windows.properties";
    private final Map<String, Integer> byPrefix;

    ContextWindows(Map<String, Integer> byPrefix) {
        this.byPrefix = new TreeMap<>(byPrefix);
    }

    public static ContextWindows defaults() {
        Properties properties = new Properties();
        try (InputStream in = ContextWindows.class.getResourceAsStream(RESOURCE)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The context-window table is missing from the build", e);
        }
        Map<String, Integer> table = new TreeMap<>();
        properties.forEach((key, value) -> table.put(key.toString().toLowerCase(Locale.ROOT), Integer.parseInt(value.toString().strip())));
        return new ContextWindows(table);
    }

    /** The context window of {@code model}, or empty when the table does not know it. */
    public OptionalInt lookup(String model) {
        if (model == null || model.isBlank()) return OptionalInt.empty();
        String name = ModelNames.bare(model);
        String best = null;
        for (String prefix : byPrefix.keySet()) {
            if (name.startsWith(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(byPrefix.get(best));
    }
}
