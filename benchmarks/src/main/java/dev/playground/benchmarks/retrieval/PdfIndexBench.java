package dev.playground.benchmarks.retrieval;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.IndexReport;
import dev.playground.engine.retrieval.SearchFilter;
import dev.playground.engine.retrieval.SearchMode;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 1,000 text PDF pages (20 files of 50 pages, about 450 words a page, generated with PDFBox): time
 * until keyword-searchable (reading phase done) and until fully hybrid-indexed (all chunks embedded).
 * The clock starts after the PDFs are written and includes loading the embedding model.
 */
final class PdfIndexBench {
    private static final int FILES = 20;
    private static final int PAGES_PER_FILE = 50;

    private PdfIndexBench() {}

    static void run(Path work) throws Exception {
        Path pdfs = Files.createDirectories(work.resolve("pdfs"));
        Random random = new Random(11);
        for (int f = 0; f < FILES; f++) {
            List<String> pages = new ArrayList<>();
            for (int p = 0; p < PAGES_PER_FILE; p++) {
                pages.add(String.join("\n", SyntheticText.paragraphs(random, 5, 80, 100)) + (f == 7 && p == 33 ? "\nZanzibar lighthouse keeper." : ""));
            }
            RetrievalCorpus.writePdf(pdfs.resolve("report-" + f + ".pdf"), pages);
        }
        AtomicLong searchableAt = new AtomicLong();
        long start = System.nanoTime();
        try (LazyEmbedder embedder = new LazyEmbedder(MiniLmEmbedder::new);
             DocumentCollections collections = new DocumentCollections(work.resolve("data"), embedder, MiniLmEmbedder.ID)) {
            DocumentCollection collection = collections.open("pdf-bench");
            collection.attach(new Source(pdfs, List.of()));
            IndexReport report = collection.update((phase, done, total, current) -> {
                if (phase == IndexProgress.Phase.EMBEDDING && searchableAt.get() == 0) {
                    searchableAt.set(System.nanoTime());
                    try {
                        System.out.printf("keyword check while embedding: %s%n", collection.search(new SearchRequest("zanzibar", 1, null,
                                SearchFilter.NONE, SearchMode.KEYWORD)).getFirst().where());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, new Cancellation());
            long end = System.nanoTime();
            DocumentCollection.Stats stats = collection.stats();
            System.out.printf("%d files, %d pages, %d chunks (%d embedded), %d skipped%n", stats.files(), FILES * PAGES_PER_FILE,
                    stats.chunks(), stats.embeddedChunks(), report.skipped().size());
            System.out.printf("keyword-searchable after %.1f s; fully hybrid-indexed after %.1f s%n",
                    (searchableAt.get() - start) / 1e9, (end - start) / 1e9);
        }
    }
}
