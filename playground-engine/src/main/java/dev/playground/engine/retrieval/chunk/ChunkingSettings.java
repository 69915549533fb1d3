package dev.playground.engine.retrieval.chunk;

/**
 * How a collection cuts text into chunks. Defaults: 800 characters with 100 of overlap (about 170
 * word pieces of prose: MiniLM's vector reads the first 128, BM25 all of it). Token mode counts
 * cl100k tokens (200 with 25 of overlap by default). Changing these re-chunks the collection.
 */
public record ChunkingSettings(Unit unit, int maxSize, int overlap) {
    public enum Unit { CHARACTERS, TOKENS }

    public static final ChunkingSettings DEFAULTS = new ChunkingSettings(Unit.CHARACTERS, 800, 100);
    public static final ChunkingSettings TOKEN_DEFAULTS = new ChunkingSettings(Unit.TOKENS, 200, 25);

    public ChunkingSettings {
        if (unit == null) unit = Unit.CHARACTERS;
        if (maxSize < 20) throw new IllegalArgumentException("Chunk size must be at least 20, was " + maxSize + ".");
        if (overlap < 0 || overlap >= maxSize) {
            throw new IllegalArgumentException("Chunk overlap must be between 0 and the chunk size (" + maxSize + "), was " + overlap + ".");
        }
    }

    /** A short stable description, stored with the index to notice when settings change. */
    public String signature() {
        return unit.name().toLowerCase(java.util.Locale.ROOT) + ":" + maxSize + ":" + overlap;
    }
}
