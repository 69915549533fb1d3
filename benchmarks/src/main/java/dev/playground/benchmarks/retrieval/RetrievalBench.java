package dev.playground.benchmarks.retrieval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Retrieval quality and speed harness. Usage: {@code RetrievalBench quality|notes|pdf|embed|search [workdir] [onnx model folder, notes only]}.
 * Each part prints its figures; docs/performance.md records them with the command.
 */
public final class RetrievalBench {
    private RetrievalBench() {}

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "quality";
        Path work = args.length > 1 ? Files.createTempDirectory(Files.createDirectories(Path.of(args[1])), part + "-")
                : Files.createTempDirectory("retrieval-bench");
        switch (part) {
            case "quality" -> RecallBench.run(work);
            case "notes" -> NotesRecallBench.run(work, args.length > 2 && !args[2].isBlank() ? Path.of(args[2]) : null);
            case "pdf" -> PdfIndexBench.run(work);
            case "embed" -> EmbeddingThroughputBench.run(work);
            case "search" -> SearchLatencyBench.run(work);
            default -> throw new IllegalArgumentException("Unknown part '" + part + "': use quality, notes, pdf, embed or search");
        }
    }
}
