package dev.playground.bench;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.compare.CompareView;
import dev.playground.ui.compare.CompareViewModel;
import dev.playground.ui.compare.VariantColumn;
import dev.playground.ui.main.UiServices;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Issue 6 speed target: N compare columns streaming T tokens each at R tokens/s from a loopback
 * OpenAI-style server (in its own JVM, {@link LoopbackStreamServer}) must keep the window above 50 fps. Measures the interval between JavaFX
 * pulses (AnimationTimer) while the cells stream, then prints the figures. With --shot it also
 * writes a PNG of the view when the streams end (used for the documentation screenshots).
 *
 * <pre>java ... 'dev.playground.bench.CompareStreamingHarness$Main' [--columns 6] [--tokens 1000] [--rate 500]
 *     [--theme light|dark] [--lang en|es] [--shot FILE.png] [--width 1440] [--height 900] [--idle-seconds N]</pre>
 */
public final class CompareStreamingHarness extends Application {
    private static Map<String, String> options;

    /** JavaFX on the class path needs a main class that does not extend Application. */
    public static final class Main {
        private Main() {}

        public static void main(String[] args) {
            options = parse(args);
            Application.launch(CompareStreamingHarness.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        int columns = Integer.parseInt(options.getOrDefault("columns", "6"));
        int tokens = Integer.parseInt(options.getOrDefault("tokens", "1000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        Theme theme = Theme.parse(options.getOrDefault("theme", "light"));
        Locale locale = Locale.forLanguageTag(options.getOrDefault("lang", "en"));
        String shot = options.get("shot");

        Path data = Files.createTempDirectory("pg-compare-bench");
        LoopbackStreamServer.Child server = LoopbackStreamServer.startChild(columns, tokens, rate);
        LocalStore store = LocalStore.open(data);
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        TokenCounter counter = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(counter, Duration.ofMinutes(2)), new DryRunProvider(counter)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), counter, executor, "bench");
        Connection loopback = Connection.openAiCompatible("loopback", "Loopback", server.baseUrl(), "", "model-1");
        // Every column streams at once (the default policy admits four calls per connection at a time).
        gateway.setPolicy(loopback.id(), GatewayPolicy.DEFAULT.withLimits(Math.max(columns, 1), 0));
        PromptTemplate draft = PromptTemplate.systemAndUser("Answer in detail.", "Explain {{ topic }} step by step.");
        I18n i18n = new I18n(locale);
        CompareViewModel viewModel = new CompareViewModel(services, () -> draft, FXCollections.observableArrayList(loopback), i18n);
        viewModel.scoring().metricsProperty().set("rouge-l, bleu, words<=2000");
        viewModel.rows().get(0).set("topic", locale.getLanguage().equals("es") ? "la recuperación aumentada" : "retrieval-augmented generation");
        viewModel.rows().get(0).expectedProperty().set(LoopbackStreamServer.sentence(0, 80));
        for (int c = 0; c < columns; c++) {
            VariantColumn column = viewModel.grid().addVariant();
            column.modelProperty().set("model-" + (c + 1));
            column.temperatureProperty().set(Math.round(c * 0.3 * 10) / 10.0);
        }

        CompareView view = new CompareView(viewModel, i18n);
        Scene scene = new Scene(view.root(), Double.parseDouble(options.getOrDefault("width", "1440")), Double.parseDouble(options.getOrDefault("height", "900")));
        theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Compare streaming harness");
        stage.show();

        List<Long> pulses = new ArrayList<>();
        AnimationTimer meter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.add(now);
            }
        };
        CountDownLatch done = new CountDownLatch(1);
        long[] streamNanos = new long[2];
        viewModel.runs().runningProperty().addListener((obs, was, now) -> {
            if (now) streamNanos[0] = System.nanoTime();
            if (was && !now) {
                streamNanos[1] = System.nanoTime();
                done.countDown();
            }
        });
        // Give the window a moment to settle before measuring.
        Thread.ofVirtual().start(() -> {
            sleep(1500);
            int idleSeconds = Integer.parseInt(options.getOrDefault("idle-seconds", "0"));
            Platform.runLater(() -> {
                meter.start();
                // --idle-seconds N measures the same window with nothing streaming: the machine's own frame rate.
                if (idleSeconds == 0) viewModel.runs().runAll();
            });
            try {
                boolean finished = idleSeconds > 0 ? !done.await(idleSeconds, TimeUnit.SECONDS) : done.await(5, TimeUnit.MINUTES);
                sleep(500);
                Platform.runLater(() -> {
                    meter.stop();
                    report(pulses, columns, tokens, rate, finished);
                    if (streamNanos[1] > 0) System.out.printf(Locale.ROOT, "streams took %.1f s%n", (streamNanos[1] - streamNanos[0]) / 1e9);
                    if (shot != null) snapshot(scene, new File(shot));
                    executor.close();
                    store.close();
                    closeQuietly(server);
                    Platform.exit();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void report(List<Long> pulses, int columns, int tokens, int rate, boolean finished) {
        if (pulses.size() < 2) {
            System.out.println("No frames measured.");
            return;
        }
        double[] intervals = new double[pulses.size() - 1];
        for (int i = 1; i < pulses.size(); i++) intervals[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        double total = (pulses.get(pulses.size() - 1) - pulses.get(0)) / 1e6;
        double[] sorted = intervals.clone();
        Arrays.sort(sorted);
        long over20 = Arrays.stream(intervals).filter(ms -> ms > 20).count();
        System.out.printf(Locale.ROOT, "columns=%d tokens/column=%d rate=%d tok/s finished=%s%n", columns, tokens, rate, finished);
        System.out.printf(Locale.ROOT, "frames=%d over %.0f ms -> average %.1f fps%n", intervals.length, total, intervals.length * 1000 / total);
        System.out.printf(Locale.ROOT, "frame time ms: median %.1f, p95 %.1f, p99 %.1f, max %.1f; frames over 20 ms: %d (%.1f%%)%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1], over20,
                100.0 * over20 / intervals.length);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void snapshot(Scene scene, File file) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) out.setRGB(x, y, reader.getArgb(x, y));
        try {
            File parent = file.getAbsoluteFile().getParentFile();
            if (parent != null) parent.mkdirs();
            ImageIO.write(out, "png", file);
            System.out.println("screenshot " + file);
        } catch (Exception e) {
            System.out.println("Could not write " + file + ": " + e.getMessage());
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.out.println("Could not stop the loopback server: " + e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) map.put(args[i].substring(2), args[i + 1]);
        }
        return map;
    }
}
