package dev.playground.engine.retrieval.chunk;

import dev.playground.engine.retrieval.parse.ParsedDocument;
import dev.playground.engine.retrieval.parse.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits each section on its own so a chunk never spans two pages or two Markdown sections; with
 * the headings splitter each chunk starts with its section's heading path. Structure survives the
 * cuts: a chunk that starts inside a table repeats the table's header rows, and one that starts
 * inside an outline carries the parent items above it as context.
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
            String text = section.text();
            int from = 0;
            for (String piece : splitter.split(text)) {
                int start = text.indexOf(piece, from);
                if (start < 0) start = from;
                from = start;
                String withHeader = TableHeaders.carry(text, start, piece);
                chunks.add(new Chunk(chunks.size(), prefix + withHeader, section.page(), section.heading(), OutlineContext.above(text, start)));
            }
        }
        return chunks;
    }
}
