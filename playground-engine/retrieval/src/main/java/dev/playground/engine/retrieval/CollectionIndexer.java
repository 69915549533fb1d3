package dev.playground.engine.retrieval;

import dev.playground.engine.retrieval.IndexProgress.Phase;
import dev.playground.engine.retrieval.chunk.Chunk;
import dev.playground.engine.retrieval.chunk.Chunker;
import dev.playground.engine.retrieval.embed.Embedder;
import dev.playground.engine.retrieval.embed.EmbeddingUnavailableException;
import dev.playground.engine.retrieval.index.ChunkDoc;
import dev.playground.engine.retrieval.index.ChunkIndex;
import dev.playground.engine.retrieval.index.FileRecord;
import dev.playground.engine.retrieval.index.VectorQuantizer;
import dev.playground.engine.retrieval.parse.DocumentParser;
import dev.playground.engine.retrieval.parse.DocumentType;
import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index up to date with its sources in two phases. Reading parses changed files and
 * commits their chunks, so keyword search works early; embedding then adds vectors in batches.
 * Each batch is committed on its own, so a crash or quit loses at most the batch in flight, and
 * the next run resumes from the chunks still marked pending.
 */
final class CollectionIndexer {
    static final int EMBED_BATCH = 64;
    private static final int READ_BATCH_CHUNKS = 512;
    private static final Logger LOG = LoggerFactory.getLogger(CollectionIndexer.class);

    private final ChunkIndex index;
    private final DocumentParser parser = new DocumentParser();
    private final Supplier<Embedder> embedder;

    private final int embedBatch;

    CollectionIndexer(ChunkIndex index, Supplier<Embedder> embedder, int embedBatch) {
        this.index = index;
        this.embedder = embedder;
        this.embedBatch = embedBatch;
    }

    IndexReport update(CollectionSettings settings, IndexProgress progress, Cancellation cancel) throws IOException {
        List<FileOutcome> outcomes = new ArrayList<>();
        boolean finishedReading = read(settings, progress, cancel, outcomes);
        if (!finishedReading || cancel.isCancelled()) return new IndexReport(outcomes, 0, true);
        int[] embedded = {0};
        try {
            embedPending(progress, cancel, embedded);
        } catch (EmbeddingUnavailableException e) {
            LOG.warn("Embedding stopped: {}", e.getMessage());
            return new IndexReport(outcomes, embedded[0], cancel.isCancelled(), e.getMessage());
        }
        return new IndexReport(outcomes, embedded[0], cancel.isCancelled());
    }

