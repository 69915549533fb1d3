package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows copied from a spreadsheet: tab-separated, quoted cells, an optional header, ragged blocks refused by row. */
class PastedRowsTest {
    @Test
    void without_a_header_cells_fill_the_grid_columns_in_order() throws Exception {
        var result = PastedRows.read("Lima\tPeru\tThe capital is Lima\nQuito\tEcuador\tQuito\n", List.of("city", "country"));
        assertThat(result.newColumns()).isEmpty();
        assertThat(result.rows()).hasSize(2);
        assertThat(result.rows().get(1).inputs()).containsEntry("city", "Quito").containsEntry("country", "Ecuador");
        assertThat(result.rows().get(0).expectedResponse()).isEqualTo("The capital is Lima");
    }

    @Test
    void a_header_names_columns_and_brings_new_variables() throws Exception {
        String block = "city\texpected_facts\ttone\n\"Lima\"\t\"capital of Peru\nby the Pacific\"\tdry\n";
        var result = PastedRows.read(block, List.of("city"));
        assertThat(result.newColumns()).containsExactly("tone");
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.expectedFacts()).containsExactly("capital of Peru", "by the Pacific");
            assertThat(row.inputs()).containsEntry("tone", "dry");
        });
    }

    @Test
    void into_an_empty_grid_the_first_line_is_the_header() throws Exception {
        var result = PastedRows.read("question\tanswer\r\nWhy?\t\"He said \"\"no\"\"\"\r\n", List.of());
        assertThat(result.newColumns()).containsExactly("question", "answer");
        assertThat(result.rows().getFirst().inputs()).containsEntry("answer", "He said \"no\"");
    }

    @Test
    void a_ragged_block_is_refused_with_its_row() {
        assertThatThrownBy(() -> PastedRows.read("a\tb\nc\td\te\n", List.of("x", "y")))
                .isInstanceOfSatisfying(PastedRows.RefusedException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.cells()).isEqualTo(3);
                    assertThat(e.expected()).isEqualTo(2);
                });
    }

    @Test
    void tags_and_lists_read_one_per_line() {
        assertThat(GridCells.tags("topic=geo\nhard\n=x")).containsEntry("topic", "geo").containsEntry("hard", "").hasSize(2);
        assertThat(GridCells.lines(" one \n\n two")).containsExactly("one", "two");
    }
}
