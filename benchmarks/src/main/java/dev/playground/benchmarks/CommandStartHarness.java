package dev.playground.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        // One command with the cache allowed: a missing or stale cache (older than the jar or a library) is rebuilt
        // in the background now, and waited for, rather than during the timed runs.
        run(root, home, true, "prompt", "list");
        waitForCache(root);
        FileTime built = cacheTime(root);
        System.out.printf(Locale.ROOT, "%d runs each after 2 unmeasured, through %s/playground, %s%n", runs, root,
                System.getProperty("java.vm.version"));
        for (boolean cache : new boolean[] {true, false}) {
            measure(root, home, cache, runs, "--version");
            measure(root, home, cache, runs, "prompt", "list");
        }
        if (!Objects.equals(built, cacheTime(root))) {
            System.out.println("  (the AOT cache was rebuilt during the runs: 'warm' figures are not valid)");
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

    /**
     * The launcher builds the cache in the background after a command that found none or a stale one (older than
     * the jar or a library); wait until a fresh one is in place and no build runs. The caller must have run one
     * command with the cache allowed first: a stale cache is only replaced when a command finds it.
     */
    static void waitForCache(Path root) throws InterruptedException, IOException {
        if (Runtime.version().feature() < 25) return; // JDK 21-24: the class-data archive is written by the command itself
        Path target = root.resolve("app/target");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!Files.exists(target.resolve("playground-cli.aot.lock")) && fresh(target)) return;
            Thread.sleep(500);
        }
        System.out.println("  (no fresh AOT cache within 3 minutes: 'warm' figures are without it)");
    }

    /** The launcher's own test: the cache is newer than the jar and than every library. */
    private static boolean fresh(Path target) throws IOException {
        FileTime cache = cacheTime(target.getParent().getParent());
        if (cache == null || cache.compareTo(Files.getLastModifiedTime(target.resolve("playground-app.jar"))) <= 0) return false;
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            return libs.noneMatch(lib -> {
                try {
                    return Files.getLastModifiedTime(lib).compareTo(cache) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    private static FileTime cacheTime(Path root) throws IOException {
        Path cache = root.resolve("app/target/playground-cli.aot");
        return Files.exists(cache) ? Files.getLastModifiedTime(cache) : null;
    }
}
