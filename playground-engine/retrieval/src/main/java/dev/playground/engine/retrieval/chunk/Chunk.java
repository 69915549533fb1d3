package dev.playground.engine.retrieval.chunk;

/**
 * One retrievable passage: its position in the file (ordinal), the page or heading it came from,
 * and its context: the lines above it that frame it (the parent items of an outline it starts
 * inside). Search reads heading and context with the text; only the text is shown and cited.
 */
public record Chunk(int ordinal, String text, int page, String heading, String context) {
    public Chunk {
        context = context == null ? "" : context;
    }

    public Chunk(int ordinal, String text, int page, String heading) {
        this(ordinal, text, page, heading, "");
    }
}
