package dev.playground.benchmarks.retrieval;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.SearchFilter;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.SearchMode;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Path;
import java.util.List;

/** recall@5 of keyword-only, vector-only and hybrid search on our own English and Spanish question set. */
final class RecallBench {
    private RecallBench() {}

    static void run(Path work) throws Exception {
        Path docs = RetrievalCorpus.writeTo(work.resolve("corpus"));
        try (LazyEmbedder embedder = new LazyEmbedder(MiniLmEmbedder::new);
             DocumentCollections collections = new DocumentCollections(work.resolve("data"), embedder, MiniLmEmbedder.ID)) {
            DocumentCollection collection = collections.open("recall");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());
            System.out.printf("corpus: %d files, %d chunks; %d questions%n", collection.stats().files(), collection.stats().chunks(),
                    RetrievalCorpus.questions().size());
            System.out.println("language | questions | keyword recall@5 | vector recall@5 | hybrid recall@5");
            for (String language : List.of("en", "es", "all")) {
                List<RetrievalCorpus.Question> questions = RetrievalCorpus.questions().stream()
                        .filter(q -> language.equals("all") || q.language().equals(language)).toList();
                System.out.printf("%s | %d | %.2f | %.2f | %.2f%n", language, questions.size(),
                        recall(collection, questions, SearchMode.KEYWORD), recall(collection, questions, SearchMode.VECTOR),
                        recall(collection, questions, SearchMode.HYBRID));
            }
        }
    }

    private static double recall(DocumentCollection collection, List<RetrievalCorpus.Question> questions, SearchMode mode) throws Exception {
        int found = 0;
        for (RetrievalCorpus.Question q : questions) {
            List<SearchHit> hits = collection.search(new SearchRequest(q.question(), 5, null, SearchFilter.NONE, mode));
            if (hits.stream().anyMatch(h -> h.fileName().equals(q.file()) && h.text().contains(q.phrase()))) found++;
        }
        return (double) found / questions.size();
    }
}
