package dev.playground.benchmarks.retrieval;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.retrieval.index.ChunkDoc;
import dev.playground.engine.retrieval.index.ChunkIndex;
import dev.playground.engine.retrieval.index.FileRecord;
import dev.playground.engine.retrieval.index.HybridSearcher;
import dev.playground.engine.retrieval.index.VectorQuantizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hybrid search latency at 100,000 chunks (query embedding excluded: query vectors are computed
 * first). Chunk texts are synthetic; chunk vectors are 2,000 real MiniLM embeddings of synthetic
 * paragraphs, each reused 50 times with small random perturbations, so the HNSW graph sees a
 * realistic distribution without embedding 100,000 texts.
 */
final class SearchLatencyBench {
    private static final int CHUNKS = 100_000;
    private static final int BASE_VECTORS = 2_000;
    private static final int PER_FILE = 1_000;
    private static final int QUERIES = 300;
    private static final int WARMUP = 100;

    private SearchLatencyBench() {}

    static void run(Path work) throws Exception {
        Random random = new Random(3);
        List<float[]> base;
        List<float[]> queryVectors = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        try (MiniLmEmbedder embedder = new MiniLmEmbedder()) {
            base = embedder.embedAll(SyntheticText.paragraphs(random, BASE_VECTORS, 60, 100));
            for (int i = 0; i < QUERIES + WARMUP; i++) queries.add(SyntheticText.query(random));
            queryVectors.addAll(embedder.embedAll(queries));
        }
        Path folder = Files.createDirectories(work.resolve("index-100k"));
        long buildStart = System.nanoTime();
        try (ChunkIndex index = new ChunkIndex(folder)) {
            for (int file = 0; file < CHUNKS / PER_FILE; file++) {
                String path = "/bench/file-" + file + ".txt";
                List<ChunkDoc> chunks = new ArrayList<>(PER_FILE);
                for (int i = 0; i < PER_FILE; i++) {
                    byte[] vector = VectorQuantizer.quantize(perturb(base.get(random.nextInt(BASE_VECTORS)), random));
                    chunks.add(new ChunkDoc(ChunkDoc.idOf(path, i), path, "file-" + file + ".txt", "txt", List.of(), 0, "", i,
                            SyntheticText.paragraph(random, 60, 110), vector));
                }
                index.replaceFile(new FileRecord(path, "h" + file, 0, 0, true, PER_FILE, "", List.of()), chunks);
            }
            index.commit();
            System.out.printf("built %d chunks in %.1f s%n", index.countChunks(), (System.nanoTime() - buildStart) / 1e9);
            HybridSearcher searcher = new HybridSearcher(index);
            double[] millis = new double[QUERIES];
            int hits = 0;
            for (int i = 0; i < QUERIES + WARMUP; i++) {
                long start = System.nanoTime();
                List<SearchHit> found = searcher.search(SearchRequest.of(queries.get(i), 5), queryVectors.get(i));
                long elapsed = System.nanoTime() - start;
                if (i >= WARMUP) {
                    millis[i - WARMUP] = elapsed / 1e6;
                    hits += found.size();
                }
            }
            Arrays.sort(millis);
            System.out.printf("hybrid top-5 over %d queries: p50 %.1f ms, p95 %.1f ms, max %.1f ms (avg %.1f hits)%n", QUERIES,
                    millis[QUERIES / 2], millis[(int) (QUERIES * 0.95)], millis[QUERIES - 1], (double) hits / QUERIES);
        }
        System.out.printf("vector data on disk (memory-mapped when searching): %.1f MB for %d chunks (int8 vectors + HNSW graph)%n",
                vectorBytes(folder) / 1e6, CHUNKS);
    }

    private static float[] perturb(float[] vector, Random random) {
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) out[i] = vector[i] + (float) (random.nextGaussian() * 0.01);
        return out;
    }

    /** Sizes of the vector and HNSW graph files, including those packed in compound (.cfs) files. */
    private static long vectorBytes(Path folder) throws Exception {
        long bytes = 0;
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(folder)) {
            for (org.apache.lucene.index.SegmentCommitInfo segment : org.apache.lucene.index.SegmentInfos.readLatestCommit(dir)) {
                org.apache.lucene.store.Directory files = segment.info.getUseCompoundFile()
                        ? segment.info.getCodec().compoundFormat().getCompoundReader(dir, segment.info) : dir;
                for (String name : files.listAll()) {
                    if (name.matches(".*\\.(vec|vex|vem|vemf)$")) bytes += files.fileLength(name);
                }
            }
        }
        return bytes;
    }
}
