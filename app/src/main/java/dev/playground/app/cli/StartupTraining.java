package dev.playground.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the command line's start-up cache (docs/decisions/0005): the launcher records
 * which classes typical commands load and link by running them here, in one JVM, against a throwaway data
 * folder, then assembles the cache in the background. Nothing is printed and nothing of the user's is touched.
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("playground-training");
        try {
            Path prompt = Files.writeString(dir.resolve("hello.txt"), "Say hello to {{ name }} in one line.");
            String data = dir.resolve("data").toString();
            run("--version");
            run("--help");
            run("prompt", "list", "--data-dir", data);
            run("prompt", "save", prompt.toString(), "--name", "training", "-m", "first", "--data-dir", data);
            run("prompt", "list", "--data-dir", data);
            run("prompt", "show", "training", "--data-dir", data);
            run("runs", "list", "--data-dir", data);
            run("render", prompt.toString(), "--var", "name=Ada", "--data-dir", data);
        } finally {
            deleteTree(dir);
        }
        System.exit(0);
    }

    private static void run(String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        PlaygroundCommand.execute(args, nowhere, nowhere, Map.of());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
