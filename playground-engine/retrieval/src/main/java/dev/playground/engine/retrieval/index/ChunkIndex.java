package dev.playground.engine.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One collection's Lucene index: chunk documents (text analysed for BM25 in English and Spanish,
 * metadata for filters, and an int8 HNSW vector once embedded) and one record per file. All writes
 * become visible to searches, and durable, at {@link #commit}.
 */
public final class ChunkIndex implements AutoCloseable {
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ChunkIndex(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try {
            writer = new IndexWriter(directory, config);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            directory.close();
            throw new IOException("the collection is being changed by another Playground process; close it and try again", e);
        }
        searchers = new SearcherManager(writer, null);
    }

    /** Values saved with the last commit (chunking signature, embedder id). */
    public Map<String, String> metadata() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    public void setMetadata(Map<String, String> metadata) {
        writer.setLiveCommitData(new LinkedHashMap<>(metadata).entrySet());
    }

    public void replaceFile(FileRecord record, List<ChunkDoc> chunks) throws IOException {
        writer.deleteDocuments(new Term(Fields.PATH, record.path()));
        List<Document> docs = new ArrayList<>(chunks.size() + 1);
        for (ChunkDoc chunk : chunks) docs.add(toDocument(chunk));
        docs.add(toDocument(record));
        writer.addDocuments(docs);
    }

    /** Records a new modification time for a file whose content (hash) did not change. */
    public void replaceFileRecordOnly(FileRecord known, long modifiedMillis, long size) throws IOException {
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.PATH, known.path())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)), BooleanClause.Occur.FILTER).build());
        writer.addDocument(toDocument(new FileRecord(known.path(), known.hash(), modifiedMillis, size, known.indexed(),
                known.chunks(), known.message(), known.notes())));
    }

    public int countPending() throws IOException {
        return count(new TermQuery(new Term(Fields.PENDING, "1")));
    }

    public int countChunks() throws IOException {
        return count(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)));
    }

    public void removeFile(String path) throws IOException {
        writer.deleteDocuments(new Term(Fields.PATH, path));
    }

    public void addVector(ChunkDoc chunk) throws IOException {
        writer.updateDocument(new Term(Fields.ID, chunk.id()), toDocument(chunk));
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Merges segments into one; makes the HNSW graph a single graph, which searches fastest. */
    public void optimize() throws IOException {
        writer.forceMerge(1);
        commit();
    }

    public Map<String, FileRecord> fileRecords() throws IOException {
        Map<String, FileRecord> records = new HashMap<>();
        for (Document doc : all(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)), Integer.MAX_VALUE)) {
            FileRecord record = toFileRecord(doc);
            records.put(record.path(), record);
        }
        return records;
    }

    public List<ChunkDoc> pendingChunks(int max) throws IOException {
        return pendingChunks(max, List.of());
    }

    /** Chunks still without a vector, leaving out the given ids (a batch being embedded right now). */
    public List<ChunkDoc> pendingChunks(int max, Collection<String> exceptIds) throws IOException {
        Query pending = new TermQuery(new Term(Fields.PENDING, "1"));
        if (!exceptIds.isEmpty()) {
            pending = new BooleanQuery.Builder().add(pending, BooleanClause.Occur.FILTER)
                    .add(new TermInSetQuery(Fields.ID, exceptIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.MUST_NOT).build();
        }
        return all(pending, max).stream().map(ChunkIndex::toChunk).toList();
    }

    /** Every chunk, in no particular order (the caller sorts); vectors included when present. */
    public List<ChunkDoc> chunks() throws IOException {
        return all(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)), Integer.MAX_VALUE).stream().map(ChunkIndex::toChunk).toList();
    }

    public int count(Query query) throws IOException {
        return withSearcher(s -> {
            try {
                return s.count(query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public <T> T withSearcher(Function<IndexSearcher, T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            searchers.release(searcher);
        }
    }

    static ChunkDoc toChunk(Document doc) {
        BytesRef vector = doc.getBinaryValue(Fields.VECTOR_BYTES);
        return new ChunkDoc(doc.get(Fields.ID), doc.get(Fields.PATH), doc.get(Fields.NAME), doc.get(Fields.TYPE),
                List.of(doc.getValues(Fields.TAG)), intField(doc, Fields.PAGE), doc.get(Fields.HEADING),
                intField(doc, Fields.ORDINAL), doc.get(Fields.TEXT), vector == null ? null : BytesRef.deepCopyOf(vector).bytes,
                doc.get(Fields.CONTEXT));
    }

    private List<Document> all(Query query, int max) throws IOException {
        return withSearcher(s -> {
            try {
                int limit = Math.max(1, Math.min(max, Math.max(1, s.getIndexReader().maxDoc())));
                StoredFields stored = s.storedFields();
                List<Document> docs = new ArrayList<>();
                for (ScoreDoc hit : s.search(query, limit).scoreDocs) docs.add(stored.document(hit.doc));
                return docs;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Document toDocument(ChunkDoc chunk) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_CHUNK, Field.Store.NO));
        doc.add(new StringField(Fields.ID, chunk.id(), Field.Store.YES));
        doc.add(new StringField(Fields.PATH, chunk.path(), Field.Store.YES));
        doc.add(new StringField(Fields.NAME, chunk.fileName(), Field.Store.YES));
        for (Path folder = Path.of(chunk.path()).getParent(); folder != null; folder = folder.getParent()) {
            doc.add(new StringField(Fields.FOLDER, folder.toString(), Field.Store.NO));
        }
        doc.add(new StringField(Fields.TYPE, chunk.type(), Field.Store.YES));
        for (String tag : chunk.tags()) doc.add(new StringField(Fields.TAG, tag, Field.Store.YES));
        doc.add(new IntPoint(Fields.PAGE, chunk.page()));
        doc.add(new StoredField(Fields.PAGE, chunk.page()));
        doc.add(new StoredField(Fields.HEADING, chunk.heading()));
        doc.add(new StoredField(Fields.ORDINAL, chunk.ordinal()));
        doc.add(new StoredField(Fields.TEXT, chunk.text()));
        if (!chunk.context().isEmpty()) doc.add(new StoredField(Fields.CONTEXT, chunk.context()));
        String indexed = chunk.indexedText();
        doc.add(new TextField(Fields.TEXT_EN, indexed, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_ES, indexed, Field.Store.NO));
        if (chunk.vector() == null) {
            doc.add(new StringField(Fields.PENDING, "1", Field.Store.NO));
        } else {
            doc.add(new KnnByteVectorField(Fields.VECTOR, chunk.vector(), VectorSimilarityFunction.COSINE));
            doc.add(new StoredField(Fields.VECTOR_BYTES, new BytesRef(chunk.vector())));
        }
        return doc;
    }

    private static Document toDocument(FileRecord record) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.KIND_FILE, Field.Store.NO));
        doc.add(new StringField(Fields.PATH, record.path(), Field.Store.YES));
        doc.add(new StoredField(Fields.HASH, record.hash()));
        doc.add(new StoredField(Fields.MTIME, record.modifiedMillis()));
        doc.add(new StoredField(Fields.SIZE, record.size()));
        doc.add(new StoredField(Fields.INDEXED, record.indexed() ? 1 : 0));
        doc.add(new StoredField(Fields.CHUNKS, record.chunks()));
        doc.add(new StoredField(Fields.MESSAGE, record.message()));
        for (String note : record.notes()) doc.add(new StoredField(Fields.NOTE, note));
        return doc;
    }

    private static FileRecord toFileRecord(Document doc) {
        return new FileRecord(doc.get(Fields.PATH), doc.get(Fields.HASH), longField(doc, Fields.MTIME), longField(doc, Fields.SIZE),
                intField(doc, Fields.INDEXED) == 1, intField(doc, Fields.CHUNKS), doc.get(Fields.MESSAGE),
                List.of(doc.getValues(Fields.NOTE)));
    }

    private static int intField(Document doc, String name) {
        IndexableField field = doc.getField(name);
        return field == null ? 0 : field.numericValue().intValue();
    }

    private static long longField(Document doc, String name) {
        IndexableField field = doc.getField(name);
        return field == null ? 0 : field.numericValue().longValue();
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            if (writer.hasUncommittedChanges()) writer.commit();
        }
    }
}