    private boolean read(CollectionSettings settings, IndexProgress progress, Cancellation cancel, List<FileOutcome> outcomes)
            throws IOException {
        Map<Path, Source> files = FileScanner.files(settings.sources());
        Map<String, FileRecord> known = index.fileRecords();
        Chunker chunker = new Chunker(settings.chunking());
        int done = 0;
        int uncommitted = 0;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Path, Source> entry : files.entrySet()) {
            if (cancel.isCancelled()) break;
            Path file = entry.getKey();
            seen.add(file.toString());
            progress.update(Phase.READING, done++, files.size(), file.getFileName().toString());
            FileOutcome outcome = readFile(file, entry.getValue(), known.get(file.toString()), chunker, settings.chunking().searchContext());
            outcomes.add(outcome);
            uncommitted += Math.max(1, outcome.chunks());
            if (uncommitted >= READ_BATCH_CHUNKS) {
                index.commit();
                uncommitted = 0;
            }
        }
        if (!cancel.isCancelled()) {
            for (FileRecord gone : known.values()) {
                if (!seen.contains(gone.path())) {
                    index.removeFile(gone.path());
                    outcomes.add(new FileOutcome(Path.of(gone.path()), FileOutcome.Status.REMOVED, 0, "no longer in the collection", List.of()));
                }
            }
        }
        index.commit();
        progress.update(Phase.READING, done, files.size(), "");
        return !cancel.isCancelled();
    }

    private FileOutcome readFile(Path file, Source source, FileRecord known, Chunker chunker, boolean searchContext) throws IOException {
        long modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
            size = Files.size(file);
        } catch (IOException e) {
            return new FileOutcome(file, FileOutcome.Status.SKIPPED, 0, "the file could not be read (" + e.getMessage() + ")", List.of());
        }
        if (known != null && known.modifiedMillis() == modified && known.size() == size) return unchanged(file, known);
        String hash = size > DocumentParser.MAX_FILE_BYTES ? "too-large:" + size : FileFingerprint.sha256(file);
        if (known != null && known.hash().equals(hash)) {
            index.replaceFileRecordOnly(known, modified, size);
            return unchanged(file, known);
        }
        try {
            ParsedDocument parsed = parser.parse(file);
            List<Chunk> chunks = chunker.chunk(parsed);
            String type = DocumentType.extension(file);
            String name = file.getFileName().toString();
            List<ChunkDoc> docs = chunks.stream().map(c -> new ChunkDoc(ChunkDoc.idOf(file.toString(), c.ordinal()), file.toString(),
                    name, type, source.tags(), c.page(), c.heading(), c.ordinal(), c.text(), null,
                    searchContext ? ChunkDoc.contextOf(c.heading(), name, c.context(), c.text()) : "")).toList();
            index.replaceFile(new FileRecord(file.toString(), hash, modified, size, true, docs.size(), "", parsed.notes()), docs);
            return new FileOutcome(file, FileOutcome.Status.INDEXED, docs.size(), "", parsed.notes());
        } catch (UnreadableFileException e) {
            LOG.info("Skipped {}: {}", file, e.getMessage());
            index.replaceFile(new FileRecord(file.toString(), hash, modified, size, false, 0, e.getMessage(), List.of()), List.of());
            return new FileOutcome(file, FileOutcome.Status.SKIPPED, 0, e.getMessage(), List.of());
        } catch (RuntimeException e) {
            // A parser bug on one odd file must not stop the rest of the collection.
            LOG.warn("Parser failed on {}", file, e);
            String message = "the file could not be read (" + e.getClass().getSimpleName() + "); it may be damaged";
            index.replaceFile(new FileRecord(file.toString(), hash, modified, size, false, 0, message, List.of()), List.of());
            return new FileOutcome(file, FileOutcome.Status.SKIPPED, 0, message, List.of());
        }
    }

    private static FileOutcome unchanged(Path file, FileRecord known) {
        return known.indexed()
                ? new FileOutcome(file, FileOutcome.Status.UNCHANGED, known.chunks(), "", known.notes())
                : new FileOutcome(file, FileOutcome.Status.SKIPPED, 0, known.message(), known.notes());
    }

    /**
     * Embeds the next batch while the previous one is written and committed, so the embedding
     * workers do not wait for Lucene (measured: the write and commit of each batch cost about 15%
     * of the phase when done in turn).
     */
    private void embedPending(IndexProgress progress, Cancellation cancel, int[] done) throws IOException {
        int total = index.countPending();
        if (total == 0) return;
        Embedder model = embedder.get();
        progress.update(Phase.EMBEDDING, 0, total, "");
        try (ExecutorService embedding = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("embed-batch").factory())) {
            List<ChunkDoc> batch = index.pendingChunks(embedBatch);
            Future<List<float[]>> vectors = embedAsync(embedding, model, batch);
            while (!batch.isEmpty()) {
                List<float[]> embedded = await(vectors);
                if (cancel.isCancelled()) break;
                List<ChunkDoc> next = index.pendingChunks(embedBatch, batch.stream().map(ChunkDoc::id).toList());
                vectors = next.isEmpty() ? null : embedAsync(embedding, model, next);
                for (int i = 0; i < batch.size(); i++) index.addVector(batch.get(i).withVector(VectorQuantizer.quantize(embedded.get(i))));
                index.commit();
                done[0] += batch.size();
                progress.update(Phase.EMBEDDING, Math.min(done[0], total), total, batch.getLast().fileName());
                batch = next;
            }
        }
    }

    private static Future<List<float[]>> embedAsync(ExecutorService embedding, Embedder model, List<ChunkDoc> batch) {
        List<String> texts = batch.stream().map(ChunkDoc::indexedText).toList();
        return embedding.submit(() -> model.embedAll(texts));
    }

    private static List<float[]> await(Future<List<float[]>> vectors) throws IOException {
        try {
            return vectors.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IOException(e.getCause());
        }
    }
}
