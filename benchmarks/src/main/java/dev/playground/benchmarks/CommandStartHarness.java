package dev.playground.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long commands take end to end through the {@code ./playground} launcher, as a user types them:
 * {@code --version} and {@code prompt list} (a store with 20 saved prompts), each run N times after two
 * unmeasured runs, with the command line's start-up cache (docs/decisions/0005) in place ("warm") and
 * with it turned off ({@code PLAYGROUND_NO_CACHE=1}, "no cache"). Standard error must stay empty.
 *
 * <pre>java -cp CP dev.playground.benchmarks.CommandStartHarness [runs] [repository root]</pre>
 */
public final class CommandStartHarness {
    private CommandStartHarness() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("command-start");
        Path prompt = Files.writeString(home.resolve("hello.txt"), "Say hello to {{ name }}.");
        for (int i = 0; i < 20; i++) run(root, home, false, "prompt", "save", prompt.toString(), "--name", "prompt-" + i, "-m", "v1");
        waitForCache(root);
        System.out.printf(Locale.ROOT, "%d runs each after 2 unmeasured, through %s/playground, %s%n", runs, root,
                System.getProperty("java.vm.version"));
        for (boolean cache : new boolean[] {true, false}) {
            measure(root, home, cache, runs, "--version");
            measure(root, home, cache, runs, "prompt", "list");
        }
        System.exit(0);
    }

    private static void measure(Path root, Path home, boolean cache, int runs, String... command) throws Exception {
        run(root, home, cache, command);
        run(root, home, cache, command);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) millis[i] = run(root, home, cache, command);
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "  %-22s %-9s median %4.0f ms  min %4.0f  p90 %4.0f  max %4.0f%n", String.join(" ", command),
                cache ? "warm" : "no cache", millis[runs / 2], millis[0], millis[(int) (runs * 0.9)], millis[runs - 1]);
    }

    /** Runs one command and returns its wall time; fails if it fails or writes anything to standard error. */
    private static double run(Path root, Path home, boolean cache, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(root.resolve("playground").toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile());
        builder.environment().put("PLAYGROUND_HOME", home.resolve("data").toString());
        if (!cache) builder.environment().put("PLAYGROUND_NO_CACHE", "1");
        Path err = Files.createTempFile(home, "stderr", ".txt");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("timed out: " + line);
        double millis = (System.nanoTime() - start) / 1e6;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        if (process.exitValue() != 0 || !stderr.isEmpty()) {
            throw new IllegalStateException(line + " exited " + process.exitValue() + " with standard error:\n" + stderr);
        }
        return millis;
    }

    /** The launcher builds the cache in the background after a command that found none; wait for it. */
    static void waitForCache(Path root) throws InterruptedException {
        Path target = root.resolve("app/target");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (Files.exists(target.resolve("playground-cli.aot")) && !Files.exists(target.resolve("playground-cli.aot.lock"))) return;
            if (Runtime.version().feature() < 25) return; // JDK 21-24: the class-data archive is written by the command itself
            Thread.sleep(500);
        }
        System.out.println("  (no AOT cache appeared within 3 minutes: 'warm' figures are without it)");
    }
}
