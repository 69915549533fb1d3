package dev.playground.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.monitor.AlertThresholds;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
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

/** The Monitor tab shows the figures, opens a clicked point's runs, gives drift verdicts and raises an alert badge. */
@ExtendWith(ApplicationExtension.class)
class MonitorViewTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private MonitorViewModel viewModel;
    private final AtomicReference<AlertThresholds> limits = new AtomicReference<>(AlertThresholds.NONE);
    private final List<Instant> opened = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        for (int i = 0; i < 12; i++) {
            store.runs().record(MonitorViewModelTest.run("old" + i, 25 * 60 + i * 5, "gpt-4o-mini", null, 200 + i, "How do I bake bread?"));
            store.runs().record(MonitorViewModelTest.run("new" + i, 30 + i * 5, i % 2 == 0 ? "gpt-4o-mini" : "claude-haiku",
                    i < 3 ? ErrorKind.RATE_LIMITED : null, 400 + 10 * i, "How do I bake bread at home?"));
        }
        viewModel = MonitorViewModelTest.viewModel(store, limits, null);
        viewModel.setRunsOpener((from, to) -> opened.add(from));
        this.stage = stage;
        Scene scene = new Scene(new MonitorView(viewModel, new I18n(Locale.ENGLISH)).root(), 1280, 900);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void figures_chart_click_drift_and_alert_badge(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monitor-tile-requests").queryAs(Label.class).getText()).isEqualTo("12");
        assertThat(robot.lookup("#monitor-tile-errors").queryAs(Label.class).getText()).isEqualTo("3  (25.0%)");
        TableView<?> groups = robot.lookup("#monitor-groups").queryAs(TableView.class);
        assertThat(groups.getItems()).hasSize(2);

        Node lastPoint = robot.lookup("#monitor-point-23").query();
        robot.clickOn(lastPoint);
        assertThat(opened).containsExactly(MonitorViewModelTest.NOW.minusSeconds(3600));

        robot.clickOn("#monitor-drift");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monitor-verdict-error_rate").queryAs(Label.class).getText()).isEqualTo("Drifted");
        assertThat(robot.lookup("#monitor-verdict-latency_p95").queryAs(Label.class).getText()).isEqualTo("Drifted");
        assertThat(robot.lookup("#monitor-verdict-topics").queryAs(Label.class).getText()).isEqualTo("Not measured");

        Label badge = robot.lookup("#monitor-alert-badge").queryAs(Label.class);
        assertThat(badge.isVisible()).isFalse();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".monitor-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1.0));
        robot.clickOn("#monitor-limit-error-rate").write("10");
        robot.clickOn("#monitor-save-limits");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(limits.get().errorRate()).isEqualTo(0.10);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("1 alert");
        assertThat(robot.lookup("#monitor-alert-list .label").queryAs(Label.class).getText())
                .isEqualTo("25.0% of the calls in the last 24 hours failed, above your limit of 10.0%.");
    }

    @Test
    void in_spanish_figures_verdicts_alerts_and_the_drift_of_a_version(FxRobot robot) {
        for (int i = 0; i < 12; i++) {
            store.runs().record(MonitorViewModelTest.versioned("two" + i, 90 + i, 2, i < 4 ? ErrorKind.TIMEOUT : null, "Abre Ajustes."));
        }
        robot.interact(() -> stage.getScene().setRoot(new MonitorView(viewModel, new I18n(Locale.forLanguageTag("es"))).root()));
        robot.clickOn("#monitor-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monitor-tile-requests").queryAs(Label.class).getText()).isEqualTo("24");
        assertThat(robot.lookup("#monitor-tile-errors").queryAs(Label.class).getText()).isEqualTo("7  (29,2 %)");
        TableView<?> groups = robot.lookup("#monitor-groups").queryAs(TableView.class);
        assertThat(groups.getColumns()).extracting(c -> c.getText()).contains("Peticiones", "Tasa de errores");

        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> target = robot.lookup("#monitor-drift-target").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(target.getItems()).containsExactly(MonitorViewModel.PERIOD, "support/2");
        assertThat(target.getButtonCell().getText()).isEqualTo("Este periodo con el anterior");
        robot.interact(() -> target.getSelectionModel().select("support/2"));
        assertThat(target.getButtonCell().getText()).isEqualTo("support, versión 2 con la versión 1");
        robot.clickOn("#monitor-drift");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monitor-drift-summary").queryAs(Label.class).getText())
                .isEqualTo("12 llamadas de support/2 frente a 12 llamadas de support/1, ambas en este periodo.");
        assertThat(robot.lookup("#monitor-verdict-error_rate").queryAs(Label.class).getText()).isEqualTo("Ha derivado");
        assertThat(robot.lookup("#monitor-verdict-topics").queryAs(Label.class).getText()).isEqualTo("Sin medir");

        javafx.scene.control.ScrollPane scroll = robot.lookup(".monitor-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1.0));
        robot.clickOn("#monitor-limit-error-rate").write("10");
        robot.clickOn("#monitor-save-limits");
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup("#monitor-alert-badge").queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("1 alerta");
        assertThat(robot.lookup("#monitor-alert-list .label").queryAs(Label.class).getText())
                .isEqualTo("Ha fallado el 29,2 % de las llamadas de las últimas 24 horas, por encima de tu límite del 10,0 %.");
    }
}
