package dev.playground.engine.retrieval;

import dev.playground.engine.retrieval.embed.Embedder;
import dev.playground.engine.retrieval.embed.Embedders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * All collections under {@code <data folder>/collections}, each in its own folder (settings plus a
 * Lucene directory). Collections stay open once opened; the embedding model is loaded on first use.
 */
public final class DocumentCollections implements AutoCloseable {
    private static final Pattern VALID_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");

    private final Path root;
    private final Embedders embedders;
    private final Map<String, DocumentCollection> open = new HashMap<>();

    /** Collections that can only use the built-in embedding model. */
    public DocumentCollections(Path dataFolder, Supplier<Embedder> embedder, String embedderId) {
        this(dataFolder, Embedders.builtInOnly(embedder, embedderId));
    }

    public DocumentCollections(Path dataFolder, Embedders embedders) {
        this.root = dataFolder.resolve("collections");
        this.embedders = embedders;
    }

    /** How collections turn their embedding choice into a model (for describing choices in lists). */
    public Embedders embedders() {
        return embedders;
    }

    public List<String> names() throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        }
    }

    public boolean exists(String name) {
        return VALID_NAME.matcher(name).matches() && Files.isDirectory(root.resolve(name));
    }

    /** Opens a collection, creating it when it does not exist yet. */
    public synchronized DocumentCollection open(String name) throws IOException {
        String trimmed = name == null ? "" : name.strip();
        if (!VALID_NAME.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Collection names use letters, digits, spaces, '.', '_' or '-' (at most 64), "
                    + "and start with a letter or digit: '" + trimmed + "' does not.");
        }
        DocumentCollection collection = open.get(trimmed);
        if (collection == null) {
            Path folder = root.resolve(trimmed);
            Files.createDirectories(folder);
            collection = new DocumentCollection(folder, trimmed, embedders);
            open.put(trimmed, collection);
        }
        return collection;
    }

    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (DocumentCollection collection : open.values()) {
            try {
                collection.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        open.clear();
        if (first != null) throw first;
    }
}
