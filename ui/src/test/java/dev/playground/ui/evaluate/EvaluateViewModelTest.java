package dev.playground.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Evaluate view model with a scripted runner and the synchronous executor. */
class EvaluateViewModelTest {
    @TempDir Path dir;
    private final FakeSuiteRuns runs = new FakeSuiteRuns();
    private EvaluateViewModel viewModel;
    private Path suite;

    @BeforeEach
    void setUp() throws Exception {
        UiThread.standInOnThisThread();
        suite = Files.writeString(dir.resolve("capitals.suite.yaml"), "name: capitals\n");
        viewModel = new EvaluateViewModel(runs, new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH));
        var judge = new EvalCell.Check("judge:correct", true, 1, "It names the capital.", true);
        var judgeNo = new EvalCell.Check("judge:correct", false, 0, "It names the wrong city.", true);
        var contains = new EvalCell.Check("icontains", false, 0, "The output does not contain 'Quito'.", false);
        runs.cells.add(FakeSuiteRuns.cell(0, 0, EvalCell.Status.PASS, 1, "Lima", EvalCell.Change.SAME, judge));
        runs.cells.add(FakeSuiteRuns.cell(0, 1, EvalCell.Status.PASS, 1, "Lima.", EvalCell.Change.SAME, judge));
        runs.cells.add(FakeSuiteRuns.cell(1, 0, EvalCell.Status.PASS, 1, "Quito", EvalCell.Change.NEWLY_PASSING, judge));
        runs.cells.add(FakeSuiteRuns.cell(1, 1, EvalCell.Status.FAIL, 0, "Guayaquil", EvalCell.Change.NEWLY_FAILING, judgeNo, contains));
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
    }

    @Test
    void a_run_fills_the_matrix_and_the_filters_pick_failures_and_changes() {
        viewModel.openSuite(suite);
        assertThat(viewModel.suiteTextProperty().get()).isEqualTo("name: capitals\n");
        viewModel.baselineProperty().set("capitals@champion");
        viewModel.run();

        assertThat(runs.lastBaseline).isEqualTo("capitals@champion");
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
        assertThat(viewModel.messageProperty().get()).isEqualTo("3 of 4 cells passed (75%); 1 failed, 0 errors.");
        assertThat(viewModel.failedProperty().get()).isTrue();
        EvalMatrix matrix = viewModel.matrix();
        assertThat(matrix.variants()).containsExactly("capitals@1", "capitals@2");
        assertThat(matrix.shown()).hasSize(2);

        matrix.filterProperty().set(EvalMatrix.Filter.FAILURES);
        assertThat(matrix.shown()).extracting(EvalMatrix.Line::label).containsExactly("Quito");
        matrix.filterProperty().set(EvalMatrix.Filter.CHANGED);
        assertThat(matrix.shown()).extracting(EvalMatrix.Line::label).containsExactly("Quito");
        matrix.filterProperty().set(EvalMatrix.Filter.ALL);
        assertThat(matrix.shown()).hasSize(2);

        viewModel.select(1, 1);
        EvalCell failing = viewModel.selectedProperty().get();
        assertThat(failing.output()).isEqualTo("Guayaquil");
        assertThat(failing.checks()).extracting(EvalCell.Check::reason).contains("It names the wrong city.");
    }

    @Test
    void an_edited_suite_is_saved_before_the_run() throws Exception {
        viewModel.openSuite(suite);
        viewModel.suiteTextProperty().set("name: capitals\ndescription: edited\n");
        assertThat(viewModel.suiteEdited()).isTrue();
        viewModel.run();
        assertThat(Files.readString(suite)).contains("edited");
        assertThat(viewModel.suiteEdited()).isFalse();
    }

    @Test
    void stop_keeps_the_finished_cells() {
        runs.holdAfterFirst = true;
        viewModel.openSuite(suite);
        viewModel.run();
        assertThat(viewModel.runningProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("1 of 4 cells done");
        viewModel.cancel();
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).startsWith("Stopped: 1 of 1");
        assertThat(viewModel.matrix().cells()).hasSize(1);
    }

    @Test
    void thumbs_and_ratings_feed_the_judge_agreement() {
        viewModel.openSuite(suite);
        viewModel.run();
        viewModel.select(0, 0);
        viewModel.thumb(CellFeedback.Thumb.UP);
        viewModel.select(1, 0);
        viewModel.thumb(CellFeedback.Thumb.DOWN);
        viewModel.select(1, 1);
        viewModel.rate(2);
        viewModel.select(0, 1);
        viewModel.rate(3);
        var agreement = viewModel.feedback().agreementProperty().get();
        assertThat(agreement.compared()).isEqualTo(3);
        assertThat(agreement.bothPass()).isEqualTo(1);
        assertThat(agreement.judgePassPersonFail()).isEqualTo(1);
        assertThat(agreement.bothFail()).isEqualTo(1);
        assertThat(agreement.kappa()).isCloseTo(0.4, within(1e-9));
        viewModel.select(1, 0);
        viewModel.thumb(CellFeedback.Thumb.DOWN);
        assertThat(viewModel.feedback().agreementProperty().get().compared()).isEqualTo(2);
    }

    @Test
    void feedback_goes_to_the_cells_call_and_each_judges_agreement_is_read_back() {
        runs.cells.replaceAll(c -> new EvalCell(c.row(), c.variant(), c.status(), c.score(), c.output(), c.checks(), c.reason(), c.error(),
                c.latencyMs(), c.change(), "call-" + c.row() + "-" + c.variant()));
        var tone = dev.playground.engine.compare.AgreementMatrix.of(List.of(new dev.playground.engine.compare.AgreementMatrix.Pair(true, true)));
        runs.perJudge = Map.of("judge:correct", tone);
        viewModel.openSuite(suite);
        viewModel.run();
        assertThat(viewModel.feedback().perJudgeProperty().get()).as("read after the run").containsEntry("judge:correct", tone);

        viewModel.select(1, 1);
        viewModel.thumb(CellFeedback.Thumb.DOWN);
        viewModel.rate(2);
        viewModel.thumb(CellFeedback.Thumb.DOWN); // taken back; the rating stays

        assertThat(runs.kept).containsExactly("call-1-1 -1 0", "call-1-1 -1 2", "call-1-1 0 2");
        runs.perJudge = Map.of();
        viewModel.select(0, 0);
        viewModel.thumb(CellFeedback.Thumb.UP);
        assertThat(viewModel.feedback().perJudgeProperty().get()).as("read again after each change").isEmpty();
    }

    @Test
    void the_history_of_the_prompt_is_loaded_after_a_run_and_errors_are_said_in_words() throws Exception {
        runs.past.add(new SuiteRuns.PastRun("capitals", "capitals", 1, Instant.parse("2026-12-01T10:00:00Z"), 0.5, Map.of("correct", 0.6)));
        runs.past.add(new SuiteRuns.PastRun("capitals", "capitals", 2, Instant.parse("2026-12-02T10:00:00Z"), 0.75, Map.of("correct", 0.8)));
        viewModel.run();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Open a suite first.");
        viewModel.openSuite(suite);
        viewModel.run();
        assertThat(viewModel.promptProperty().get()).isEqualTo("capitals");
        assertThat(viewModel.history()).extracting(SuiteRuns.PastRun::promptVersion).containsExactly(1, 2);

        viewModel.openSuite(dir.resolve("missing.suite.yaml"));
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).startsWith("Could not open missing.suite.yaml");

        EvaluateViewModel without = new EvaluateViewModel(SuiteRuns.UNAVAILABLE, new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH));
        without.openSuite(suite);
        without.run();
        assertThat(without.messageProperty().get()).isEqualTo("This build has no suite runner yet.");
        assertThat(without.runningProperty().get()).isFalse();
    }
}
