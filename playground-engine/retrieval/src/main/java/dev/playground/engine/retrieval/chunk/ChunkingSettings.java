package dev.playground.engine.retrieval.chunk;

/**
 * How a collection cuts text into chunks. Every splitter keeps pages and Markdown sections apart
 * and cuts recursively (paragraph, line, sentence, word) with overlap. Defaults: 800 characters with
 * 100 of overlap (about 170 word pieces of prose: MiniLM's vector reads the first 128, BM25 all of
 * it). Tokens count cl100k tokens (200 with 25 of overlap by default). Headings measures characters
 * and starts each chunk with the path of Markdown headings above it, so a question naming a section
 * finds its chunks. Changing these re-chunks the collection.
 *
 * <p>{@code searchContext} (on by default): search reads each chunk together with where it sits, its
 * heading path (or the file's name) and the outline items above it, while only the chunk's own text
 * is shown. Off, a chunk is found by its own words only, as a bare fixed-size splitter leaves it
 * (the study lab on contextual chunk headers starts from that; decision 0102).
 */
public record ChunkingSettings(Unit unit, int maxSize, int overlap, boolean searchContext) {
    public enum Unit { CHARACTERS, TOKENS, HEADINGS }

    public static final ChunkingSettings DEFAULTS = new ChunkingSettings(Unit.CHARACTERS, 800, 100);
    public static final ChunkingSettings TOKEN_DEFAULTS = new ChunkingSettings(Unit.TOKENS, 200, 25);
    public static final ChunkingSettings HEADING_DEFAULTS = new ChunkingSettings(Unit.HEADINGS, 800, 100);

    /** The defaults of a splitter. */
    public static ChunkingSettings defaultsFor(Unit unit) {
        return switch (unit) {
            case CHARACTERS -> DEFAULTS;
            case TOKENS -> TOKEN_DEFAULTS;
            case HEADINGS -> HEADING_DEFAULTS;
        };
    }

    public ChunkingSettings(Unit unit, int maxSize, int overlap) {
        this(unit, maxSize, overlap, true);
    }

    public ChunkingSettings {
        if (unit == null) unit = Unit.CHARACTERS;
        if (maxSize < 20) throw new IllegalArgumentException("Chunk size must be at least 20, was " + maxSize + ".");
        if (overlap < 0 || overlap >= maxSize) {
            throw new IllegalArgumentException("Chunk overlap must be between 0 and the chunk size (" + maxSize + "), was " + overlap + ".");
        }
    }

    /** The same cut, with search reading (or not) each chunk's heading path and outline. */
    public ChunkingSettings withSearchContext(boolean on) {
        return new ChunkingSettings(unit, maxSize, overlap, on);
    }

    /** A short stable description, stored with the index to notice when settings change. */
    public String signature() {
        return unit.name().toLowerCase(java.util.Locale.ROOT) + ":" + maxSize + ":" + overlap + (searchContext ? "" : ":plain");
    }
}
