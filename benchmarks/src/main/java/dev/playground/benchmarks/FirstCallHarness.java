package dev.playground.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the first call of a fresh process reports, against what a bare {@code java.net.http} client
 * measures for the same request. A loopback OpenAI-style server (in this JVM) waits a fixed delay
 * before its first token. Each sample starts a fresh JVM: either {@code playground run --json} through
 * the packaged app (its reported {@code timeToFirstTokenMs} and {@code latencyMs}), or a bare client
 * that times the same streaming request from sending it to the first content token and to {@code [DONE]}.
 *
 * <pre>java -cp CP dev.playground.benchmarks.FirstCallHarness [samples] [delay-ms] [app-jar]</pre>
 */
public final class FirstCallHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOKENS = {"Hello", " from", " the", " loopback", " server", "."};

    private FirstCallHarness() {}

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long delay = args.length > 1 ? Long.parseLong(args[1]) : 35;
        Path appJar = Path.of(args.length > 2 ? args[2] : "app/target/playground-app.jar").toAbsolutePath();
        Path work = Files.createTempDirectory("first-call");
        Path prompt = Files.writeString(work.resolve("hello.txt"), "Say hello");
        List<double[]> bare = new ArrayList<>();
        List<double[]> app = new ArrayList<>();
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            for (int i = 0; i < samples; i++) {
                server.enqueue(ScriptedReply.streamWithDelays(delay, 0, TOKENS));
                bare.add(parse(run(List.of(java(), "-cp", System.getProperty("java.class.path"), Bare.class.getName(),
                        server.baseUrl()))));
                server.enqueue(ScriptedReply.streamWithDelays(delay, 0, TOKENS));
                Path data = Files.createTempDirectory(work, "data");
                JsonNode reported = JSON.readTree(run(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8",
                        "-jar", appJar.toString(), "run", prompt.toString(), "--base-url", server.baseUrl(), "--model", "test-model",
                        "--json", "--data-dir", data.toString())));
                app.add(new double[] {reported.path("timeToFirstTokenMs").asDouble(), reported.path("latencyMs").asDouble()});
                System.out.printf(Locale.ROOT, "sample %d: bare first token %.1f ms, done %.1f ms | app reports first token %.0f ms, latency %.0f ms%n",
                        i + 1, bare.get(i)[0], bare.get(i)[1], app.get(i)[0], app.get(i)[1]);
            }
        }
        System.out.printf(Locale.ROOT, "server delay before the first token: %d ms; %d fresh processes of each kind%n", delay, samples);
        report("bare java.net.http", bare);
        report("playground run (reported)", app);
        System.out.printf(Locale.ROOT, "difference of medians: first token %+.1f ms, latency %+.1f ms (target: within 50 ms)%n",
                median(app, 0) - median(bare, 0), median(app, 1) - median(bare, 1));
    }

    private static void report(String what, List<double[]> samples) {
        System.out.printf(Locale.ROOT, "  %-28s first token median %.1f ms (min %.1f, max %.1f); latency median %.1f ms (min %.1f, max %.1f)%n",
                what, median(samples, 0), min(samples, 0), max(samples, 0), median(samples, 1), min(samples, 1), max(samples, 1));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("failed (" + process.exitValue() + "): " + command + "\n" + out);
        }
        return out;
    }

    private static double[] parse(String line) {
        return Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static double min(List<double[]> samples, int column) {
        return samples.stream().mapToDouble(s -> s[column]).min().orElse(0);
    }

    private static double max(List<double[]> samples, int column) {
        return samples.stream().mapToDouble(s -> s[column]).max().orElse(0);
    }

    /** The bare client, in its own fresh JVM: prints "first-token-ms done-ms". */
    public static final class Bare {
        private Bare() {}

        public static void main(String[] args) throws Exception {
            String body = "{\"model\":\"test-model\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}],"
                    + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}";
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/chat/completions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            long firstToken = 0;
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    // Plain text search on purpose: a JSON library's first use would be counted against the bare client.
                    int content = line.indexOf("\"content\":\"");
                    if (firstToken == 0 && content >= 0 && line.charAt(content + 11) != '"') firstToken = System.nanoTime();
                    if (line.startsWith("data:") && line.contains("[DONE]")) break;
                }
            }
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "%.3f %.3f%n", (firstToken - start) / 1e6, (done - start) / 1e6);
        }
    }
}
