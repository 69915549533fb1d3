package dev.playground.engine.retrieval;

import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * What a collection holds (its attached sources), how it is chunked and embedded, and how its chunks
 * are retrieved and written into {@code {{context}}}. Persisted as collection.json.
 */
public record CollectionSettings(String name, ChunkingSettings chunking, List<Source> sources, EmbeddingChoice embedding,
        ContextDefaults context) {
    public CollectionSettings {
        chunking = chunking == null ? ChunkingSettings.DEFAULTS : chunking;
        sources = sources == null ? List.of() : List.copyOf(sources);
        embedding = embedding == null ? EmbeddingChoice.BUILT_IN : embedding;
        context = context == null ? ContextDefaults.DEFAULTS : context;
    }

    public CollectionSettings(String name, ChunkingSettings chunking, List<Source> sources) {
        this(name, chunking, sources, EmbeddingChoice.BUILT_IN, ContextDefaults.DEFAULTS);
    }

    public CollectionSettings withSource(Source source) {
        List<Source> updated = new ArrayList<>(sources.stream().filter(s -> !s.path().equals(source.path())).toList());
        updated.add(source);
        return new CollectionSettings(name, chunking, updated, embedding, context);
    }

    public CollectionSettings withoutSource(java.nio.file.Path path) {
        return new CollectionSettings(name, chunking, sources.stream().filter(s -> !s.path().equals(path)).toList(), embedding, context);
    }

    public CollectionSettings withChunking(ChunkingSettings newChunking) {
        return new CollectionSettings(name, newChunking, sources, embedding, context);
    }

    public CollectionSettings withEmbedding(EmbeddingChoice newEmbedding) {
        return new CollectionSettings(name, chunking, sources, newEmbedding, context);
    }

    public CollectionSettings withContext(ContextDefaults newContext) {
        return new CollectionSettings(name, chunking, sources, embedding, newContext);
    }
}
