package dev.playground.benchmarks;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.monitor.AlertThresholds;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.JudgeVerdict;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.LocalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A week of made-up calls for looking at the Monitor tab (screenshots): three models, two prompt versions, some
 * rate limits and server errors that grow over the last day, feedback and a judge's verdict on a few runs, an error-rate alert limit.
 * {@code theme} (light/dark) and {@code language} (en/es) are stored as the window's own settings.
 *
 * <pre>java -cp … dev.playground.benchmarks.MonitorSampleLog DIR light en</pre>
 */
public final class MonitorSampleLog {
    private static final String[] MODELS = {"gpt-4o-mini", "claude-haiku-4-5", "llama3.2"};
    private static final String[] QUESTIONS = {"Where is my order?", "How do I reset my password?", "Can I change the delivery address?",
            "What is your refund policy?", "The app crashes when I log in.", "Do you ship to Canada?"};

    private MonitorSampleLog() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Random random = new Random(42);
        Instant now = Instant.now();
        try (LocalStore store = LocalStore.open(dir)) {
            store.settings().put("ui.theme", args.length > 1 ? args[1] : "light");
            store.settings().put("ui.language", args.length > 2 ? args[2] : "en");
            store.settings().put(AlertThresholds.SETTINGS_KEY, new AlertThresholds(0.08, 2500.0, null, null).format());
            for (int n = 0; n < 1500; n++) {
                long minutesAgo = (long) (random.nextDouble() * 7 * 24 * 60);
                boolean lastDay = minutesAgo < 24 * 60;
                int roll = random.nextInt(100);
                ErrorKind kind = roll < (lastDay ? 9 : 2) ? ErrorKind.RATE_LIMITED : roll < (lastDay ? 13 : 4) ? ErrorKind.SERVER_ERROR
                        : roll == 99 ? ErrorKind.TIMEOUT : null;
                String model = MODELS[n % MODELS.length];
                long latency = (model.equals("llama3.2") ? 900 : 400) + (long) (Math.abs(random.nextGaussian()) * (lastDay ? 900 : 500));
                int version = minutesAgo < 3 * 24 * 60 ? 2 : 1;
                String id = "sample-" + n;
                store.runs().record(new RunRecord(id, now.minus(Duration.ofMinutes(minutesAgo)), "c" + n % 2, n % 2 == 0 ? "OpenAI" : "Local vLLM",
                        ProviderKind.OPENAI_COMPATIBLE, model, "support", ModelSettings.DEFAULTS,
                        List.of(new RenderedMessage(Role.USER, QUESTIONS[random.nextInt(QUESTIONS.length)])),
                        kind == null ? "Thanks for writing. Here is what you can do." : "", kind == null ? "stop" : "incomplete",
                        kind == null ? RunStatus.OK : RunStatus.ERROR, 60 + random.nextInt(200), kind == null ? 40 + random.nextInt(300) : 0,
                        true, Duration.ofMillis(latency / 3), Duration.ofMillis(latency), kind == null ? 0.0002 * (1 + n % 3) : null,
                        kind == null ? "" : "The server refused the call.", false, null, kind == ErrorKind.RATE_LIMITED ? 4 : 1, version,
                        version == 2 ? "production" : "", kind));
                if (n % 17 == 0) store.runs().feedback(id, random.nextInt(5) == 0 ? -1 : 1, 3 + random.nextInt(3));
                if (kind == null && n % 11 == 0) {
                    double score = Math.min(1, Math.max(0, 0.75 + random.nextGaussian() * 0.2));
                    store.runs().judged(id, List.of(new JudgeVerdict("helpful", score >= 0.5, score)));
                }
            }
        }
    }
}
