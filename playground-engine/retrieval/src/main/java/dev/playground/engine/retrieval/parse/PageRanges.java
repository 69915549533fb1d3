package dev.playground.engine.retrieval.parse;

import java.util.ArrayList;
import java.util.List;

/** Writes page numbers compactly for messages: [3,4,5,9] → "3–5, 9". */
final class PageRanges {
    private PageRanges() {}

    static String describe(List<Integer> sortedPages) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sortedPages.size()) {
            int start = sortedPages.get(i);
            int end = start;
            while (i + 1 < sortedPages.size() && sortedPages.get(i + 1) == end + 1) end = sortedPages.get(++i);
            parts.add(start == end ? Integer.toString(start) : start + "–" + end);
            i++;
        }
        return String.join(", ", parts);
    }
}
