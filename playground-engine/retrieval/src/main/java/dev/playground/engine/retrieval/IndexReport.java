package dev.playground.engine.retrieval;

import java.util.List;

/**
 * The outcome of one indexing run: per-file results, whether it stopped early on request, and why
 * embedding stopped when the embedding model could not be used (empty otherwise; the chunks read
 * are keyword-searchable either way, and the next run embeds the rest).
 */
public record IndexReport(List<FileOutcome> files, int chunksEmbedded, boolean cancelled, String embeddingProblem) {
    public IndexReport {
        files = List.copyOf(files);
        embeddingProblem = embeddingProblem == null ? "" : embeddingProblem;
    }

    public IndexReport(List<FileOutcome> files, int chunksEmbedded, boolean cancelled) {
        this(files, chunksEmbedded, cancelled, "");
    }

    public List<FileOutcome> skipped() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.SKIPPED).toList();
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
