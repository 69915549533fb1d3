package dev.playground.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Evaluate tab with a scripted runner: run, read a failing cell's output and the judge's reasoning, filter, give a thumb. */
@ExtendWith(ApplicationExtension.class)
class EvaluateViewTest {
    @TempDir Path dir;
    private EvaluateViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        FakeSuiteRuns runs = new FakeSuiteRuns();
        var judgeYes = new EvalCell.Check("judge:correct", true, 1, "It names the capital.", true);
        var judgeNo = new EvalCell.Check("judge:correct", false, 0, "It names Guayaquil, which is not the capital.", true);
        runs.cells.add(FakeSuiteRuns.cell(0, 0, EvalCell.Status.PASS, 1, "Lima", EvalCell.Change.SAME, judgeYes));
        runs.cells.add(FakeSuiteRuns.cell(1, 0, EvalCell.Status.FAIL, 0, "Guayaquil", EvalCell.Change.NEWLY_FAILING, judgeNo));
        runs.variants = java.util.List.of("capitals@2");
        viewModel = new EvaluateViewModel(runs, new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH));
        viewModel.openSuite(Files.writeString(dir.resolve("capitals.suite.yaml"), "name: capitals\n"));
        Scene scene = new Scene(new EvaluateView(viewModel, new I18n(Locale.ENGLISH)).root(), 1100, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_failing_cell_shows_its_output_and_the_judges_reasoning(FxRobot robot) {
        robot.clickOn("#evaluate-run");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<EvalMatrix.Line> matrix = robot.lookup("#evaluate-matrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).hasSize(2);
        assertThat(robot.lookup("#evaluate-message").queryAs(Label.class).getText()).isEqualTo("1 of 2 cells passed (50%); 1 failed, 0 errors.");

        robot.clickOn("✗ fail 0.00 ↓");
        assertThat(robot.lookup("#evaluate-output").queryAs(TextArea.class).getText()).isEqualTo("Guayaquil");
        ListView<EvalCell.Check> checks = robot.lookup("#evaluate-checks").queryAs(ListView.class);
        assertThat(checks.getItems()).singleElement().satisfies(c -> assertThat(c.reason()).contains("not the capital"));
        assertThat(robot.lookup("#evaluate-cell-verdict").queryAs(Label.class).getStyleClass()).contains("eval-fail");

        robot.clickOn("#evaluate-filter-failures");
        assertThat(matrix.getItems()).extracting(EvalMatrix.Line::label).containsExactly("Quito");
        robot.clickOn("#evaluate-filter-all");
        assertThat(matrix.getItems()).hasSize(2);

        robot.clickOn("#evaluate-thumb-down");
        assertThat(viewModel.feedback().agreementProperty().get().bothFail()).isEqualTo(1);
        assertThat(robot.lookup("#evaluate-kappa").queryAs(Label.class).getText()).contains("over 1 cell of this run");
    }
}
