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
 * N times with a fresh data folder, asks it to quit after its first frame, and reads the figure
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
        Path archive = Files.createTempDirectory("pg-cds").resolve("playground.jsa");
        measure("without class-data archive", runs, jar, List.of("-Xshare:auto"));
        // As ./playground starts it: the first start writes the archive, later ones map it.
        List<String> cds = List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        measure("archive warm-up (not counted)", 1, jar, cds);
        measure("with class-data archive (as ./playground)", runs, jar, cds);
    }

    private static void measure(String label, int runs, Path jar, List<String> extraFlags) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("pg-startup");
            List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Dplayground.exitAfterFirstFrame=true"));
            command.addAll(extraFlags);
            command.addAll(List.of("-jar", jar.toString(), "--data-dir", data.toString()));
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
