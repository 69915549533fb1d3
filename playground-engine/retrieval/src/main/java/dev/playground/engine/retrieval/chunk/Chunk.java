package dev.playground.engine.retrieval.chunk;

/** One retrievable passage: its position in the file (ordinal), and the page or heading it came from. */
public record Chunk(int ordinal, String text, int page, String heading) {}
