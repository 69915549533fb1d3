package dev.playground.engine.retrieval.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Cuts text at the coarsest boundary that makes pieces fit (paragraph, line, sentence, word, then
 * characters), packs neighbouring pieces back together up to the size limit, and starts each new
 * chunk with the last pieces of the previous one as overlap.
 */
public final class RecursiveSplitter {
    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("(?<=\\n\\n)"),
            Pattern.compile("(?<=\\n)"),
            Pattern.compile("(?<=[.!?…;:])(?=\\s)"),
            Pattern.compile("(?<=\\s)"));

    private final int maxSize;
    private final int overlap;
    private final ToIntFunction<String> measure;

    public RecursiveSplitter(ChunkingSettings settings) {
        this.maxSize = settings.maxSize();
        this.overlap = settings.overlap();
        this.measure = TextMeasure.of(settings.unit());
    }

    public List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        cut(text, 0, pieces);
        return pack(pieces);
    }

    private void cut(String text, int level, List<String> out) {
        if (text.isEmpty()) return;
        if (measure.applyAsInt(text) <= maxSize) {
            out.add(text);
        } else if (level == BOUNDARIES.size()) {
            cutHard(text, out);
        } else {
            for (String part : BOUNDARIES.get(level).split(text)) cut(part, level + 1, out);
        }
    }

    /** Last resort for a single over-long word: fixed-width slices (sized in characters, scaled for tokens). */
    private void cutHard(String text, List<String> out) {
        int width = Math.max(1, (int) ((long) text.length() * maxSize / Math.max(1, measure.applyAsInt(text))));
        for (int start = 0; start < text.length(); start += width) out.add(text.substring(start, Math.min(text.length(), start + width)));
    }

    private List<String> pack(List<String> pieces) {
        List<String> chunks = new ArrayList<>();
        Deque<String> current = new ArrayDeque<>();
        Deque<Integer> sizes = new ArrayDeque<>();
        int currentSize = 0;
        boolean hasNew = false;
        for (String piece : pieces) {
            int size = measure.applyAsInt(piece);
            if (currentSize + size > maxSize && hasNew) {
                chunks.add(String.join("", current).strip());
                while (!current.isEmpty() && (currentSize > overlap || currentSize + size > maxSize)) {
                    current.removeFirst();
                    currentSize -= sizes.removeFirst();
                }
                hasNew = false;
            }
            current.addLast(piece);
            sizes.addLast(size);
            currentSize += size;
            hasNew = true;
        }
        if (hasNew) chunks.add(String.join("", current).strip());
        chunks.removeIf(String::isBlank);
        return chunks;
    }
}
