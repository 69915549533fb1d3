package dev.playground.engine.retrieval;

import dev.playground.engine.dataset.generate.PassageSource;
import dev.playground.engine.dataset.generate.SourcePassage;
import java.io.IOException;
import java.util.List;

/** A document collection's chunks as the passages dataset generation asks about (the engine's {@link PassageSource} port). */
public final class CollectionPassages implements PassageSource {
    private final DocumentCollection collection;

    public CollectionPassages(DocumentCollection collection) {
        this.collection = collection;
    }

    @Override
    public String name() {
        return collection.name();
    }

    @Override
    public List<SourcePassage> passages() throws IOException {
        return collection.chunks().stream()
                .map(c -> new SourcePassage(c.fileName(), c.path(), c.page(), c.heading(), c.ordinal(), c.text()))
                .toList();
    }
}
