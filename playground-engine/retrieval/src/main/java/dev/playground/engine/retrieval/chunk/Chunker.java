package dev.playground.engine.retrieval.chunk;

import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits each section on its own so a chunk never spans two pages or two Markdown sections; with
 * the headings splitter each chunk starts with its section's heading path.
 */
public final class Chunker {
    private final RecursiveSplitter splitter;
    private final boolean headingFirst;

    public Chunker(ChunkingSettings settings) {
        this.splitter = new RecursiveSplitter(settings);
        this.headingFirst = settings.unit() == ChunkingSettings.Unit.HEADINGS;
    }

    public List<Chunk> chunk(ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : document.sections()) {
            String prefix = headingFirst && !section.heading().isBlank() ? section.heading() + "\n" : "";
            for (String text : splitter.split(section.text())) {
                chunks.add(new Chunk(chunks.size(), prefix + text, section.page(), section.heading()));
            }
        }
        return chunks;
    }
}
