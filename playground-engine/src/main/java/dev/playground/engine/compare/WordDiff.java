package dev.playground.engine.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff of two outputs: runs of unchanged, removed (only in the first) and added (only in the second) text. */
public final class WordDiff {
    public enum Kind { SAME, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {}

    /** Words, single punctuation marks and whitespace runs; joining the pieces gives back the exact text. */
    private static final Pattern PIECE = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’-]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {}

    /**
     * The segments in reading order. Spaces alone between two replaced words count as changed, so "Keep it short"
     * against "Use one example" reads as one removed and one added phrase rather than word against word.
     */
    public static List<Segment> between(String first, String second) {
        List<String> a = words(first);
        List<String> b = words(second);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            List<String> gap = a.subList(position, start);
            if (!removed.isEmpty() || !added.isEmpty()) {
                // Only between two replacements: a space next to a pure insertion or deletion is text both sides share.
                boolean replacements = !removed.isEmpty() && !added.isEmpty() && delta.getSource().size() > 0 && delta.getTarget().size() > 0;
                if (replacements && blank(gap)) {
                    removed.addAll(gap);
                    added.addAll(gap);
                    gap = List.of();
                } else {
                    flush(segments, removed, added);
                }
            }
            add(segments, Kind.SAME, gap);
            removed.addAll(delta.getSource().getLines());
            added.addAll(delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        flush(segments, removed, added);
        add(segments, Kind.SAME, a.subList(position, a.size()));
        return segments;
    }

    private static boolean blank(List<String> pieces) {
        return !pieces.isEmpty() && pieces.stream().allMatch(String::isBlank);
    }

    private static void flush(List<Segment> segments, List<String> removed, List<String> added) {
        add(segments, Kind.REMOVED, removed);
        add(segments, Kind.ADDED, added);
        removed.clear();
        added.clear();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = PIECE.matcher(text == null ? "" : text);
        while (matcher.find()) words.add(matcher.group());
        return words;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> words) {
        if (words.isEmpty()) return;
        String text = String.join("", words);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(kind, text));
    }
}
