package dev.playground.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from JVM start to the first rendered frame of the main window. Starts the packaged app
 * N times (with a fresh data folder, then with one that exists), asks it to quit after its first frame, and reads the figure
 * the app logs. Needs a display (run under xvfb-run on a headless machine).
 *
 * <pre>xvfb-run -a java -cp benchmarks/target/benchmarks.jar:... dev.playground.benchmarks.StartupHarness [runs]</pre>
 * See docs/performance.md for the exact command.
 */
public final class StartupHarness {
    private static final Pattern FIRST_FRAME = Pattern.compile("first-frame-ms=(\\d+)");

    private StartupHarness() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of(args.length > 1 ? args[1] : "app/target/playground-app.jar").toAbsolutePath();
        if (!Files.exists(jar)) throw new IllegalStateException("Build the app first: ./mvnw -DskipTests package (" + jar + " missing)");
        List<String> vector = List.of("--add-modules", "jdk.incubator.vector");
        measure("plain java -jar, fresh data folder", runs, jar, vector, null);
        // As ./playground starts it on JDK 21-24: the first start writes the archive, later ones map it.
        Path archive = Files.createTempDirectory("pg-cds").resolve("playground.jsa");
        List<String> cds = concat(vector, List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        measure("class-data archive warm-up (not counted)", 1, jar, cds, null);
        measure("class-data archive, fresh data folder", runs, jar, cds, null);
        // The everyday start: the data folder exists and its schema is current.
        Path returning = Files.createTempDirectory("pg-startup-returning");
        measure("class-data archive, existing data folder (first, not counted)", 1, jar, cds, returning);
        measure("class-data archive, existing data folder", runs, jar, cds, returning);
        if (Runtime.version().feature() >= 25) measureAotCache(runs, jar, returning);
    }

    /** As ./playground starts the window on JDK 25+: one recording start, the cache assembled, then mapped. */
    private static void measureAotCache(int runs, Path jar, Path dataFolder) throws Exception {
        Path folder = Files.createTempDirectory("pg-aot");
        Path configuration = folder.resolve("playground.aotconf");
        Path cache = folder.resolve("playground.aot");
        List<String> quiet = List.of("-Xlog:aot=off", "-Xlog:cds=off");
        measure("AOT cache recording start (not counted)", 1, jar,
                concat(quiet, List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration)), dataFolder);
        Process create = new ProcessBuilder(javaCommand(concat(quiet, List.of("-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + configuration, "-XX:AOTCache=" + cache, "-jar", jar.toString()))))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (create.waitFor() != 0 || !Files.exists(cache)) throw new IllegalStateException("Assembling the AOT cache failed");
        measure("AOT cache, existing data folder (as ./playground on JDK 25+)", runs, jar,
                concat(quiet, List.of("-XX:AOTCache=" + cache)), dataFolder);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8"));
        if (Runtime.version().feature() >= 23) command.add("--sun-misc-unsafe-memory-access=allow");
        command.addAll(arguments);
        return command;
    }

    /** {@code dataFolder} null: a fresh folder for every run. */
    private static void measure(String label, int runs, Path jar, List<String> extraFlags, Path dataFolder) throws Exception {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = dataFolder != null ? dataFolder : Files.createTempDirectory("pg-startup");
            List<String> command = javaCommand(concat(extraFlags,
                    List.of("-Dplayground.exitAfterFirstFrame=true", "-jar", jar.toString(), "--data-dir", data.toString())));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            long millis = readFirstFrame(process);
            process.waitFor();
            samples.add(millis);
        }
        Collections.sort(samples);
        System.out.printf("%s: first frame median %d ms, min %d ms, max %d ms over %d runs%n",
                label, samples.get(samples.size() / 2), samples.get(0), samples.get(samples.size() - 1), runs);
    }

    private static long readFirstFrame(Process process) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = FIRST_FRAME.matcher(line);
                if (matcher.find()) return Long.parseLong(matcher.group(1));
            }
        }
        throw new IllegalStateException("The app exited without logging its first frame (is there a display?)");
    }
}
