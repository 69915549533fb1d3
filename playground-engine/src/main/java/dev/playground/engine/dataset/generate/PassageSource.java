package dev.playground.engine.dataset.generate;

import java.io.IOException;
import java.util.List;

/**
 * The port through which dataset generation reads a document collection's passages. The engine does not know the
 * retrieval module; the composition root (and the window, which sees the collections) hands in an implementation.
 */
public interface PassageSource {
    /** The collection's name, as the user knows it. */
    String name();

    /** Every passage of every document, in document order and then in order within each document. */
    List<SourcePassage> passages() throws IOException;
}
