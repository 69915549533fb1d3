package dev.playground.bench;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.model.Role;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.editor.PromptAnalyzer;
import dev.playground.ui.editor.PromptEditorView;
import dev.playground.ui.editor.PromptEditorViewModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

/**
 * Issue 3 target: incremental re-highlighting after a keystroke in a 5,000-line template within
 * 5 ms, measured through the real editor (unlike {@code HighlightBench}, which stops before
 * RichTextFX): the prompt editor is shown in a window with a 5,000-line user message, and each
 * keystroke is typed into its {@link CodeArea} on the FX thread. "Styled" is the time until the
 * keystroke's handlers return (re-lexing, RichTextFX's {@code setStyleSpans}, the variables panel
 * and the request for a background analysis); "laid out" adds the next pulse's CSS and layout,
 * just before the frame is painted. Run under Xvfb (see docs/performance.md).
 */
public final class KeystrokeHarness {
    static final int LINES = 5_000;

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        CodeArea area = onFx(() -> show(executor));
        int position = onFx(() -> area.getText().indexOf("Line 2500:") + 5);

        long[] styled = new long[measured];
        long[] laidOut = new long[measured];
        for (int i = 0; i < warmUp + measured; i++) {
            boolean insert = i % 2 == 0;
            CompletableFuture<long[]> times = new CompletableFuture<>();
            Platform.runLater(() -> {
                Scene scene = area.getScene();
                long start = System.nanoTime();
                if (insert) area.insertText(position, "x");
                else area.deleteText(position, position + 1);
                long handled = System.nanoTime();
                Runnable afterLayout = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        times.complete(new long[] {handled - start, System.nanoTime() - start});
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout);
                Platform.requestNextPulse();
            });
            long[] took = times.get(10, TimeUnit.SECONDS);
            if (i >= warmUp) {
                styled[i - warmUp] = took[0];
                laidOut[i - warmUp] = took[1];
            }
            Thread.sleep(5); // like a fast typist, and lets the background analysis run between keystrokes
        }
        System.out.printf(Locale.ROOT, "keystrokes measured: %d (after %d warm-up), %d-line template, %d chars%n",
                measured, warmUp, LINES, onFx(() -> area.getLength()));
        report("styled (handlers incl. setStyleSpans)", styled);
        report("styled and laid out (next pulse)", laidOut);
        executor.close();
        Platform.exit();
    }

    private static CodeArea show(VirtualThreadTaskExecutor executor) {
        I18n i18n = new I18n(Locale.ENGLISH);
        PromptEditorViewModel viewModel = new PromptEditorViewModel(executor,
                new PromptAnalyzer(new TemplateRenderer(), new TokenCounter(), PriceTable::defaults), i18n);
        viewModel.modelProperty().set("gpt-4o");
        viewModel.load(PromptDocument.of(PromptTemplate.systemAndUser("You answer from the context.", template())));
        PromptEditorView view = new PromptEditorView(viewModel, i18n);
        Stage stage = new Stage();
        Scene scene = new Scene(new HBox(view.root(), view.previewNode()), 1400, 900);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
        return view.editorFor(Role.USER);
    }

    /** The same 5,000 lines as {@code HighlightBench}: variables on every line, tags, comments and raw blocks. */
    static String template() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append("Line ").append(i).append(": answer using {{ context }} and cite [").append(i % 7).append("] for {{ user.name }}");
            if (i % 50 == 0) text.append(" {% if formal %}Be formal.{% else %}Be casual.{% endif %}");
            if (i % 200 == 0) text.append(" {# reviewer note #} {% raw %}{{ literal }}{% endraw %}");
            text.append('\n');
        }
        return text.toString();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-40s median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                ms(sorted[sorted.length / 2]), ms(sorted[(int) (sorted.length * 0.9)]), ms(sorted[(int) (sorted.length * 0.99)]),
                ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
