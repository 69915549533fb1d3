package dev.playground.bench;

import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The compare harness's loopback server, run in its own JVM so the harness measures the UI and not
 * the server's threads. Scripts one streamed reply per model ({@code model-1} … {@code model-N}),
 * prints its base URL on the first line, and exits when its standard input closes.
 *
 * <pre>java -cp ... dev.playground.bench.LoopbackStreamServer COLUMNS TOKENS RATE</pre>
 */
public final class LoopbackStreamServer {
    private LoopbackStreamServer() {}

    public static void main(String[] args) throws IOException {
        int columns = Integer.parseInt(args[0]);
        int tokens = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        long perTokenMillis = Math.max(0, Math.round(1000.0 / rate));
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            for (int c = 0; c < columns; c++) {
                server.enqueueFor("model-" + (c + 1), Reply.streamWithDelays(50, perTokenMillis, tokens(c, tokens)));
            }
            System.out.println(server.baseUrl());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // keep serving until the harness closes our input
            }
        }
    }

    /** A little Markdown (heading, list, bold) to start, as models answer; it renders when the stream ends. */
    private static final String[] OPENING = {"## ", "Answer ", "\n\n", "- ", "**first** ", "point\n", "- ", "second ", "point\n\n"};

    /** Words in English and Spanish with a full stop and line break every 18 tokens, different per column. */
    static String[] tokens(int column, int count) {
        String[] words = ("retrieval adds passages from your documents to the prompt so the model answers from them and cites them "
                + "la recuperación añade pasajes de tus documentos al prompt para que el modelo responda con ellos").split(" ");
        String[] tokens = new String[count];
        for (int i = 0; i < count; i++) {
            tokens[i] = i < OPENING.length ? OPENING[i] : words[(i * (column + 3)) % words.length] + ((i + 1) % 18 == 0 ? ".\n\n" : " ");
        }
        return tokens;
    }

    static String sentence(int column, int words) {
        return String.join("", Arrays.asList(tokens(column, words)));
    }

    /** Starts this server in a child JVM with the current class path; returns it once it printed its URL. */
    static Child startChild(int columns, int tokens, int rate) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), LoopbackStreamServer.class.getName(),
                String.valueOf(columns), String.valueOf(tokens), String.valueOf(rate)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String url = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream())).readLine();
        if (url == null) throw new IOException("The loopback server did not start");
        return new Child(process, url);
    }

    record Child(Process process, String baseUrl) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) process.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
            }
        }
    }
}
