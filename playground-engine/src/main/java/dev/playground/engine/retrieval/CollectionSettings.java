package dev.playground.engine.retrieval;

import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import java.util.ArrayList;
import java.util.List;

/** What a collection holds (its attached sources) and how it is chunked. Persisted as collection.json. */
public record CollectionSettings(String name, ChunkingSettings chunking, List<Source> sources) {
    public CollectionSettings {
        chunking = chunking == null ? ChunkingSettings.DEFAULTS : chunking;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public CollectionSettings withSource(Source source) {
        List<Source> updated = new ArrayList<>(sources.stream().filter(s -> !s.path().equals(source.path())).toList());
        updated.add(source);
        return new CollectionSettings(name, chunking, updated);
    }

    public CollectionSettings withoutSource(java.nio.file.Path path) {
        return new CollectionSettings(name, chunking, sources.stream().filter(s -> !s.path().equals(path)).toList());
    }

    public CollectionSettings withChunking(ChunkingSettings newChunking) {
        return new CollectionSettings(name, newChunking, sources);
    }
}
