package dev.playground.ui.datasets;

import dev.playground.engine.dataset.generate.PassageSource;
import dev.playground.engine.retrieval.CollectionPassages;
import dev.playground.engine.retrieval.DocumentCollections;
import java.io.IOException;
import java.util.List;

/** The document collections rows can be generated from, by name (none when the app runs without collections). */
public interface PassageCollections {
    PassageCollections NONE = new PassageCollections() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public PassageSource open(String name) throws IOException {
            throw new IOException("no document collections in this window");
        }
    };

    List<String> names() throws IOException;

    PassageSource open(String name) throws IOException;

    /** The saved collections; {@code documents} null gives {@link #NONE}. */
    static PassageCollections of(DocumentCollections documents) {
        if (documents == null) return NONE;
        return new PassageCollections() {
            @Override
            public List<String> names() throws IOException {
                return documents.names();
            }

            @Override
            public PassageSource open(String name) throws IOException {
                return new CollectionPassages(documents.open(name));
            }
        };
    }
}
