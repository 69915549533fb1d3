package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dataset grid's "Generate from documents…": the dialog generates rows, one is dropped, the rest become a version in the grid. */
@ExtendWith(ApplicationExtension.class)
class GenerateRowsViewTest {
    @TempDir static Path dir;
    private GenerationFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new GenerationFixture(dir.resolve("run-" + System.nanoTime()));
        I18n i18n = new I18n(Locale.ENGLISH);
        var executor = new CurrentThreadTaskExecutor();
        var viewModel = new DatasetsViewModel(fixture.datasets, null, executor, "tester", i18n);
        viewModel.enableGeneration(new DatasetsViewModel.Generation(language -> fixture.viewModel(executor, language),
                connection -> CompletableFuture.completedFuture(java.util.List.of("gen-model", "other-model"))));
        Scene scene = new Scene(new DatasetsView(viewModel, i18n).root(), 1100, 650);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void generate_review_drop_one_and_add_the_rest_as_a_new_version(FxRobot robot) throws Exception {
        robot.clickOn("#datasets-name").write("handbook-qa");
        robot.clickOn("#datasets-generate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#generate-dataset").queryTextInputControl().getText()).isEqualTo("handbook-qa");

        robot.clickOn("#generate-start");
        TableView<GeneratedCandidate> review = robot.lookup("#generate-review").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#generate-message").queryAs(Label.class).getText()).isEqualTo("3 rows to review.");
        assertThat(robot.lookup("bees.md, Bees, passage 1").tryQuery()).isPresent();

        robot.clickOn(robot.lookup("#generate-review .check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(review.getItems().stream().filter(c -> !c.keptProperty().get())).hasSize(1);
        robot.clickOn("#generate-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#generate-message").queryAs(Label.class).getText()).isEqualTo("Added 2 rows as handbook-qa/1.");
        assertThat(fixture.datasets.resolve("handbook-qa").dataset().rows()).hasSize(2);
        robot.clickOn("#generate-close");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> grid = robot.lookup("#datasets-grid").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(2);
        assertThat(robot.lookup("#datasets-opened").queryAs(Label.class).getText()).contains("handbook-qa/1");
        assertThat(robot.lookup("#datasets-generate").queryAs(Button.class).isDisabled()).isFalse();
    }
}
