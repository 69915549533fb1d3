package dev.playground.engine.retrieval;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import java.util.List;

/**
 * Renders retrieved chunks with a per-chunk format. Placeholders: {n} (citation number), {source}
 * (file name), {path}, {where} (page, heading or part), {page}, {heading}, {text}, {score} (fused).
 */
public final class ContextFormatter {
    private ContextFormatter() {}

    public static RetrievedContext format(String query, List<SearchHit> hits, String chunkFormat) {
        StringBuilder text = new StringBuilder();
        for (SearchHit hit : hits) {
            if (!text.isEmpty()) text.append("\n\n");
            text.append(formatOne(hit, chunkFormat));
        }
        return new RetrievedContext(query, text.toString(), hits);
    }

    static String formatOne(SearchHit hit, String format) {
        return format.replace("{n}", Integer.toString(hit.rank()))
                .replace("{source}", hit.fileName())
                .replace("{path}", hit.path())
                .replace("{where}", hit.where())
                .replace("{page}", hit.page() > 0 ? Integer.toString(hit.page()) : "")
                .replace("{heading}", hit.heading())
                .replace("{score}", String.format(java.util.Locale.ROOT, "%.4f", hit.fusedScore()))
                .replace("{text}", hit.text());
    }
}
