package dev.playground.engine.retrieval;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.engine.retrieval.embed.EmbeddingUnavailableException;
import dev.playground.engine.retrieval.embed.Embedders;
import dev.playground.engine.retrieval.index.ChunkDoc;
import dev.playground.engine.retrieval.index.ChunkIndex;
import dev.playground.engine.retrieval.index.FileRecord;
import dev.playground.engine.retrieval.index.HybridSearcher;
import dev.playground.engine.retrieval.index.QueryLanguage;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named set of attached files and folders with its persisted index: attach sources, bring the
 * index up to date (incrementally), and search it. One instance per collection and process; the
 * methods are safe to call from any thread, but indexing runs one at a time.
 */
public final class DocumentCollection implements AutoCloseable {
    private static final String META_CHUNKING = "chunking";
    private static final String META_EMBEDDER = "embedder";
    private static final String META_FORMAT = "format";
    /**
     * What the index holds per chunk. 2: the heading path (or file name) and outline context are
     * read with each chunk, table chunks repeat their header rows, lone headings are no chunks.
     * 3: identifiers are also indexed split into words, Spanish with the Snowball stemmer.
     * An index written with another format is rebuilt by the next {@link #update}.
     */
    public static final String INDEX_FORMAT = "3";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentCollection.class);

    private final Path folder;
    private final ChunkIndex index;
    private final Embedders embedders;
    private volatile CollectionSettings settings;
    private int embedBatch = CollectionIndexer.EMBED_BATCH;

    DocumentCollection(Path folder, String name, Embedders embedders) throws IOException {
        this.folder = folder;
        this.embedders = embedders;
        this.settings = CollectionSettingsFile.read(folder.resolve("collection.json"), name);
        this.index = new ChunkIndex(folder.resolve("lucene"));
    }

    public String name() {
        return settings.name();
    }

    public CollectionSettings settings() {
        return settings;
    }

    public synchronized void attach(Source source) throws IOException {
        save(settings.withSource(source));
    }

    public synchronized void detach(Path path) throws IOException {
        save(settings.withoutSource(path.toAbsolutePath().normalize()));
    }

    /** Takes effect at the next {@link #update}, which then re-chunks every file. */
    public synchronized void setChunking(ChunkingSettings chunking) throws IOException {
        save(settings.withChunking(chunking));
    }

    /** Chunk format, top k and minimum score; used from the next search on (no re-indexing). */
    public synchronized void setContextDefaults(ContextDefaults context) throws IOException {
        save(settings.withContext(context));
    }

    /** Takes effect at the next {@link #update}, which then embeds every chunk again with the new model. */
    public synchronized void setEmbedding(EmbeddingChoice embedding) throws IOException {
        save(settings.withEmbedding(embedding));
    }

    /** Reads new and changed files, forgets removed ones, and embeds what is not embedded yet. */
    public synchronized IndexReport update(IndexProgress progress, Cancellation cancel) throws IOException {
        String embedderId = embedderId();
        Map<String, String> meta = index.metadata();
        if (!settings.chunking().signature().equals(meta.getOrDefault(META_CHUNKING, settings.chunking().signature()))
                || !embedderId.equals(meta.getOrDefault(META_EMBEDDER, embedderId)) || !INDEX_FORMAT.equals(formatOf(meta))) {
            index.deleteAll();
            index.commit();
        }
        Map<String, String> updated = new HashMap<>(meta);
        updated.put(META_CHUNKING, settings.chunking().signature());
        updated.put(META_EMBEDDER, embedderId);
        updated.put(META_FORMAT, INDEX_FORMAT);
        index.setMetadata(updated);
        EmbeddingChoice choice = settings.embedding();
        return new CollectionIndexer(index, () -> embedders.get(choice), embedBatch).update(settings, progress, cancel);
    }

    /**
     * Whether the index was written by an older version of the indexer: searches still work on it,
     * and the next {@link #update} reads every file again (with its usual progress) to bring it to
     * {@link #INDEX_FORMAT}.
     */
    public boolean needsRebuild() {
        return !INDEX_FORMAT.equals(formatOf(index.metadata()));
    }

    /** An index with no commit yet is new (current format); one written before formats were stamped is format 1. */
    private static String formatOf(Map<String, String> meta) {
        return meta.containsKey(META_CHUNKING) ? meta.getOrDefault(META_FORMAT, "1") : INDEX_FORMAT;
    }

    /** The id of the chosen embedding model, or a marker when it cannot be resolved (its chunks then wait unembedded). */
    private String embedderId() {
        try {
            return embedders.idOf(settings.embedding());
        } catch (EmbeddingUnavailableException e) {
            return "unavailable:" + settings.embedding().connectionId() + "#" + settings.embedding().model();
        }
    }

    public List<SearchHit> search(SearchRequest request) throws IOException {
        return searchWithWarning(request).hits();
    }

    /**
     * Searches; when the embedding model cannot embed the query, hybrid search falls back to keyword
     * matches and says so in the warning (vector-only search then fails with that message).
     */
    public SearchResult searchWithWarning(SearchRequest request) throws IOException {
        if (request.mode() == SearchMode.KEYWORD || request.query().isBlank()) return new SearchResult(search(request, null), "");
        float[] vector;
        try {
            vector = embedders.get(settings.embedding()).embedQuery(request.query());
        } catch (EmbeddingUnavailableException e) {
            if (request.mode() == SearchMode.VECTOR) throw e;
            LOG.warn("Keyword-only search in {}: {}", name(), e.getMessage());
            SearchRequest keywordOnly = new SearchRequest(request.query(), request.topK(), request.minScore(), request.filter(), SearchMode.KEYWORD);
            return new SearchResult(search(keywordOnly, null), e.getMessage());
        }
        return new SearchResult(search(request, vector), "");
    }

    /** Ranked hits, and why they are keyword matches only when the embedding model could not be used. */
    public record SearchResult(List<SearchHit> hits, String warning) {}

    /** Search with a query vector computed by the caller (benchmarks time retrieval without the embedding). */
    public List<SearchHit> search(SearchRequest request, float[] queryVector) throws IOException {
        return new HybridSearcher(index).search(request, queryVector, weightsFor(request.query()));
    }

    /**
     * MiniLM was trained on English only: for Spanish queries its ranking counts half as much as
     * BM25's; for English ones three quarters (on study notes, exact terms such as "CAN QUERY" or
     * "ai_query" decide more often than paraphrase; measured on the dev half of the bilingual set).
     */
    private HybridSearcher.Weights weightsFor(String query) {
        boolean englishOnlyModel = settings.embedding().builtIn() && embedders.idOf(EmbeddingChoice.BUILT_IN).equals(MiniLmEmbedder.ID);
        if (!englishOnlyModel) return HybridSearcher.Weights.EQUAL;
        return QueryLanguage.isSpanish(query) ? new HybridSearcher.Weights(1, 0.5) : new HybridSearcher.Weights(1, 0.75);
    }

    /** The files the index knows, with their last outcome; sorted by path. */
    public List<FileRecord> files() throws IOException {
        return index.fileRecords().values().stream().sorted(Comparator.comparing(FileRecord::path)).toList();
    }

    /** Every chunk the index holds, by file path and then in order within the file. */
    public List<ChunkDoc> chunks() throws IOException {
        return index.chunks().stream().sorted(Comparator.comparing(ChunkDoc::path).thenComparingInt(ChunkDoc::ordinal)).toList();
    }

    public Stats stats() throws IOException {
        int chunks = index.countChunks();
        return new Stats(index.fileRecords().size(), chunks, chunks - index.countPending());
    }

    public record Stats(int files, int chunks, int embeddedChunks) {}

    /** Merges index segments; worth it after a large first indexing run. */
    public void optimize() throws IOException {
        index.optimize();
    }

    Path folder() {
        return folder;
    }

    /** Tests use small batches to exercise resuming with a small corpus. */
    void embedBatchSize(int size) {
        embedBatch = size;
    }

    private void save(CollectionSettings updated) throws IOException {
        CollectionSettingsFile.write(folder.resolve("collection.json"), updated);
        settings = updated;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
