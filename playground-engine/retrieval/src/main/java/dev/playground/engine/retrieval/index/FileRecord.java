package dev.playground.engine.retrieval.index;

import java.util.List;

/**
 * What the index knows about a file: its content hash, modification time and size (to detect
 * changes cheaply), and the outcome of the last attempt to read it.
 */
public record FileRecord(String path, String hash, long modifiedMillis, long size, boolean indexed, int chunks,
                         String message, List<String> notes) {
    public FileRecord {
        message = message == null ? "" : message;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
