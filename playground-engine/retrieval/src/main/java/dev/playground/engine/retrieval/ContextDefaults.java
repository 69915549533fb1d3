package dev.playground.engine.retrieval;

import dev.playground.engine.prompt.RetrievalSettings;

/**
 * A collection's own retrieval settings: how each chunk is written into {@code {{context}}}, how
 * many chunks a search returns, and the lowest vector similarity (cosine) a chunk may have (null:
 * no minimum). Defaults: "[{n}] {source}, {where}: {text}", 5 chunks, no minimum. The Search panel
 * and {@code playground search} use them; a prompt run uses the format and minimum unless the prompt
 * sets its own, and always the prompt's own top k.
 */
public record ContextDefaults(String chunkFormat, int topK, Double minScore) {
    public static final ContextDefaults DEFAULTS = new ContextDefaults(RetrievalSettings.DEFAULT_CHUNK_FORMAT, 5, null);

    public ContextDefaults {
        chunkFormat = chunkFormat == null || chunkFormat.isBlank() ? RetrievalSettings.DEFAULT_CHUNK_FORMAT : chunkFormat;
        if (topK < 1 || topK > 200) throw new IllegalArgumentException("Top k must be between 1 and 200, was " + topK + ".");
        if (minScore != null && (minScore < -1 || minScore > 1)) {
            throw new IllegalArgumentException("The minimum score is a cosine similarity between -1 and 1, was " + minScore + ".");
        }
        if (!chunkFormat.contains("{text}")) {
            throw new IllegalArgumentException("The chunk format must contain {text}, or the model never sees the passage.");
        }
    }
}
