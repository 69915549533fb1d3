package dev.playground.engine.retrieval;

import java.nio.file.Path;
import java.util.List;

/** What indexing did with one file, with a reason the user can act on when it was skipped. */
public record FileOutcome(Path file, Status status, int chunks, String message, List<String> notes) {
    public enum Status { INDEXED, UNCHANGED, SKIPPED, REMOVED }

    public FileOutcome {
        message = message == null ? "" : message;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
