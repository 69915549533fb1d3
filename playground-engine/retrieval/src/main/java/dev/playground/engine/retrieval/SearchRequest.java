package dev.playground.engine.retrieval;

/**
 * A query against one collection. {@code minScore}, when set, drops chunks whose vector (cosine)
 * similarity to the query is below it, whatever their keyword rank.
 */
public record SearchRequest(String query, int topK, Double minScore, SearchFilter filter, SearchMode mode) {
    public SearchRequest {
        query = query == null ? "" : query.strip();
        topK = topK <= 0 ? 5 : Math.min(topK, 200);
        filter = filter == null ? SearchFilter.NONE : filter;
        mode = mode == null ? SearchMode.HYBRID : mode;
    }

    public static SearchRequest of(String query, int topK) {
        return new SearchRequest(query, topK, null, SearchFilter.NONE, SearchMode.HYBRID);
    }
}
