package dev.playground.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * The study window in the app: opened from the main toolbar, following the app's language, and a lesson's lab
 * opened in the playground (its starter prompt lands in the editor). Answers go to the real store.
 */
@ExtendWith(ApplicationExtension.class)
class StudyWindowFlowTest {
    @TempDir Path dataDir;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun()));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester");
        window = new MainWindow(stage, new MainViewModel(services, Locale.ENGLISH));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
    }

    @Test
    void the_toolbar_opens_the_study_window_whose_labs_open_in_the_playground_and_whose_answers_are_kept(FxRobot robot) throws Exception {
        robot.clickOn("#open-study");
        StudyViewModel study = window.viewModel().study();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> study.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.studyWindow().stage().getTitle()).isEqualTo("Study: Databricks Generative AI Engineer Associate");

        // The lab's button sits at the end of the lesson, below the fold: pressed as a keyboard user would.
        javafx.scene.control.Button open = robot.lookup("#open-lab-1-few-shot-json").queryButton();
        robot.interact(open::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "ticket-triage".equals(window.viewModel().playground().promptNameProperty().get()));

        // Practice: one answer, kept in the store.
        robot.interact(() -> study.pageProperty().set(StudyViewModel.Page.PRACTICE));
        robot.interact(() -> window.studyWindow().stage().toFront());
        robot.clickOn("#practice-start");
        robot.clickOn("#option-1");
        robot.clickOn("#practice-enter");
        assertThat(robot.lookup("#practice-verdict").queryAs(Label.class).getText()).isNotBlank();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.studyAnswers().all().size() == 1);

        // The app's language switch reaches the study window.
        robot.interact(() -> window.viewModel().languageProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.studyWindow().stage().getTitle()).startsWith("Estudiar");
        assertThat(robot.lookup("#practice-verdict").queryAs(Label.class).getText()).isNotBlank();
    }
}
