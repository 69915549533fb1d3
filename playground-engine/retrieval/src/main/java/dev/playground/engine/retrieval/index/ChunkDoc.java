package dev.playground.engine.retrieval.index;

import java.util.List;

/** A chunk as stored in the index; {@code vector} is null until the chunk is embedded. */
public record ChunkDoc(String id, String path, String fileName, String type, List<String> tags, int page, String heading,
                       int ordinal, String text, byte[] vector) {
    public ChunkDoc {
        tags = tags == null ? List.of() : List.copyOf(tags);
        heading = heading == null ? "" : heading;
    }

    public static String idOf(String path, int ordinal) {
        return path + "#" + ordinal;
    }

    public ChunkDoc withVector(byte[] newVector) {
        return new ChunkDoc(id, path, fileName, type, tags, page, heading, ordinal, text, newVector);
    }
}
