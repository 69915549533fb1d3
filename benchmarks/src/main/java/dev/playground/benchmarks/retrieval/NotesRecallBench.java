package dev.playground.benchmarks.retrieval;

import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.SearchFilter;
import dev.playground.engine.retrieval.SearchMode;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.embed.Embedder;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.retrieval.embed.OnnxEmbedder;
import dev.playground.testkit.RecallFigures;
import dev.playground.testkit.StudyNotes;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * recall@5 and MRR by question language (dev and held-out questions apart) on the bilingual study
 * notes, for keyword, vector and hybrid search with the default chunking. With a second argument,
 * a folder holding an ONNX embedding model (model.onnx + tokenizer.json, e.g. multilingual-e5-small),
 * that model embeds instead of the built-in MiniLM.
 */
final class NotesRecallBench {
    private NotesRecallBench() {}

    static void run(Path work, Path onnxModel) throws Exception {
        Path docs = StudyNotes.writeTo(work.resolve("notes"));
        Supplier<Embedder> factory = onnxModel == null ? MiniLmEmbedder::new : () -> OnnxEmbedder.open(onnxModel);
        try (LazyEmbedder embedder = new LazyEmbedder(factory);
             DocumentCollections collections = new DocumentCollections(work.resolve("data"), embedder, embedder.get().id())) {
            DocumentCollection collection = collections.open("notes");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());
            List<StudyNotes.Question> questions = StudyNotes.questions();
            System.out.printf("embedder %s; %d files, %d chunks; %d questions%n", embedder.get().id(), collection.stats().files(),
                    collection.stats().chunks(), questions.size());
            for (SearchMode mode : List.of(SearchMode.KEYWORD, SearchMode.VECTOR, SearchMode.HYBRID)) {
                RecallFigures figures = RecallFigures.measure(questions, q -> collection.search(
                        new SearchRequest(q, RecallFigures.MRR_DEPTH, null, SearchFilter.NONE, mode)));
                System.out.printf("%n%s%ngroup    |   n | recall@5 | MRR@10%n", mode);
                for (RecallFigures.Row row : figures.table()) System.out.println(row.line());
                if (mode == SearchMode.HYBRID) {
                    figures.table().stream().filter(r -> r.group().startsWith("all/all")).forEach(r -> r.missed().forEach(m ->
                            System.out.println("  missed: " + m)));
                }
            }
        }
    }
}
