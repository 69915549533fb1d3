package dev.playground.engine.retrieval;

import java.util.List;

/** The outcome of one indexing run: per-file results and whether it stopped early on request. */
public record IndexReport(List<FileOutcome> files, int chunksEmbedded, boolean cancelled) {
    public IndexReport {
        files = List.copyOf(files);
    }

    public List<FileOutcome> skipped() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.SKIPPED).toList();
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
