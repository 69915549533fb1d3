package dev.playground.engine.retrieval;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.retrieval.FileOutcome.Status;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCollectionTest {
    private static final LazyEmbedder EMBEDDER = new LazyEmbedder(() -> new MiniLmEmbedder(2));

    @TempDir
    Path temp;

    @AfterAll
    static void closeModel() {
        EMBEDDER.close();
    }

    private DocumentCollections collections(Path data) {
        return new DocumentCollections(data, EMBEDDER, MiniLmEmbedder.ID);
    }

    @Test
    void mixed_folder_with_bad_files_indexes_the_good_ones_and_explains_the_rest() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        RetrievalCorpus.writeBadFiles(docs.resolve("bad"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of("course")));
            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());

            assertThat(report.count(Status.INDEXED)).isEqualTo(9);
            assertThat(report.skipped()).extracting(f -> f.file().getFileName().toString()).containsExactlyInAnyOrder(
                    "empty.txt", "binary.txt", "corrupt.pdf", "corrupt.docx", "encrypted.pdf", "scanned.pdf", "huge.txt", "photo.png");
            assertThat(report.skipped()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
            DocumentCollection.Stats stats = collection.stats();
            assertThat(stats.chunks()).isGreaterThan(20).isEqualTo(stats.embeddedChunks());
            assertThat(report.chunksEmbedded()).isEqualTo(stats.chunks());
        }
    }

    @Test
    void english_and_spanish_questions_find_their_passage_in_the_top_five() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());
            for (RetrievalCorpus.Question q : RetrievalCorpus.questions()) {
                List<SearchHit> hits = collection.search(SearchRequest.of(q.question(), 5));
                assertThat(hits).as("%s question '%s'", q.language(), q.question())
                        .anySatisfy(h -> {
                            assertThat(h.fileName()).isEqualTo(q.file());
                            assertThat(h.text()).contains(q.phrase());
                        });
            }
        }
    }

    @Test
    void hits_carry_scores_pages_and_matched_words() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());

            SearchHit top = collection.search(SearchRequest.of("regla de los cincuenta movimientos", 3)).getFirst();
            assertThat(top.fileName()).isEqualTo("ajedrez.pdf");
            assertThat(top.page()).isEqualTo(4);
            assertThat(top.keywordRank()).isEqualTo(1);
            assertThat(top.vectorScore()).isBetween(0.0, 1.0);
            assertThat(top.fusedScore()).isGreaterThan(1.0 / 61);
            assertThat(top.matchedTerms()).contains("regla", "cincuenta", "movimientos");
            assertThat(top.highlights()).allSatisfy(s -> assertThat(top.text().substring(s.start(), s.end()).toLowerCase())
                    .isIn(top.matchedTerms()));

            SearchHit section = collection.search(SearchRequest.of("varroa mites", 1)).getFirst();
            assertThat(section.heading()).isEqualTo("Keeping Honeybees: A Field Guide > Varroa mites");
        }
    }

    @Test
    void filters_restrict_by_type_file_folder_tag_and_page() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        Path extra = Files.createDirectories(temp.resolve("extra"));
        Files.writeString(extra.resolve("notes.txt"), "Chess clubs meet on Tuesdays to practise castling.");
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of("course")));
            collection.attach(new Source(extra, List.of("personal")));
            collection.update(IndexProgress.NONE, new Cancellation());

            assertThat(search(collection, "castling enroque", new SearchFilter(null, null, Set.of("txt"), null, null, null)))
                    .allSatisfy(h -> assertThat(h.type()).isEqualTo("txt"));
            assertThat(search(collection, "castling enroque", new SearchFilter(null, null, null, Set.of("personal"), null, null)))
                    .extracting(SearchHit::fileName).containsOnly("notes.txt");
            assertThat(search(collection, "castling enroque", new SearchFilter(null, Set.of(extra.toString()), null, null, null, null)))
                    .extracting(SearchHit::fileName).containsOnly("notes.txt");
            assertThat(search(collection, "piezas", new SearchFilter(Set.of("ajedrez.pdf"), null, null, null, 2, 3)))
                    .isNotEmpty().allSatisfy(h -> assertThat(h.page()).isBetween(2, 3));
        }
    }

    @Test
    void only_changed_files_are_read_again_and_removed_files_are_forgotten() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());

            IndexReport again = collection.update(IndexProgress.NONE, new Cancellation());
            assertThat(again.count(Status.UNCHANGED)).isEqualTo(9);
            assertThat(again.chunksEmbedded()).isZero();

            Files.setLastModifiedTime(docs.resolve("cafe.md"), FileTime.from(Instant.now().plusSeconds(5)));
            Files.writeString(docs.resolve("volcanes.txt"), "El Timanfaya está en Lanzarote y tiene montañas de fuego.");
            Files.delete(docs.resolve("sourdough.txt"));
            IndexReport changed = collection.update(IndexProgress.NONE, new Cancellation());
            assertThat(changed.files()).filteredOn(f -> f.status() == Status.INDEXED).extracting(f -> f.file().getFileName().toString())
                    .containsExactly("volcanes.txt");
            assertThat(changed.files()).filteredOn(f -> f.status() == Status.REMOVED).extracting(f -> f.file().getFileName().toString())
                    .containsExactly("sourdough.txt");
            assertThat(changed.chunksEmbedded()).isEqualTo(1);
            assertThat(collection.search(SearchRequest.of("sourdough starter", 10))).noneMatch(h -> h.fileName().equals("sourdough.txt"));
            assertThat(collection.search(SearchRequest.of("Timanfaya", 1)).getFirst().text()).contains("montañas de fuego");
        }
    }

    @Test
    void an_interrupted_run_resumes_where_it_stopped_and_survives_reopening() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        Path data = temp.resolve("data");
        int total;
        try (DocumentCollections all = collections(data)) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of()));
            collection.embedBatchSize(8);
            Cancellation cancel = new Cancellation();
            IndexReport first = collection.update((phase, done, count, current) -> {
                if (phase == IndexProgress.Phase.EMBEDDING && done > 0) cancel.cancel();
            }, cancel);
            assertThat(first.cancelled()).isTrue();
            assertThat(first.chunksEmbedded()).isEqualTo(8);
            total = collection.stats().chunks();
            assertThat(collection.search(new SearchRequest("oxalic acid", 3, null, null, SearchMode.KEYWORD))).isNotEmpty();
        }
        try (DocumentCollections reopened = collections(data)) {
            DocumentCollection collection = reopened.open("study");
            assertThat(collection.settings().sources()).extracting(Source::path).containsExactly(docs.toAbsolutePath());
            IndexReport resumed = collection.update(IndexProgress.NONE, new Cancellation());
            assertThat(resumed.count(Status.UNCHANGED)).isEqualTo(9);
            assertThat(resumed.chunksEmbedded()).isEqualTo(total - 8);
            assertThat(collection.stats().embeddedChunks()).isEqualTo(total);
        }
    }

    @Test
    void changing_chunk_settings_rechunks_everything() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs.resolve("beekeeping.md"), List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());
            int before = collection.stats().chunks();
            collection.setChunking(new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 300, 50));
            IndexReport report = collection.update(IndexProgress.NONE, new Cancellation());
            assertThat(report.count(Status.INDEXED)).isEqualTo(1);
            assertThat(collection.stats().chunks()).isGreaterThan(before);
        }
    }

    @Test
    void context_is_filled_from_the_query_variable_with_numbered_chunks() throws Exception {
        Path docs = RetrievalCorpus.writeTo(temp.resolve("docs"));
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            DocumentCollection collection = all.open("study");
            collection.attach(new Source(docs, List.of()));
            collection.update(IndexProgress.NONE, new Cancellation());
            RetrievalSettings settings = new RetrievalSettings("study", "question", 3, null, RetrievalSettings.DEFAULT_CHUNK_FORMAT);
            RetrievedContext context = new CollectionContextRetriever(all)
                    .retrieve(settings, Map.of("question", "¿Cuántos días duró la erupción de La Palma?"), "ignored");
            assertThat(context.query()).isEqualTo("¿Cuántos días duró la erupción de La Palma?");
            assertThat(context.chunks()).hasSize(3);
            assertThat(context.text()).startsWith("[1] ").contains("\n\n[2] ").contains("\n\n[3] ");
            SearchHit answer = context.chunks().stream().filter(h -> h.text().contains("85 días")).findFirst().orElseThrow();
            assertThat(context.text()).contains("[" + answer.rank() + "] volcanes.txt, part " + (answer.ordinal() + 1) + ": ");
        }
    }

    @Test
    void invalid_collection_names_are_refused_with_the_rule() {
        try (DocumentCollections all = collections(temp.resolve("data"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> all.open("../escape"))
                    .hasMessageContaining("Collection names use letters, digits");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<SearchHit> search(DocumentCollection collection, String query, SearchFilter filter) throws Exception {
        return collection.search(new SearchRequest(query, 10, null, filter, SearchMode.HYBRID));
    }

}
