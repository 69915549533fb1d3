package dev.playground.benchmarks;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two measurements of the model gateway against a loopback OpenAI-style server:
 * (1) its overhead over a bare java.net.http call that sends the same streaming request and reads the
 * SSE body to [DONE] (median of N alternating calls), with and without the H2 run log;
 * (2) 50 concurrent paced streams: wall time, the worst gap between two tokens of one stream, and how
 * late a 16 ms "frame" timer on its own platform thread ran while they streamed (a UI-stall proxy).
 */
public final class GatewayHarness {
    private static final int WARMUP = 300;
    private static final int MEASURED = 1000;
    private static final int STREAMS = 50;
    private static final int TOKENS_PER_STREAM = 50;
    private static final long TOKEN_PACE_MS = 20;

    private GatewayHarness() {}

    public static void main(String[] args) throws Exception {
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            Connection connection = Connection.openAiCompatible("bench", "Loopback", server.baseUrl(), "", "test-model");
            overhead(server, connection);
            concurrentStreams(server, connection);
        }
        System.exit(0);
    }

    private static ModelGateway gateway(RunLog runLog) {
        TokenCounter tokens = new TokenCounter();
        // The app reads its price table once (PriceBook) and hands out the loaded table, so does this harness.
        PriceTable prices = PriceTable.defaults();
        return new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT.withLimits(STREAMS, 0), runLog, () -> prices);
    }

    private static CompletionRequest request(Connection connection, String question) {
        return new CompletionRequest(connection, "test-model", ModelSettings.of(0.2, 16), List.of(new RenderedMessage(Role.USER, question)));
    }

    private static void overhead(OpenAiWireServer server, Connection connection) throws Exception {
        HttpClient bare = HttpClient.newHttpClient();
        String body = "{\"model\":\"test-model\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}],\"temperature\":0.2,"
                + "\"max_tokens\":16,\"stream\":true,\"stream_options\":{\"include_usage\":true}}";
        HttpRequest bareRequest = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        ModelGateway plain = gateway(RunLog.NONE);
        Path dataDir = Files.createTempDirectory("gateway-harness");
        try (LocalStore store = LocalStore.open(dataDir)) {
            ModelGateway logged = gateway(store.runs());
            CompletionRequest request = request(connection, "Say hello");
            for (int i = 0; i < WARMUP; i++) {
                bareCall(bare, bareRequest);
                gatewayCall(plain, request);
                gatewayCall(logged, request);
            }
            long[] bareNanos = new long[MEASURED];
            long[] gatewayNanos = new long[MEASURED];
            long[] loggedAnswerNanos = new long[MEASURED];
            long[] loggedNanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                bareNanos[i] = bareCall(bare, bareRequest);
                gatewayNanos[i] = gatewayCall(plain, request)[1];
                long[] timed = gatewayCall(logged, request);
                loggedAnswerNanos[i] = timed[0];
                loggedNanos[i] = timed[1];
            }
            double bareMedian = median(bareNanos);
            double gatewayMedian = median(gatewayNanos);
            double loggedAnswerMedian = median(loggedAnswerNanos);
            double loggedMedian = median(loggedNanos);
            System.out.printf(Locale.ROOT, "overhead: %d calls each, 4-token streamed answer%n", MEASURED);
            System.out.printf(Locale.ROOT, "  bare java.net.http     median %.3f ms  p90 %.3f ms%n", bareMedian, p90(bareNanos));
            System.out.printf(Locale.ROOT, "  gateway (no run log)   median %.3f ms  p90 %.3f ms  overhead %.3f ms%n", gatewayMedian,
                    p90(gatewayNanos), gatewayMedian - bareMedian);
            System.out.printf(Locale.ROOT, "  gateway + H2 run log, answer delivered to the listener   median %.3f ms  p90 %.3f ms  overhead %.3f ms%n",
                    loggedAnswerMedian, p90(loggedAnswerNanos), loggedAnswerMedian - bareMedian);
            System.out.printf(Locale.ROOT, "  gateway + H2 run log, result future (run logged)         median %.3f ms  p90 %.3f ms  overhead %.3f ms  (%d runs logged)%n",
                    loggedMedian, p90(loggedNanos), loggedMedian - bareMedian, store.runs().count());
        }
    }

    private static long bareCall(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains("[DONE]")) throw new IllegalStateException("stream did not finish");
        }
        return System.nanoTime() - start;
    }

    /** Nanoseconds until the listener heard the answer (what the window shows), and until the result future completed. */
    private static long[] gatewayCall(ModelGateway gateway, CompletionRequest request) throws Exception {
        long start = System.nanoTime();
        AnswerTime answered = new AnswerTime();
        gateway.stream(request, answered).result().get(10, TimeUnit.SECONDS);
        return new long[] {answered.at - start, System.nanoTime() - start};
    }

    private static void concurrentStreams(OpenAiWireServer server, Connection connection) throws Exception {
        ModelGateway gateway = gateway(RunLog.NONE);
        String[] tokens = new String[TOKENS_PER_STREAM];
        Arrays.fill(tokens, "tok ");
        for (int i = 0; i < STREAMS; i++) server.enqueue(ScriptedReply.streamWithDelays(0, TOKEN_PACE_MS, tokens));
        FrameTimer frames = new FrameTimer();
        frames.start();
        long start = System.nanoTime();
        List<GapListener> listeners = new ArrayList<>();
        List<CompletionHandle> calls = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            GapListener listener = new GapListener();
            listeners.add(listener);
            calls.add(gateway.stream(new CompletionRequest(connection, "test-model", ModelSettings.of(0.2, null),
                    List.of(new RenderedMessage(Role.USER, "stream " + i))), listener));
        }
        int complete = 0;
        for (CompletionHandle call : calls) {
            if (call.result().get(60, TimeUnit.SECONDS).text().length() == TOKENS_PER_STREAM * 4) complete++;
        }
        double wallMs = (System.nanoTime() - start) / 1e6;
        frames.stop();
        long worstGap = listeners.stream().mapToLong(l -> l.worstGapNanos).max().orElse(0);
        System.out.printf(Locale.ROOT, "concurrency: %d streams x %d tokens paced %d ms (ideal %.0f ms each)%n", STREAMS, TOKENS_PER_STREAM,
                TOKEN_PACE_MS, (double) (TOKENS_PER_STREAM - 1) * TOKEN_PACE_MS);
        System.out.printf(Locale.ROOT, "  complete %d/%d, wall %.0f ms, worst gap between tokens of one stream %.1f ms%n", complete, STREAMS,
                wallMs, worstGap / 1e6);
        System.out.printf(Locale.ROOT, "  16 ms frame timer: %d ticks, worst lateness %.1f ms%n", frames.ticks, frames.worstLateNanos / 1e6);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p90(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.9)] / 1e6;
    }

    private static final class AnswerTime implements CompletionListener {
        volatile long at;

        @Override
        public void onToken(String token) {}

        @Override
        public void onComplete(CompletionResult result) {
            at = System.nanoTime();
        }

        @Override
        public void onError(ProviderException error, CompletionResult partial) {}
    }

    private static final class GapListener implements CompletionListener {
        private long last;
        volatile long worstGapNanos;

        @Override
        public synchronized void onToken(String token) {
            long now = System.nanoTime();
            if (last != 0) worstGapNanos = Math.max(worstGapNanos, now - last);
            last = now;
        }

        @Override
        public void onComplete(CompletionResult result) {}

        @Override
        public void onError(ProviderException error, CompletionResult partial) {}
    }

    /** Stands in for the FX thread: wakes every 16 ms and records how late it woke. */
    private static final class FrameTimer {
        private final Thread thread = new Thread(this::loop, "frame-timer");
        private volatile boolean running = true;
        volatile long worstLateNanos;
        volatile int ticks;

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void loop() {
            long next = System.nanoTime() + 16_000_000;
            while (running) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                worstLateNanos = Math.max(worstLateNanos, System.nanoTime() - next);
                ticks++;
                next += 16_000_000;
            }
        }
    }
}
