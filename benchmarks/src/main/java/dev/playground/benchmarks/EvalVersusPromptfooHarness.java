package dev.playground.benchmarks;

import dev.playground.testkit.OpenAiWireServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 13, "Speed": {@code playground eval} side by side with promptfoo on one promptfoo config (200 tests × 2
 * providers {@code openai:chat:model-a} / {@code model-b}, two assertions per test) against one loopback
 * OpenAI-compatible server that answers at once. Each command is timed end to end as a whole process (wall clock),
 * N runs each after one unmeasured run: promptfoo without cache ({@code --no-cache -j 8}), promptfoo cached re-run,
 * {@code ./playground eval --no-cache --concurrency 8}, and our cached re-run. A cached re-run is measured after one
 * run with the cache on has filled it. Every run must exit 0 (all assertions pass); the loopback server's request
 * count per run is printed so a cached run that still calls the model shows.
 *
 * <pre>java -cp CP dev.playground.benchmarks.EvalVersusPromptfooHarness [runs] [repository root] [promptfoo binary]</pre>
 * promptfoo is installed once beforehand: {@code npm install --prefix /tmp/pf promptfoo@0.121.20}. The launcher rebuilds
 * the app when any module's source is newer than its jar (editing this harness counts), so touch the jar after building.
 */
public final class EvalVersusPromptfooHarness {
    private static final int TESTS = 200;

    private EvalVersusPromptfooHarness() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        Path promptfoo = Path.of(args.length > 2 ? args[2] : "/tmp/pf/node_modules/.bin/promptfoo");
        Path work = Files.createTempDirectory("eval-vs-promptfoo");
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            Path config = writeConfig(work, server.baseUrl());
            Path pfHome = Files.createDirectories(work.resolve("pf-home"));
            Path data = work.resolve("playground-data");
            List<String> pfNoCache = List.of(promptfoo.toString(), "eval", "-c", config.toString(), "--no-cache", "-j", "8");
            List<String> pfCached = List.of(promptfoo.toString(), "eval", "-c", config.toString(), "-j", "8");
            List<String> ourNoCache = List.of(root.resolve("playground").toString(), "--data-dir", data.toString(), "eval",
                    config.toString(), "--no-cache", "--concurrency", "8");
            List<String> ourCached = List.of(root.resolve("playground").toString(), "--data-dir", data.toString(), "eval",
                    config.toString(), "--concurrency", "8");
            // The launcher builds its command-line AOT cache in the background after a command that ran without one.
            run(server, root, pfHome, ourNoCache);
            CommandStartHarness.waitForCache(root);
            System.out.printf(Locale.ROOT, "%d tests x 2 providers x 2 assertions, loopback %s, %d runs each after 1 unmeasured, %s%n",
                    TESTS, server.baseUrl(), runs, System.getProperty("java.vm.version"));
            System.out.println("config: " + config);
            double[] pfCold = measure("promptfoo --no-cache -j 8", server, root, pfHome, pfNoCache, runs);
            double[] pfWarm = measure("promptfoo cached re-run", server, root, pfHome, pfCached, runs);
            double[] ourCold = measure("playground --no-cache", server, root, pfHome, ourNoCache, runs);
            double[] ourWarm = measure("playground cached re-run", server, root, pfHome, ourCached, runs);
            System.out.printf(Locale.ROOT, "ratio (promptfoo median / playground median): no cache %.2fx, cached %.2fx%n",
                    median(pfCold) / median(ourCold), median(pfWarm) / median(ourWarm));
            System.out.printf(Locale.ROOT, "targets: no cache >= 2x: %s; cached re-run <= 1500 ms: %s%n",
                    median(pfCold) / median(ourCold) >= 2 ? "met" : "NOT met", median(ourWarm) <= 1500 ? "met" : "NOT met");
        }
        System.exit(0);
    }

    private static Path writeConfig(Path work, String baseUrl) throws IOException {
        StringBuilder yaml = new StringBuilder();
        yaml.append("description: eval versus promptfoo\n");
        yaml.append("prompts:\n  - 'Answer in one short sentence: what is the capital of {{country}}? (case {{n}})'\n");
        yaml.append("providers:\n");
        for (String model : List.of("model-a", "model-b")) {
            yaml.append("  - id: openai:chat:").append(model).append('\n');
            yaml.append("    config:\n      apiBaseUrl: ").append(baseUrl).append('\n');
        }
        yaml.append("tests:\n");
        String[] countries = {"France", "Spain", "Italy", "Portugal", "Chile", "Peru", "Kenya", "Japan"};
        for (int i = 0; i < TESTS; i++) {
            yaml.append("  - vars:\n      country: ").append(countries[i % countries.length]).append("\n      n: ").append(i).append('\n');
            yaml.append("    assert:\n");
            yaml.append("      - type: icontains\n        value: hello\n");
            yaml.append("      - type: not-icontains\n        value: sorry\n");
        }
        return Files.writeString(work.resolve("eval-bench.yaml"), yaml.toString(), StandardCharsets.UTF_8);
    }

    private static double[] measure(String name, OpenAiWireServer server, Path root, Path pfHome, List<String> command, int runs)
            throws Exception {
        run(server, root, pfHome, command);
        double[] millis = new double[runs];
        int calls = 0;
        for (int i = 0; i < runs; i++) {
            int before = server.requests().size();
            millis[i] = run(server, root, pfHome, command);
            calls = server.requests().size() - before;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-26s median %6.0f ms  min %6.0f  max %6.0f  (calls to the server in the last run: %d)%n",
                name, median(millis), sorted[0], sorted[runs - 1], calls);
        System.out.println("      " + String.join(" ", command));
        return millis;
    }

    private static double median(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs one command and returns its wall time; fails when it does not exit 0. */
    private static double run(OpenAiWireServer server, Path root, Path pfHome, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        Map<String, String> env = builder.environment();
        env.put("OPENAI_API_KEY", "sk-loopback-not-a-key");
        env.put("PROMPTFOO_DISABLE_TELEMETRY", "1");
        env.put("PROMPTFOO_DISABLE_UPDATE", "1");
        // Without these, 0.121.20 on Node 20 now and then crashes at exit ("write after end" in its log-file transport).
        env.put("PROMPTFOO_DISABLE_DEBUG_LOG", "1");
        env.put("PROMPTFOO_DISABLE_ERROR_LOG", "1");
        env.put("PROMPTFOO_CONFIG_DIR", pfHome.resolve(".promptfoo").toString());
        // promptfoo keeps its database and cache under HOME; the launcher keeps the real HOME (its Maven, its JDK).
        if (!command.get(0).endsWith("/playground")) env.put("HOME", pfHome.toString());
        Path log = Files.createTempFile(pfHome, "output", ".txt");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                    + output.substring(Math.max(0, output.length() - 3000)));
        }
        if (output.contains("Building Prompt Playground")) {
            throw new IllegalStateException("./playground rebuilt the app during a timed run: a source is newer than "
                    + "app/target/playground-app.jar; build, then touch the jar, then measure.");
        }
        return millis;
    }
}
