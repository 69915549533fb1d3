package dev.playground.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Datasets tab: open a stored version, edit a cell, paste spreadsheet rows, undo, and save a new version. */
@ExtendWith(ApplicationExtension.class)
class DatasetsViewTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private DatasetService service;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        service = new DatasetService(store.datasets());
        service.save("capitals", new Dataset(List.of(DatasetRow.of(Map.of("city", "Lima")).withExpectedResponse("Peru"),
                DatasetRow.of(Map.of("city", "Quito")).withExpectedResponse("Ecuador"))), "first", "tester", "test");
        I18n i18n = new I18n(Locale.ENGLISH);
        var viewModel = new DatasetsViewModel(service, null, new CurrentThreadTaskExecutor(), "tester", i18n);
        Scene scene = new Scene(new DatasetsView(viewModel, i18n).root(), 1100, 650);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void edit_paste_undo_and_save_a_version(FxRobot robot) {
        ListView<?> datasets = robot.lookup("#datasets-list").queryAs(ListView.class);
        assertThat(datasets.getItems()).hasSize(1);
        robot.clickOn("capitals  (v1, 2 rows)");
        robot.doubleClickOn("#datasets-versions .list-cell");
        TableView<DatasetRow> grid = robot.lookup("#datasets-grid").queryAs(TableView.class);
        assertThat(grid.getItems()).hasSize(2);
        assertThat(grid.getColumns()).extracting(c -> c.getText()).startsWith("#", "city", "Expected response");

        robot.doubleClickOn("Lima");
        robot.write("Lima, Peru").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getItems().get(0).inputs()).containsEntry("city", "Lima, Peru");
        assertThat(robot.lookup("#datasets-opened").queryAs(Label.class).getText()).contains("unsaved");

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Bogotá\tColombia\nSantiago\tChile\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#datasets-paste");
        assertThat(grid.getItems()).hasSize(4);
        assertThat(grid.getItems().get(3).expectedResponse()).isEqualTo("Chile");

        robot.clickOn("#datasets-undo");
        assertThat(grid.getItems()).hasSize(2);
        robot.clickOn("#datasets-redo");
        assertThat(grid.getItems()).hasSize(4);

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Caracas\tVenezuela\textra\tcells\tmore\tmore\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#datasets-paste");
        Label message = robot.lookup("#datasets-message").queryAs(Label.class);
        assertThat(message.getText()).contains("Nothing was pasted");
        assertThat(message.getStyleClass()).contains("failed");

        robot.clickOn("#datasets-save");
        robot.write("two capitals more").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.getText()).contains("Saved capitals/2 with 4 rows");
        assertThat(service.resolve("capitals/2").dataset().rows().get(0).inputs()).containsEntry("city", "Lima, Peru");
        assertThat(service.resolve("capitals/1").dataset().rows().get(0).inputs()).containsEntry("city", "Lima");
        assertThat(robot.lookup("#datasets-save").queryAs(Button.class).isDisabled()).isFalse();
    }
}
