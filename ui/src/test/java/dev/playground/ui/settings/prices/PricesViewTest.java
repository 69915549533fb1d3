package dev.playground.ui.settings.prices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.ModelPrice;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PricesViewTest {
    @TempDir
    static Path folder;

    private Path file;
    private PriceBook book;
    private PricesViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createTempDirectory(folder, "prices").resolve("prices.yaml");
        book = PriceBook.open(file);
        show(Locale.ENGLISH);
    }

    private void show(Locale locale) {
        I18n i18n = new I18n(locale);
        viewModel = new PricesViewModel(book, new CurrentThreadTaskExecutor(), i18n);
        Scene scene = new Scene(new PricesView(viewModel, i18n).root(), 900, 640);
        stage.setScene(scene);
        Theme.LIGHT.apply(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<PriceRow> table(FxRobot robot) {
        return robot.lookup("#prices-table").queryAs(TableView.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void shows_the_shipped_prices_with_their_date_and_context_windows(FxRobot robot) {
        int shipped = PriceTable.defaults().prices().size();
        assertThat(table(robot).getItems()).hasSize(shipped);
        assertThat(text(robot, "#prices-dates")).isEqualTo("Shipped prices as of 2025-09-01.");
        PriceRow gpt4o = table(robot).getItems().stream().filter(r -> r.model().equals("gpt-4o")).findFirst().orElseThrow();
        assertThat(gpt4o.window()).isEqualTo("128,000");
        assertThat(robot.lookup("#price-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void a_bad_row_is_explained_and_kept_as_typed_then_added_and_saved_to_the_file(FxRobot robot) throws Exception {
        int before = table(robot).getItems().size();
        robot.clickOn("#price-new");
        robot.clickOn("#price-provider").write("databricks");
        robot.clickOn("#price-model").write("databricks-meta-llama-3-3-70b-instruct");
        robot.clickOn("#price-input").write("0,50");
        robot.clickOn("#price-output").write("one fifty");
        robot.clickOn("#price-apply");

        assertThat(text(robot, "#price-form-error")).contains("output price \"one fifty\"").contains("10.00");
        assertThat(robot.lookup("#price-form-error").query().isVisible()).isTrue();
        assertThat(robot.lookup("#price-output").queryAs(TextField.class).getText()).isEqualTo("one fifty");
        assertThat(table(robot).getItems()).hasSize(before);

        robot.doubleClickOn("#price-output").eraseText(9).write("1.50");
        robot.clickOn("#price-window").write("128k");
        robot.clickOn("#price-apply");

        assertThat(robot.lookup("#price-form-error").query().isVisible()).isFalse();
        assertThat(table(robot).getItems()).hasSize(before + 1);
        assertThat(Files.exists(file)).isFalse();

        robot.clickOn("#price-save");

        PriceTable saved = PriceTable.loadOrDefaults(file);
        ModelPrice added = saved.lookup("databricks", "databricks-meta-llama-3-3-70b-instruct").orElseThrow();
        assertThat(added.inputPerMillion()).isEqualByComparingTo("0.50");
        assertThat(added.outputPerMillion()).isEqualByComparingTo("1.50");
        assertThat(added.contextWindow()).isEqualTo(128_000);
        assertThat(book.current()).isEqualTo(saved);
        assertThat(text(robot, "#prices-status")).contains("Saved");
        assertThat(robot.lookup("#price-save").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void editing_removing_and_resetting_rows(FxRobot robot) throws Exception {
        int shipped = table(robot).getItems().size();
        int row = indexOf(robot, "gpt-4o");
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        assertThat(robot.lookup("#price-model").queryAs(TextField.class).getText()).isEqualTo("gpt-4o");

        robot.doubleClickOn("#price-input").eraseText(10).write("3");
        robot.clickOn("#price-apply");
        assertThat(table(robot).getItems().get(row).input()).isEqualTo("3");

        robot.interact(() -> viewModel.select(-1));
        robot.clickOn("#price-provider").write("openai");
        robot.clickOn("#price-model").write("GPT-4o");
        robot.clickOn("#price-input").write("1");
        robot.clickOn("#price-output").write("1");
        robot.clickOn("#price-apply");
        assertThat(text(robot, "#price-form-error")).contains("already a price for openai / GPT-4o");

        robot.interact(() -> table(robot).getSelectionModel().select(indexOf(robot, "o3")));
        robot.clickOn("#price-remove");
        assertThat(table(robot).getItems()).extracting(PriceRow::model).doesNotContain("o3");
        robot.clickOn("#price-save");
        assertThat(PriceTable.loadOrDefaults(file).prices()).extracting(ModelPrice::model).doesNotContain("o3");
        assertThat(PriceTable.loadOrDefaults(file).lookup("openai", "gpt-4o").orElseThrow().inputPerMillion()).isEqualByComparingTo(BigDecimal.valueOf(3));

        robot.clickOn("#price-reset");
        assertThat(table(robot).getItems()).hasSize(shipped);
        assertThat(text(robot, "#prices-status")).contains("Save to use");
        assertThat(PriceTable.loadOrDefaults(file).prices()).extracting(ModelPrice::model).doesNotContain("o3");
    }

    @Test
    void messages_are_in_spanish_in_the_spanish_ui(FxRobot robot) {
        robot.interact(() -> show(Locale.forLanguageTag("es")));
        robot.clickOn("#price-new");
        robot.clickOn("#price-model").write("mi-modelo");
        robot.clickOn("#price-input").write("-2");
        robot.clickOn("#price-apply");
        assertThat(text(robot, "#price-form-error")).contains("precio de entrada «-2»");
        assertThat(robot.lookup("#price-save").queryAs(Button.class).getText()).isEqualTo("Guardar");
    }

    private int indexOf(FxRobot robot, String model) {
        var items = table(robot).getItems();
        for (int i = 0; i < items.size(); i++) if (items.get(i).model().equals(model)) return i;
        throw new AssertionError(model + " is not in the table");
    }
}
