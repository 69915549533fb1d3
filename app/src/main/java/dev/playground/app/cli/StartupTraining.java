package dev.playground.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the command line's start-up cache (docs/decisions/0005): the launcher records
 * which classes typical commands load and link by running them here, in one JVM, against a throwaway data
 * folder, then assembles the cache in the background. Nothing is printed and nothing of the user's is touched.
 * With {@code --window} it also loads the window's classes without opening one, for an installer that builds the
 * window's cache where there is no display (docs/decisions/0097).
 */
public final class StartupTraining {
    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        if (List.of(args).contains("--window")) WindowClasses.load();
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
            evaluate(dir, data);
        } finally {
            deleteTree(dir);
        }
        System.exit(0);
    }

    private static void run(String... args) {
        run(Map.of(), args);
    }

    private static int run(Map<String, String> environment, String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return PlaygroundCommand.execute(args, nowhere, nowhere, environment);
    }

    /**
     * {@code eval} of a small promptfoo config against a loopback model, without and then with the response cache: an
     * evaluation loads about 1,600 classes the other commands never touch (HTTP client, streaming, suite runner). A
     * runtime without the JDK's HTTP server module only skips this part. True when both evaluations passed.
     */
    static boolean evaluate(Path dir, String data) throws IOException {
        try (TrainingModelServer model = new TrainingModelServer()) {
            StringBuilder config = new StringBuilder("description: training\n");
            config.append("prompts:\n  - 'Answer in one short sentence: what is the capital of {{country}}?'\n");
            config.append("providers:\n");
            for (String name : new String[] {"a", "b"}) {
                config.append("  - id: openai:chat:training-").append(name).append("\n    config:\n")
                        .append("      apiBaseUrl: ").append(model.baseUrl()).append("\n      apiKeyEnvar: PLAYGROUND_TRAINING_KEY\n");
            }
            config.append("tests:\n");
            for (String country : new String[] {"France", "Chile", "Kenya", "Japan"}) {
                config.append("  - vars:\n      country: ").append(country).append("\n    assert:\n")
                        .append("      - type: icontains\n        value: hello\n      - type: not-icontains\n        value: sorry\n");
            }
            Path suite = Files.writeString(dir.resolve("training.yaml"), config.toString());
            Map<String, String> key = Map.of("PLAYGROUND_TRAINING_KEY", "training");
            int called = run(key, "--data-dir", data, "eval", suite.toString(), "--no-cache", "--concurrency", "4");
            int cached = run(key, "--data-dir", data, "eval", suite.toString(), "--concurrency", "4");
            return called == ExitCodes.OK && cached == ExitCodes.OK;
        } catch (LinkageError e) {
            // no jdk.httpserver in this runtime: the cache is built from the other commands
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
