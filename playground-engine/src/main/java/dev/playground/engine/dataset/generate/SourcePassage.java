package dev.playground.engine.dataset.generate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One passage of a document collection that a question is written from: the document's file name and path, where in
 * it the passage sits (a page from 1, 0 when the format has none; the heading it falls under, empty when none; its
 * place among the document's passages, from 0) and its text.
 */
public record SourcePassage(String document, String path, int page, String heading, int ordinal, String text) {
    public SourcePassage {
        document = document == null ? "" : document;
        path = path == null ? "" : path;
        heading = heading == null ? "" : heading.strip();
        text = text == null ? "" : text;
    }

    /** Where the passage is, in words: "page 4, passage 12" or "Varroa mites, passage 3". */
    public String location() {
        StringBuilder where = new StringBuilder();
        if (page > 0) where.append("page ").append(page).append(", ");
        if (!heading.isEmpty()) where.append(heading).append(", ");
        return where.append("passage ").append(ordinal + 1).toString();
    }

    /** {@code beekeeping.md, page 4, passage 12}: the document and the location. */
    public String describe() {
        return document + ", " + location();
    }

    /** What a generated row keeps about its source, in its metadata (keys in the snake case of evaluation records). */
    public Map<String, Object> metadata() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(GeneratedRows.SOURCE_DOCUMENT, document);
        if (page > 0) source.put(GeneratedRows.SOURCE_PAGE, page);
        if (!heading.isEmpty()) source.put(GeneratedRows.SOURCE_HEADING, heading);
        source.put(GeneratedRows.SOURCE_PASSAGE, ordinal + 1);
        source.put(GeneratedRows.SOURCE_CHUNK, text);
        return source;
    }
}
