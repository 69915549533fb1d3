package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.Theme;
import dev.playground.ui.testing.LayoutAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text at 150 % (-Dplayground.fontScale=150%) on a 1440×900 window: every tab is audited as at 1024×700, so
 * no label, button or field hint is cut and nothing lies outside the window.
 */
@ExtendWith(ApplicationExtension.class)
class FontScaleTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private Stage stage;

    @Start
    void start(Stage primary) {
        System.setProperty("playground.fontScale", "150%");
        stage = new Stage();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        store.prompts().saveVersion("explainer", PromptDocument.of(PromptTemplate.systemAndUser("You explain {{topic}}.", "Explain {{topic}}.")),
                "first try", "tester");
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("playground.fontScale");
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        executor.close();
        store.close();
    }

    @Test
    void text_at_150_percent_is_not_cut_on_any_tab(FxRobot robot) throws Exception {
        settle(robot);
        assertThat(Theme.fontScale()).isEqualTo(1.5);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 21.0px");
        TabPane tabs = (TabPane) ((BorderPane) stage.getScene().getRoot()).getCenter();
        List<String> problems = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle(robot);
            robot.interact(() -> problems.addAll(LayoutAudit.of(stage.getScene(), tab.getText() + " at 150 %")));
        }
        assertThat(problems).isEmpty();
    }

    private static void settle(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }
}
