package dev.playground.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (the app's own start-up) in a child process, headless, driven by TestFX's robot.
 * {@code type DIR TEXT}: types TEXT into the user message, prints {@code TYPED}, then waits to be
 * killed. {@code look DIR}: prints what the editor and the recovery note show, then closes the
 * window normally (as a person would) and exits.
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
            out.println("TYPED " + System.currentTimeMillis());
            Thread.sleep(Long.MAX_VALUE);
            return;
        }
        // The draft is restored a moment after the window appears: give it that moment.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String editor = robot.lookup("#user-editor").queryAs(CodeArea.class).getText();
        Node note = robot.lookup("#recovery-note").query();
        String noteText = note.isVisible() ? robot.lookup("#recovery-text").queryLabeled().getText() : "";
        out.println("EDITOR=" + editor.replace("\n", "\\n"));
        out.println("NOTE=" + noteText);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        out.println("CLOSED");
        System.exit(0);
    }
}
