package dev.playground.engine.tokens;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token counts of recently seen pieces of text, per encoding. The editor recounts a prompt on
 * every keystroke, but a keystroke changes one line: the counts of all other lines come from here,
 * so a 100 KB message costs a few hash look-ups instead of a full BPE run. Where the encoding's
 * pre-tokenizer is not known to allow it ({@link SafeSplits}), whole texts are cached instead.
 */
final class PieceCounts {
    /** A piece this long is a text without safe cuts; keeping many of them would hold a lot of memory. */
    private static final int LARGEST_KEPT = 256 * 1024;

    private final int capacity;
    private final Map<String, Map<String, Integer>> byEncoding = new LinkedHashMap<>();

    PieceCounts(int capacity) {
        this.capacity = capacity;
    }

    int count(Encoding encoding, String text) {
        if (text.isEmpty()) return 0;
        if (!splittable(encoding)) return cached(encoding, text);
        int total = 0;
        for (String piece : SafeSplits.pieces(text)) total += cached(encoding, piece);
        return total;
    }

    static boolean splittable(Encoding encoding) {
        String name = encoding.getName();
        return name.equals(EncodingType.CL100K_BASE.getName()) || name.equals(EncodingType.O200K_BASE.getName());
    }

    private int cached(Encoding encoding, String piece) {
        Map<String, Integer> counts;
        synchronized (byEncoding) {
            counts = byEncoding.computeIfAbsent(encoding.getName(), name -> recentlyUsed());
            Integer known = counts.get(piece);
            if (known != null) return known;
        }
        int tokens = encoding.countTokensOrdinary(piece);
        if (piece.length() > LARGEST_KEPT) return tokens;
        synchronized (byEncoding) {
            counts.put(piece, tokens);
        }
        return tokens;
    }

    private Map<String, Integer> recentlyUsed() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }
}
