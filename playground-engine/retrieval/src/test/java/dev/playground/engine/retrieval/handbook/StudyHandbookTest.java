package dev.playground.engine.retrieval.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilingual handbook the RAG labs use: complete in both languages, installed as a ready collection, and holding
 * the retrieval miss of lab-2-headings-fix-miss, proven with the real indexer and embedding model: with the default
 * chunking the laptop-deposit chunk is out of the top 3 in both languages; the headings splitter brings it in.
 */
class StudyHandbookTest {
    private static final String EN_QUERY = "How much is the deposit to borrow a laptop?";
    private static final String ES_QUERY = "¿Cuánto es la fianza por llevarse un portátil?";
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} ");

    @TempDir static Path data;
    private static DocumentCollections collections;
    private static StudyHandbook handbook;

    @BeforeAll
    static void open() {
        collections = new DocumentCollections(data, new LazyEmbedder(() -> new MiniLmEmbedder(2)), MiniLmEmbedder.ID);
        handbook = new StudyHandbook(collections, data);
    }

    @AfterAll
    static void close() throws Exception {
        collections.close();
    }

    @Test
    void both_languages_hold_the_same_documents_with_the_same_sections() {
        assertThat(StudyHandbook.files()).hasSizeBetween(8, 12).contains("equipment-loans.md", "returns.md", "loading-dock.md");
        for (String file : StudyHandbook.files()) {
            String en = StudyHandbook.text("en", file);
            String es = StudyHandbook.text("es", file);
            assertThat(HEADING.matcher(es).results().count()).as(file).isEqualTo(HEADING.matcher(en).results().count());
            assertThat(es).as(file).isNotEqualTo(en);
        }
    }

    @Test
    void the_default_chunking_misses_the_laptop_deposit_and_the_headings_splitter_finds_it() throws Exception {
        DocumentCollection plain = handbook.ensure("miss", null, null);
        assertThat(plain.settings().chunking()).isEqualTo(ChunkingSettings.DEFAULTS);
        assertThat(rankOfDeposit(plain, EN_QUERY, "en")).isGreaterThan(3);
        assertThat(rankOfDeposit(plain, ES_QUERY, "es")).isGreaterThan(3);

        DocumentCollection headings = handbook.ensure("fixed", ChunkingSettings.HEADING_DEFAULTS, null);
        assertThat(rankOfDeposit(headings, EN_QUERY, "en")).isBetween(1, 3);
        assertThat(rankOfDeposit(headings, ES_QUERY, "es")).isBetween(1, 3);
    }

    @Test
    void installing_copies_every_file_and_puts_back_an_edited_one() throws Exception {
        Path folder = handbook.install();
        Path returns = folder.resolve("es").resolve("returns.md");
        Files.writeString(returns, "edited");
        handbook.install();
        assertThat(Files.readString(returns)).isEqualTo(StudyHandbook.text("es", "returns.md"));
        try (var files = Files.list(folder.resolve("en"))) {
            assertThat(files.count()).isEqualTo(StudyHandbook.files().size());
        }
    }

    @Test
    void a_lab_s_small_chunks_exceed_the_budget_and_the_default_ones_fit() throws Exception {
        DocumentCollection small = handbook.ensure("budget", StudyHandbook.chunking("characters", 200, 80), null);
        DocumentCollection defaults = handbook.ensure("miss", null, null);
        assertThat(small.stats().chunks()).isGreaterThan(100);
        assertThat(defaults.stats().chunks()).isLessThanOrEqualTo(100);
        assertThat(small.settings().sources()).extracting(s -> s.tags()).containsExactlyInAnyOrder(List.of("en"), List.of("es"));
    }

    private static int rankOfDeposit(DocumentCollection collection, String query, String language) throws Exception {
        for (SearchHit hit : collection.search(SearchRequest.of(query, 10))) {
            if (hit.path().replace('\\', '/').endsWith(language + "/equipment-loans.md") && hit.text().contains("120 euros")) return hit.rank();
        }
        return Integer.MAX_VALUE;
    }
}
