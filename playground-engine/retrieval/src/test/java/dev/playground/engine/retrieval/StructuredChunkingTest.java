package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.retrieval.chunk.Chunk;
import dev.playground.engine.retrieval.chunk.Chunker;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.index.ChunkDoc;
import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chunks keep their structure as context (issue 19): table headers, outline parents, heading path in the indexed text. */
class StructuredChunkingTest {
    private static final ChunkingSettings SMALL = new ChunkingSettings(ChunkingSettings.Unit.CHARACTERS, 120, 0);

    private static List<Chunk> chunk(String text, String heading) {
        return new Chunker(SMALL).chunk(new ParsedDocument(List.of(new Section(text, 0, heading)), List.of()));
    }

    @Test
    void a_chunk_that_starts_inside_a_table_repeats_the_header_rows() {
        List<String> rows = new ArrayList<>(List.of("Levels of access:", "", "| level | what it allows |", "|---|---|"));
        for (int i = 1; i <= 8; i++) rows.add("| LEVEL" + i + " | allows thing number " + i + " |");
        List<Chunk> chunks = chunk(String.join("\n", rows), "Serving > Permissions");

        assertThat(chunks).hasSizeGreaterThan(2);
        assertThat(chunks.getFirst().text()).startsWith("Levels of access:");
        for (Chunk later : chunks.subList(1, chunks.size())) {
            assertThat(later.text()).startsWith("| level | what it allows |\n|---|---|\n| LEVEL");
        }
        assertThat(chunks.getLast().text()).contains("| LEVEL8 | allows thing number 8 |");
    }

    @Test
    void a_chunk_that_starts_inside_an_outline_carries_its_parent_items() {
        String outline = """
                2. Malicious input
                   2.1 Prompt injection
                       - direct: the user types "ignore the previous instructions" into the chat box, hoping it works
                       - indirect: the instruction hides inside a retrieved document or a web page the agent reads
                   2.2 Defences
                       - clear delimiters between instructions and data""";
        List<Chunk> chunks = chunk(outline, "");
        Chunk indirect = chunks.stream().filter(c -> c.text().startsWith("- indirect")).findFirst().orElseThrow();
        assertThat(indirect.context()).isEqualTo("2. Malicious input\n2.1 Prompt injection");
        assertThat(chunks.getFirst().context()).isEmpty();
    }

    @Test
    void search_reads_the_heading_path_or_the_file_name_and_the_outline_before_the_text() {
        String context = ChunkDoc.contextOf("Registering models > Names", "uc.md", "- naming", "Three levels: catalog.schema.model");
        ChunkDoc underHeading = new ChunkDoc("f#1", "/n/uc.md", "uc.md", "md", List.of(), 0, "Registering models > Names", 1,
                "Three levels: catalog.schema.model", null, context);
        assertThat(underHeading.indexedText()).isEqualTo("Registering models > Names\n- naming\nThree levels: catalog.schema.model");

        assertThat(ChunkDoc.contextOf("", "es-gobernanza.txt", "", "Texto.")).isEqualTo("es gobernanza");
        assertThat(ChunkDoc.contextOf("Guide", "a.md", "", "Guide\nInstall it.")).isEmpty();
        ChunkDoc bare = new ChunkDoc("f#2", "/n/a.md", "a.md", "md", List.of(), 0, "Guide", 2, "Install it.", null);
        assertThat(bare.indexedText()).isEqualTo("Install it.");
    }

    @Test
    void plain_chunking_is_its_own_signature_and_the_default_reads_context() {
        assertThat(ChunkingSettings.DEFAULTS.searchContext()).isTrue();
        assertThat(ChunkingSettings.DEFAULTS.signature()).isEqualTo("characters:800:100");
        assertThat(ChunkingSettings.DEFAULTS.withSearchContext(false).signature()).isEqualTo("characters:800:100:plain");
    }
}
