package dev.playground.engine.retrieval.chunk;

import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import java.util.ArrayList;
import java.util.List;

/** Splits each section on its own so a chunk never spans two pages or two Markdown sections. */
public final class Chunker {
    private final RecursiveSplitter splitter;

    public Chunker(ChunkingSettings settings) {
        this.splitter = new RecursiveSplitter(settings);
    }

    public List<Chunk> chunk(ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : document.sections()) {
            for (String text : splitter.split(section.text())) {
                chunks.add(new Chunk(chunks.size(), text, section.page(), section.heading()));
            }
        }
        return chunks;
    }
}
