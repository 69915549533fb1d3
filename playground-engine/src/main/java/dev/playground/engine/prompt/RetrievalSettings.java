package dev.playground.engine.prompt;

/**
 * Whether and how a prompt fills {@code {{context}}} from a document collection. An empty
 * collection means retrieval is off. {@code chunkFormat} is applied per chunk, e.g. "[{n}] {source}, {where}: {text}".
 */
public record RetrievalSettings(String collection, String queryVariable, int topK, Double minScore, String chunkFormat) {
    public static final String DEFAULT_CHUNK_FORMAT = "[{n}] {source}, {where}: {text}";
    public static final RetrievalSettings OFF = new RetrievalSettings("", "", 5, null, DEFAULT_CHUNK_FORMAT);

    public RetrievalSettings {
        collection = collection == null ? "" : collection;
        queryVariable = queryVariable == null ? "" : queryVariable;
        topK = topK <= 0 ? 5 : topK;
        chunkFormat = chunkFormat == null || chunkFormat.isBlank() ? DEFAULT_CHUNK_FORMAT : chunkFormat;
    }

    public boolean enabled() {
        return !collection.isBlank();
    }
}
