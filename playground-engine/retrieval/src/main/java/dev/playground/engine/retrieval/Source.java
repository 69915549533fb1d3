package dev.playground.engine.retrieval;

import java.nio.file.Path;
import java.util.List;

/** A file or folder attached to a collection, with tags given to every chunk from it. */
public record Source(Path path, List<String> tags) {
    public Source {
        path = path.toAbsolutePath().normalize();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
