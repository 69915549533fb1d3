package dev.playground.engine.tokens;

import com.knuddels.jtokkit.api.Encoding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token counts of the last few texts, per encoding. The editor recounts every message on each
 * keystroke, but usually only one message changed; the others come from here.
 */
final class RecentCounts {
    private record Key(String encoding, String text) {}

    private final Map<Key, Integer> counts;

    RecentCounts(int capacity) {
        counts = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    int count(Encoding encoding, String text) {
        Key key = new Key(encoding.getName(), text);
        synchronized (counts) {
            Integer known = counts.get(key);
            if (known != null) return known;
        }
        int tokens = encoding.countTokensOrdinary(text);
        synchronized (counts) {
            counts.put(key, tokens);
        }
        return tokens;
    }
}
