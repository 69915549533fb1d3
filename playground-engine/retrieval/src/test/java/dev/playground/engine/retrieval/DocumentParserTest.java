package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.retrieval.parse.DocumentParser;
import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import dev.playground.engine.retrieval.parse.UnreadableFileException;
import dev.playground.testkit.RetrievalCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {
    @TempDir
    static Path folder;

    private final DocumentParser parser = new DocumentParser();

    @BeforeAll
    static void writeCorpus() throws Exception {
        RetrievalCorpus.writeTo(folder.resolve("good"));
        RetrievalCorpus.writeBadFiles(folder.resolve("bad"));
    }

    @Test
    void pdf_pages_keep_their_numbers() throws Exception {
        ParsedDocument pdf = parser.parse(folder.resolve("good/ajedrez.pdf"));
        assertThat(pdf.sections()).extracting(Section::page).containsExactly(1, 2, 3, 4, 5);
        assertThat(pdf.sections().get(2).text()).contains("enroque").contains("casilla atacada");
    }

    @Test
    void markdown_sections_carry_their_heading_path() throws Exception {
        ParsedDocument md = parser.parse(folder.resolve("good/beekeeping.md"));
        assertThat(md.sections()).extracting(Section::heading)
                .contains("Keeping Honeybees: A Field Guide > Winter cluster", "Keeping Honeybees: A Field Guide > Varroa mites");
        Section varroa = md.sections().stream().filter(s -> s.heading().endsWith("Varroa mites")).findFirst().orElseThrow();
        assertThat(varroa.text()).startsWith("## Varroa mites").contains("oxalic acid").doesNotContain("Harvesting");
    }

    @Test
    void office_html_and_csv_files_yield_their_text() throws Exception {
        assertThat(parser.parse(folder.resolve("good/riego.docx")).sections().getFirst().text()).contains("Riego por goteo");
        assertThat(parser.parse(folder.resolve("good/lighthouses.html")).sections().getFirst().text())
                .contains("Augustin Fresnel").doesNotContain("<p>");
        assertThat(parser.parse(folder.resolve("good/solar-panels.csv")).sections().getFirst().text())
                .contains("panel type: Thin film; cell material: cadmium telluride or amorphous silicon");
    }

    @Test
    void pages_without_text_are_named_in_a_note() throws Exception {
        List<String> pages = new ArrayList<>(List.of("First page text about rivers.", "Second page text about lakes."));
        for (int i = 3; i <= 9; i++) pages.add("");
        Path pdf = folder.resolve("partly-scanned.pdf");
        RetrievalCorpus.writePdf(pdf, pages);
        ParsedDocument parsed = parser.parse(pdf);
        assertThat(parsed.sections()).hasSize(2);
        assertThat(parsed.notes()).containsExactly(
                "no extractable text on pages 3–9: scanned images? Run OCR on the file to make them searchable");
    }

    @Test
    void bad_files_are_refused_with_a_reason() {
        assertReason("empty.txt", "the file is empty");
        assertReason("binary.txt", "binary data");
        assertReason("corrupt.pdf", "damaged or not really a PDF");
        assertReason("corrupt.docx", "damaged");
        assertReason("encrypted.pdf", "encrypted with a password");
        assertReason("scanned.pdf", "no extractable text on any page: scanned images?");
        assertReason("huge.txt", "larger than 100 MB");
        assertReason("photo.png", "files of type '.png' are not supported");
    }

    @Test
    void text_files_in_legacy_encodings_are_read() throws Exception {
        Path latin = folder.resolve("latin1.txt");
        Files.write(latin, "Canción de otoño".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(parser.parse(latin).sections().getFirst().text()).isEqualTo("Canción de otoño");
    }

    private void assertReason(String file, String reason) {
        assertThatThrownBy(() -> parser.parse(folder.resolve("bad").resolve(file)))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining(reason);
    }
}
