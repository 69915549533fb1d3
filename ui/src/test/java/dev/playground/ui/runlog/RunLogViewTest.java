package dev.playground.ui.runlog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Runs tab lists the run log, filters it by model and status, shows a run, and exports what is shown. */
@ExtendWith(ApplicationExtension.class)
class RunLogViewTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private RunLogViewModel viewModel;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.runs().record(run("a", "2026-03-01T09:00:00Z", "greeting", "gpt-4o-mini", RunStatus.OK, "Hola, Ana."));
        store.runs().record(run("b", "2026-03-02T09:00:00Z", "summary", "claude-haiku-4-5", RunStatus.ERROR, ""));
        store.runs().record(run("c", "2026-03-03T09:00:00Z", "greeting", "claude-haiku-4-5", RunStatus.OK, "Hi Bo."));
        TokenCounter tokens = new TokenCounter();
        UiServices services = new UiServices(store, new ModelGateway(new SecretResolver(Map.of()), List.of()), new TemplateRenderer(),
                tokens, new CurrentThreadTaskExecutor(), "tester");
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new RunLogViewModel(services, i18n, ZoneOffset.UTC);
        Scene scene = new Scene(new RunLogView(viewModel, i18n).root(), 1100, 700);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunRecord run(String id, String at, String prompt, String model, RunStatus status, String output) {
        return new RunRecord(id, Instant.parse(at), "loopback", "Loopback", ProviderKind.OPENAI_COMPATIBLE, model, prompt,
                ModelSettings.of(0.3, 64), List.of(new RenderedMessage(Role.USER, "Saluda a Ana.")), output,
                status == RunStatus.OK ? "stop" : "incomplete", status, 5, 3, true, Duration.ofMillis(120), Duration.ofMillis(480),
                status == RunStatus.OK ? 0.00002 : null, status == RunStatus.OK ? "" : "Loopback refused the API key (HTTP 401).",
                false, null, 1);
    }

    @Test
    void lists_filters_shows_and_exports_runs(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#runlog-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#runlog-message").queryAs(Label.class).getText()).isEqualTo("3 runs");

        robot.clickOn("#runlog-model").write("claude").clickOn("#runlog-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);

        robot.interact(() -> viewModel.statusProperty().set(RunStatus.ERROR));
        robot.clickOn("#runlog-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);

        robot.interact(() -> table.getSelectionModel().select(0));
        String detail = robot.lookup("#runlog-detail").queryAs(TextArea.class).getText();
        assertThat(detail).contains("Saluda a Ana.", "refused the API key", "claude-haiku-4-5");
        assertThat(detail.indexOf("refused the API key")).as("a failed call starts with its error").isLessThan(detail.indexOf("Saluda a Ana."));

        Path csv = dataDir.resolve("export.csv");
        robot.interact(() -> viewModel.export(csv, RunLogViewModel.ExportFormat.CSV));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllLines(csv)).hasSize(2);
        assertThat(robot.lookup("#runlog-message").queryAs(Label.class).getText()).isEqualTo("Exported 1 run to export.csv.");

        robot.interact(viewModel::clearFilters);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
    }

    @Test
    void dates_filter_whole_days_in_the_chosen_zone(FxRobot robot) {
        robot.interact(() -> {
            viewModel.fromProperty().set(java.time.LocalDate.parse("2026-03-02"));
            viewModel.toProperty().set(java.time.LocalDate.parse("2026-03-02"));
            viewModel.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.runs()).extracting(RunRecord::id).containsExactly("b");
    }
}
