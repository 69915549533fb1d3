package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.testkit.RecallFigures;
import dev.playground.testkit.StudyNotes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default (hybrid) search on the bilingual study notes with the built-in model: prints recall@5
 * and MRR by language and split (docs/performance.md), and holds what issue 19 asks: recall@5 at 0.9
 * or more in each language, on the dev questions and on all of them (the held-out English questions
 * over Spanish notes are where MiniLM still falls short: 10 of 12). Rankings are deterministic;
 * nothing here is timed.
 */
class StudyNotesRecallTest {
    @TempDir Path temp;

    @Test
    void default_search_finds_the_answer_in_the_top_five_for_nine_questions_in_ten_in_each_language() throws Exception {
        Path notes = StudyNotes.writeTo(temp.resolve("notes"));
        try (LazyEmbedder embedder = new LazyEmbedder(() -> new MiniLmEmbedder(2));
             DocumentCollections collections = new DocumentCollections(temp.resolve("data"), embedder, MiniLmEmbedder.ID)) {
            DocumentCollection collection = collections.open("notes");
            collection.attach(new Source(notes, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());

            RecallFigures figures = RecallFigures.measure(StudyNotes.questions(),
                    q -> collection.search(SearchRequest.of(q, RecallFigures.MRR_DEPTH)));
            System.out.println("group    |   n | recall@5 | MRR@10");
            figures.table().forEach(row -> System.out.println(row.line()));
            for (String language : List.of("en", "es")) {
                RecallFigures.Row dev = figures.row(language, q -> q.language().equals(language) && q.split().equals("dev"));
                assertThat(dev.recallAt5()).as("recall@5 of %s dev questions; missed: %s", language, dev.missed()).isGreaterThanOrEqualTo(0.9);
                RecallFigures.Row all = figures.row(language, q -> q.language().equals(language));
                assertThat(all.recallAt5()).as("recall@5 of all %s questions; missed: %s", language, all.missed()).isGreaterThanOrEqualTo(0.9);
            }
        }
    }
}
