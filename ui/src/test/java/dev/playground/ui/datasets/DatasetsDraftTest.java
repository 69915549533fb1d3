package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved grid edits are kept as a draft through the shared EditorDraft, restored after a crash, and dropped once saved. */
@ExtendWith(FxThreadStandIn.class)
class DatasetsDraftTest {
    @TempDir Path dataDir;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private LocalStore store;
    private DatasetService service;

    @BeforeEach
    void open() {
        store = LocalStore.open(dataDir);
        service = new DatasetService(store.datasets());
        service.save("capitals", new Dataset(List.of(DatasetRow.of(Map.of("city", "Lima")))), "first", "tester", "test");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DatasetsViewModel viewModel() {
        return new DatasetsViewModel(service, store.drafts(), executor, "tester", new I18n(Locale.ENGLISH));
    }

    private Optional<DatasetDraft> stored() {
        return store.drafts().loadState(DraftKind.DATASET.id(), DatasetDraft.class);
    }

    @Test
    void an_edit_is_kept_restored_in_a_new_window_and_dropped_once_saved() {
        DatasetsViewModel first = viewModel();
        first.open("capitals", 1);
        executor.advance(DraftAutosaver.LONGEST);
        assertThat(stored()).as("opening a version is not an edit").isEmpty();

        first.paste("Quito\n", 0);
        first.grid().setCell(0, GridColumn.EXPECTED_RESPONSE, "Lima is the capital of Peru");
        executor.advance(DraftAutosaver.QUIET);
        assertThat(stored()).hasValueSatisfying(draft -> {
            assertThat(draft.openedFrom()).isEqualTo("capitals/1");
            assertThat(draft.rows()).hasSize(2);
        });

        // A new window after a crash: the draft comes back as unsaved rows.
        DatasetsViewModel second = viewModel();
        assertThat(second.draft().restore()).isCompleted();
        assertThat(second.grid().rows()).hasSize(2);
        assertThat(second.grid().rows().get(0).expectedResponse()).isEqualTo("Lima is the capital of Peru");
        assertThat(second.grid().dirtyProperty().get()).isTrue();
        assertThat(second.nameProperty().get()).isEqualTo("capitals");

        second.saveVersion("from the draft");
        executor.advance(DraftAutosaver.LONGEST);
        assertThat(service.resolve("capitals").version()).isEqualTo(2);
        assertThat(stored()).isEmpty();
    }
}
