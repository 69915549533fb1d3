package dev.playground.app.store;

import dev.playground.app.cli.PlaygroundCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process for {@link ConcurrentWritersTest}: runs {@code playground prompt save} COUNT
 * times, each run opening and closing the store as a separate command would. Prints one line per
 * save: "ok WRITER I" with the command's output, or "failed WRITER I CODE" with its error.
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory(data.getParent(), "writer-" + writer);
        for (int i = 1; i <= count; i++) {
            Path file = Files.writeString(work.resolve("p" + i + ".txt"), text(writer, i), StandardCharsets.UTF_8);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = PlaygroundCommand.execute(new String[] {"--data-dir", data.toString(), "prompt", "save", file.toString(),
                    "--name", "shared", "-m", writer + "-" + i}, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
            System.out.println((code == 0 ? "ok " : "failed ") + writer + " " + i + " " + code + " " + (out + " " + err).strip());
        }
        System.exit(0);
    }

    static String text(String writer, int i) {
        return "Writer " + writer + " says line " + i + " to {{name}}";
    }
}
