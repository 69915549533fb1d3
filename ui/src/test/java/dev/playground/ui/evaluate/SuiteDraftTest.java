package dev.playground.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.ManualTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Unsaved edits in the suite editor are kept as a draft, restored after a crash, and dropped once written to the file. */
@ExtendWith(FxThreadStandIn.class)
class SuiteDraftTest {
    @TempDir Path dir;
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private LocalStore store;
    private Path suite;

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dir.resolve("data"));
        suite = Files.writeString(dir.resolve("capitals.suite.yaml"), "suite: capitals\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private EvaluateViewModel viewModel() {
        return new EvaluateViewModel(SuiteRuns.UNAVAILABLE, store.drafts(), executor, new I18n(Locale.ENGLISH));
    }

    private Optional<SuiteDraft> stored() {
        return store.drafts().loadState(DraftKind.SUITE.id(), SuiteDraft.class);
    }

    @Test
    void an_edit_is_kept_restored_in_a_new_window_and_dropped_once_saved() throws Exception {
        EvaluateViewModel first = viewModel();
        first.openSuite(suite);
        executor.advance(DraftAutosaver.LONGEST);
        assertThat(first.suiteTextProperty().get()).isEqualTo("suite: capitals\n");
        assertThat(stored()).as("reading the suite file is not an edit").isEmpty();

        first.suiteTextProperty().set("suite: capitals\nthreshold: 0.8\n");
        first.baselineProperty().set("capital@champion");
        executor.advance(DraftAutosaver.QUIET);
        assertThat(stored()).hasValueSatisfying(draft -> {
            assertThat(draft.file()).isEqualTo(suite.toString());
            assertThat(draft.text()).contains("threshold: 0.8");
            assertThat(draft.baseline()).isEqualTo("capital@champion");
        });

        // A new window after a crash: the edit comes back, still unsaved, for the same file.
        EvaluateViewModel second = viewModel();
        assertThat(second.draft().restore()).isCompleted();
        executor.advance(DraftAutosaver.LONGEST);
        assertThat(second.suiteTextProperty().get()).isEqualTo("suite: capitals\nthreshold: 0.8\n");
        assertThat(second.baselineProperty().get()).isEqualTo("capital@champion");
        assertThat(second.suiteEdited()).isTrue();
        assertThat(Files.readString(suite, StandardCharsets.UTF_8)).isEqualTo("suite: capitals\n");

        second.saveSuite();
        executor.advance(DraftAutosaver.LONGEST);
        assertThat(Files.readString(suite, StandardCharsets.UTF_8)).contains("threshold: 0.8");
        assertThat(second.suiteEdited()).isFalse();
        assertThat(stored()).isEmpty();
    }
}
