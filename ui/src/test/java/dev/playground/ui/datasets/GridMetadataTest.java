package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.DatasetRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid's metadata column: key=value lines that give back the same values and types, and edits that change only what was edited. */
class GridMetadataTest {
    private static DatasetRow generated() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source_document", "bees.md");
        metadata.put("source_page", 4);
        metadata.put("source_chunk", "# Bees\n\nA honeybee colony keeps warm.");
        metadata.put("flag", "true");
        metadata.put("topics", List.of("bees", "heat"));
        return DatasetRow.of(Map.of("question", "How warm?")).withMetadata(metadata);
    }

    @Test
    void values_show_one_per_line_and_read_back_with_their_types() {
        DatasetRow row = generated();

        String text = GridCells.text(row, GridColumn.METADATA);

        assertThat(text.lines()).containsExactly("source_document=bees.md", "source_page=4",
                "source_chunk=\"# Bees\\n\\nA honeybee colony keeps warm.\"", "flag=\"true\"", "topics=[\"bees\",\"heat\"]");
        assertThat(GridMetadata.read(text)).isEqualTo(row.metadata());
        assertThat(GridCells.with(row, GridColumn.METADATA, text)).isSameAs(row);
    }

    @Test
    void an_edit_changes_the_edited_entry_and_keeps_the_rest() {
        DatasetRow row = generated();
        String edited = GridCells.text(row, GridColumn.METADATA).replace("source_page=4", "source_page=5") + "\nreviewer=Ana";

        DatasetRow after = GridCells.with(row, GridColumn.METADATA, edited);

        assertThat(after.metadata()).containsEntry("source_page", 5).containsEntry("reviewer", "Ana")
                .containsEntry("source_chunk", "# Bees\n\nA honeybee colony keeps warm.").containsEntry("flag", "true");
        assertThat(after.inputs()).isEqualTo(row.inputs());
    }
}
