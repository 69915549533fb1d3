package dev.playground.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.AliasMove;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import dev.playground.store.VersionUsage;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history panel: side-by-side diff of two versions, restore as draft, alias moves and lineage. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    @TempDir static Path dataDir;
    private LocalStore store;
    private final List<PromptVersion> restored = new ArrayList<>();
    private HistoryViewModel viewModel;

    private static PromptDocument document(String user, double temperature) {
        return new PromptDocument(PromptTemplate.systemAndUser("You are a tutor.", user), "dry-run", "gpt-4o-mini",
                ModelSettings.of(temperature, 256), Map.of());
    }

    @Start
    void start(Stage stage) {
        store = LocalStore.open(dataDir.resolve("s" + System.nanoTime()));
        store.prompts().saveVersion("exam.tutor", document("Explain {{topic}}.\nKeep it short.", 0.2), "first", "ana");
        store.prompts().saveVersion("exam.tutor", document("Explain {{topic}}.\nUse one example.", 0.5), "add an example", "luis");
        store.aliases().set("exam.tutor", "champion", 1, "ana");
        store.lineage().record(new VersionUsage("exam.tutor", 2, VersionUsage.Kind.COMPARISON, "cmp-1", "v1 vs v2", Instant.now()));
        UiServices services = new UiServices(store, null, null, null, new CurrentThreadTaskExecutor(), "tester");
        viewModel = new HistoryViewModel(services, restored::add);
        HistoryView view = new HistoryView(viewModel, new I18n(Locale.ENGLISH));
        Scene scene = new Scene(view.root(), 1100, 650);
        dev.playground.ui.common.Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        viewModel.load("exam.tutor");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream()
                .map(node -> node instanceof javafx.scene.text.TextFlow flow ? dev.playground.ui.common.DiffText.text(flow) : ((Label) node).getText())
                .toList();
    }

    private static List<String> words(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList();
    }

    @Test
    void shows_the_newest_two_versions_side_by_side_and_restores_the_compared_one(FxRobot robot) {
        assertThat(robot.lookup(".history-title").queryAs(Label.class).getText()).isEqualTo("History of exam.tutor");
        assertThat(texts(robot, "diff-changed")).containsExactly("Keep it short.", "Use one example.");
        // Word by word: the changed words are marked, the words both lines share are not.
        assertThat(words(robot, "diff-word-removed")).containsExactly("Keep it short");
        assertThat(words(robot, "diff-word-added")).containsExactly("Use one example");
        assertThat(words(robot, "diff-word-same")).contains(".");
        javafx.scene.text.Text added = robot.lookup(".diff-word-added").queryAs(javafx.scene.text.Text.class);
        assertThat(added.isUnderline()).as("added words are underlined (app.css)").isTrue();
        assertThat(robot.lookup(".diff-word-removed").queryAs(javafx.scene.text.Text.class).isStrikethrough()).isTrue();
        assertThat(texts(robot, "diff-removed")).contains("temperature: 0.2");
        assertThat(texts(robot, "diff-added")).contains("temperature: 0.5");
        assertThat(texts(robot, "diff-heading")).containsExactly("Version 1", "Version 2");
        assertThat(robot.lookup("#lineageList").queryAs(ListView.class).getItems()).hasSize(1);

        // Compare the other way round: version 1 on the right, then restore it.
        ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        robot.clickOn(robot.from(timeline).lookup(".list-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.rightProperty().get().version()).isEqualTo(1);
        robot.interact(() -> viewModel.leftProperty().set(viewModel.versions().getFirst()));
        assertThat(texts(robot, "diff-heading")).containsExactly("Version 2", "Version 1");
        assertThat(texts(robot, "diff-changed")).containsExactly("Use one example.", "Keep it short.");

        robot.clickOn("Restore as draft");
        assertThat(restored).extracting(PromptVersion::version).containsExactly(1);
        assertThat(robot.lookup(".history-status").queryAs(Label.class).getText())
                .isEqualTo("Version 1 of exam.tutor is open in the editor as a draft. Save it to make it the newest version.");
        assertThat(store.prompts().versions("exam.tutor")).as("restoring writes nothing").hasSize(2);
    }

    @Test
    void aliases_move_from_the_panel_and_every_move_is_listed(FxRobot robot) {
        robot.clickOn(".combo-box .text-field").write("production");
        robot.clickOn("Point here");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.aliases().aliases("exam.tutor")).containsEntry("production", 2).containsEntry("champion", 1);
        assertThat(store.aliases().history("exam.tutor")).extracting(AliasMove::movedBy).containsExactly("ana", "tester");
        assertThat(robot.lookup("#movesList").queryAs(ListView.class).getItems()).hasSize(2);

        robot.clickOn("#tagsField").write("exam, rag").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.prompts().summary("exam.tutor").orElseThrow().tags()).containsExactly("exam", "rag");

        robot.clickOn("#aliasBox .text-field").eraseText(10).write("bad alias");
        robot.clickOn("Point here");
        assertThat(robot.lookup(".history-status").queryAs(Label.class).getText()).startsWith("Not changed: 'bad alias' cannot be an alias");
    }
}
