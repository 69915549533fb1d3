package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Datasets view model with the real store and the synchronous executor: edit, save versions, import, export. */
class DatasetsViewModelTest {
    @TempDir Path dir;
    private LocalStore store;
    private DatasetService service;
    private DatasetsViewModel viewModel;

    @BeforeEach
    void open() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dir.resolve("data"));
        service = new DatasetService(store.datasets());
        viewModel = new DatasetsViewModel(service, null, new CurrentThreadTaskExecutor(), "tester", new I18n(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        store.close();
        UiThread.endStandIn();
    }

    @Test
    void edits_in_the_grid_are_saved_as_new_immutable_versions() {
        viewModel.newDataset();
        DatasetGridModel grid = viewModel.grid();
        viewModel.addColumn("city");
        grid.addRow(-1);
        grid.setCell(0, GridColumn.input("city"), "Lima");
        grid.setCell(0, GridColumn.EXPECTED_FACTS, "capital of Peru\non the coast");
        viewModel.paste("Quito\tQuito is the capital\n", 0);
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.dirtyProperty().get()).isTrue();

        viewModel.saveVersion("first");
        assertThat(viewModel.messageProperty().get()).contains("Give the dataset a name");
        assertThat(viewModel.failedProperty().get()).isTrue();

        viewModel.nameProperty().set("capitals");
        viewModel.saveVersion("first");
        assertThat(viewModel.failedProperty().get()).as(viewModel.messageProperty().get()).isFalse();
        assertThat(viewModel.openedFromProperty().get()).isEqualTo("capitals/1");
        assertThat(grid.dirtyProperty().get()).isFalse();
        assertThat(viewModel.datasets()).extracting(d -> d.name()).containsExactly("capitals");
        var stored = service.resolve("capitals/1").dataset();
        assertThat(stored.rows().get(0).expectedFacts()).containsExactly("capital of Peru", "on the coast");
        assertThat(stored.rows().get(1).expectedResponse()).isEqualTo("Quito is the capital");

        grid.duplicate(List.of(1));
        grid.delete(List.of(0));
        grid.undo();
        assertThat(grid.rows()).hasSize(3);
        viewModel.saveVersion("a copy of Quito");
        assertThat(viewModel.versions()).extracting(v -> v.version()).containsExactly(2, 1);
        assertThat(service.resolve("capitals/1").dataset().size()).isEqualTo(2);
        assertThat(service.resolve("capitals").dataset().size()).isEqualTo(3);

        viewModel.open("capitals", 1);
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.canUndoProperty().get()).isFalse();
    }

    @Test
    void a_ragged_file_is_refused_with_its_name_and_line_and_the_grid_is_kept() throws Exception {
        viewModel.newDataset();
        viewModel.paste("city\nLima\n", -1);
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "city,country\nLima,Peru\nQuito,Ecuador,extra\n");
        viewModel.importFile(ragged);
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains("ragged.csv").contains("3");
        assertThat(viewModel.grid().rows()).hasSize(1);
    }

    @Test
    void export_and_import_go_through_the_file_formats_and_import_can_be_undone() throws Exception {
        viewModel.newDataset();
        viewModel.paste("question\texpected_response\nWhy?\tBecause.\nHow?\tLike this.\n", -1);
        for (String name : List.of("rows.csv", "rows.jsonl", "rows.json", "rows.yaml")) {
            Path file = dir.resolve(name);
            viewModel.exportFile(file);
            assertThat(viewModel.failedProperty().get()).as(viewModel.messageProperty().get()).isFalse();
            assertThat(file).exists();
            viewModel.newDataset();
            viewModel.importFile(file);
            assertThat(viewModel.failedProperty().get()).as(name + ": " + viewModel.messageProperty().get()).isFalse();
            assertThat(viewModel.grid().rows()).as(name).hasSize(2);
            assertThat(viewModel.grid().rows().get(1).expectedResponse()).as(name).isEqualTo("Like this.");
            assertThat(viewModel.nameProperty().get()).isEqualTo("rows");
        }
        viewModel.grid().undo();
        assertThat(viewModel.grid().rows()).isEmpty();
    }

    @Test
    void a_ragged_paste_is_refused_in_words() {
        viewModel.newDataset();
        viewModel.paste("a\tb\nc\n", -1);
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains("row 2").contains("1 cells").contains("2 were expected");
        assertThat(viewModel.grid().rows()).isEmpty();
    }
}
