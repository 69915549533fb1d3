package dev.playground.engine.context;

import java.util.List;

/**
 * A ranked chunk with where it came from and why it ranked: its keyword (BM25) and vector (cosine)
 * scores and ranks (null/0 when it was not in that ranking), the fused reciprocal-rank score, and
 * the words of the chunk that matched the query (with character spans for highlighting).
 */
public record SearchHit(int rank, String chunkId, String path, String fileName, String type, int page, String heading,
                        int ordinal, String text, Double keywordScore, int keywordRank, Double vectorScore, int vectorRank,
                        double fusedScore, List<String> matchedTerms, List<Span> highlights) {
    public record Span(int start, int end) {}

    /** "page 3", the Markdown heading path, or the chunk's position when the file has neither. */
    public String where() {
        if (page > 0) return "page " + page;
        if (!heading.isBlank()) return heading;
        return "part " + (ordinal + 1);
    }

    public SearchHit withRank(int newRank) {
        return new SearchHit(newRank, chunkId, path, fileName, type, page, heading, ordinal, text, keywordScore, keywordRank,
                vectorScore, vectorRank, fusedScore, matchedTerms, highlights);
    }
}
