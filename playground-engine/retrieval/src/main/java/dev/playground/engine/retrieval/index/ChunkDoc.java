package dev.playground.engine.retrieval.index;

import java.util.List;
import java.util.Locale;

/**
 * A chunk as stored in the index; {@code vector} is null until the chunk is embedded. {@code context}
 * is what search reads before the text (see {@link #contextOf}); nobody is shown it.
 */
public record ChunkDoc(String id, String path, String fileName, String type, List<String> tags, int page, String heading,
                       int ordinal, String text, byte[] vector, String context) {
    public ChunkDoc {
        tags = tags == null ? List.of() : List.copyOf(tags);
        heading = heading == null ? "" : heading;
        context = context == null ? "" : context;
    }

    public ChunkDoc(String id, String path, String fileName, String type, List<String> tags, int page, String heading,
                    int ordinal, String text, byte[] vector) {
        this(id, path, fileName, type, tags, page, heading, ordinal, text, vector, "");
    }

    public static String idOf(String path, int ordinal) {
        return path + "#" + ordinal;
    }

    public ChunkDoc withVector(byte[] newVector) {
        return new ChunkDoc(id, path, fileName, type, tags, page, heading, ordinal, text, newVector, context);
    }

    /** What BM25 and the embedding model read: the context, then the text. */
    public String indexedText() {
        return context.isBlank() ? text : context + "\n" + text;
    }

    /**
     * Where a chunk sits, for search to read with it: its heading path (or the file's name when the file
     * has no headings; nothing when the text already starts with it), then the outline lines above it.
     * A chunk whose own words never name its subject ("Tres niveles: catalog.schema.modelo") is still
     * found by the section it is in ("Registrar modelos en Unity Catalog > Nombres").
     */
    public static String contextOf(String heading, String fileName, String outline, String text) {
        StringBuilder context = new StringBuilder();
        String where = heading == null || heading.isBlank() ? titleOf(fileName) : heading;
        if (!where.isBlank() && !text.startsWith(where)) context.append(where);
        if (outline != null && !outline.isBlank()) {
            if (!context.isEmpty()) context.append('\n');
            context.append(outline);
        }
        return context.toString();
    }

    /** "es-gobernanza.txt" gives "es gobernanza". */
    static String titleOf(String fileName) {
        if (fileName == null) return "";
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replaceAll("[-_.]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
