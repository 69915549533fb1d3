package dev.playground.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (the app's own start-up) in a child process, headless, driven by TestFX's robot.
 * {@code type DIR TEXT [EXPECTED]}: types TEXT into the user message (and EXPECTED into the first
 * Compare row's expected answer), prints {@code TYPED}, then waits to be killed. {@code look DIR}:
 * prints what the editor, that Compare field and the recovery note show, then closes the window
 * normally (as a person would) and exits.
 */
public final class WindowProcess {
    private WindowProcess() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dataDir = Path.of(args[1]);
        PlaygroundApplication.pending = CompletableFuture.supplyAsync(() -> AppContext.open(dataDir));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(PlaygroundApplication.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#user-editor").tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        if (args[0].equals("type")) {
            robot.clickOn("#user-editor").write(args[2]);
            WaitForAsyncUtils.waitForFxEvents();
            if (args.length > 3) {
                showCompare(robot);
                robot.clickOn("#row-r1-expected").write(args[3]);
                WaitForAsyncUtils.waitForFxEvents();
            }
            out.println("TYPED " + System.currentTimeMillis());
            Thread.sleep(Long.MAX_VALUE);
            return;
        }
        // The drafts are restored a moment after the window appears: wait for what this test always typed
        // (the note is set in the same step that shows each draft).
        CodeArea userEditor = robot.lookup("#user-editor").queryAs(CodeArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !userEditor.getText().isEmpty());
        showCompare(robot);
        // A draft restored after the tab was built replaces its rows: look the field up afresh each time.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !expectedAnswer(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node note = robot.lookup("#recovery-note").query();
        String noteText = note.isVisible() ? robot.lookup("#recovery-text").queryLabeled().getText() : "";
        out.println("EDITOR=" + userEditor.getText().replace("\n", "\\n"));
        out.println("EXPECTED=" + expectedAnswer(robot));
        out.println("NOTE=" + noteText);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        out.println("CLOSED");
        System.exit(0);
    }

    /** The first Compare row's expected answer as shown ("" while there is no such field). */
    private static String expectedAnswer(FxRobot robot) {
        return robot.lookup("#row-r1-expected").tryQuery().map(n -> ((TextInputControl) n).getText()).orElse("");
    }

    /** Selects the Compare tab (built on first show) and waits for its first row. */
    private static void showCompare(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> "compareTab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#row-r1-expected").tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
