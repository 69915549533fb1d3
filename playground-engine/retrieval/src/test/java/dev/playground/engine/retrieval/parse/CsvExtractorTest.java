package dev.playground.engine.retrieval.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExtractorTest {
    @Test
    void quoted_fields_keep_separators_quotes_and_line_breaks() throws Exception {
        String csv = "name,notes\r\n\"Etna, Sicily\",\"says \"\"hello\"\"\nthen erupts\"\r\nFuji,quiet\r\n";
        assertThat(CsvExtractor.parse(csv, ',')).containsExactly(
                List.of("name", "notes"), List.of("Etna, Sicily", "says \"hello\"\nthen erupts"), List.of("Fuji", "quiet"));
        String text = CsvExtractor.extract(csv, ',').sections().getFirst().text();
        assertThat(text).contains("name: Etna, Sicily; notes: says \"hello\"\nthen erupts").contains("name: Fuji; notes: quiet");
    }

    @Test
    void tab_separated_blank_lines_and_missing_cells() throws Exception {
        String tsv = "crop\tregion\tnote\n\nolives\tJaén\n\nalmonds\t\tdry farming\n";
        assertThat(CsvExtractor.extract(tsv, '\t').sections().getFirst().text())
                .isEqualTo("crop: olives; region: Jaén\ncrop: almonds; note: dry farming");
    }

    @Test
    void sloppy_files_from_the_wild_still_read() throws Exception {
        // Text after a closing quote, and a quote left open at the end of the file.
        assertThat(CsvExtractor.parse("a,b\n\"x\"y,z\n", ',')).containsExactly(List.of("a", "b"), List.of("xy", "z"));
        assertThat(CsvExtractor.parse("a,b\n1,\"open to the end\n", ',').get(1)).containsExactly("1", "open to the end\n");
    }

    @Test
    void a_header_alone_is_kept() throws Exception {
        assertThat(CsvExtractor.extract("only,header\n", ',').sections().getFirst().text()).isEqualTo("only; header");
    }
}
