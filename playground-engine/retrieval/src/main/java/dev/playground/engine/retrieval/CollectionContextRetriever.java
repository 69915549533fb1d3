package dev.playground.engine.retrieval;

import dev.playground.engine.context.ContextRetriever;
import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.prompt.RetrievalSettings;
import java.io.IOException;
import java.util.Map;

/**
 * Fills {@code {{context}}} for a prompt run from a document collection: takes the query from the chosen variable (or the
 * text given as fallback, normally the user message), searches the prompt's collection and formats
 * the hits (with the collection's chunk format and minimum score unless the prompt sets its own).
 */
public final class CollectionContextRetriever implements ContextRetriever {
    private final DocumentCollections collections;

    public CollectionContextRetriever(DocumentCollections collections) {
        this.collections = collections;
    }

    @Override
    public RetrievedContext retrieve(RetrievalSettings settings, Map<String, String> variables, String fallbackQuery) throws IOException {
        if (!settings.enabled()) return RetrievedContext.EMPTY;
        String query = settings.queryVariable().isBlank() ? fallbackQuery : variables.getOrDefault(settings.queryVariable(), "");
        if (query == null || query.isBlank()) return RetrievedContext.EMPTY;
        if (!collections.exists(settings.collection())) {
            throw new IOException("The collection '" + settings.collection() + "' does not exist; attach documents to it first.");
        }
        DocumentCollection collection = collections.open(settings.collection());
        ContextDefaults own = collection.settings().context();
        // The prompt's own minimum and format win; left at their defaults, the collection's apply.
        Double minScore = settings.minScore() != null ? settings.minScore() : own.minScore();
        String format = settings.chunkFormat().equals(RetrievalSettings.DEFAULT_CHUNK_FORMAT) ? own.chunkFormat() : settings.chunkFormat();
        SearchRequest request = new SearchRequest(query, settings.topK(), minScore, SearchFilter.NONE, SearchMode.HYBRID);
        return ContextFormatter.format(query, collection.search(request), format);
    }
}
