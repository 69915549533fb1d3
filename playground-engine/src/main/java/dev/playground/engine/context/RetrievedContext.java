package dev.playground.engine.context;

import java.util.List;

/** The text that fills {@code {{context}}} and the chunks it was made of, numbered 1..n as cited. */
public record RetrievedContext(String query, String text, List<SearchHit> chunks) {
    public static final RetrievedContext EMPTY = new RetrievedContext("", "", List.of());

    public RetrievedContext {
        chunks = List.copyOf(chunks);
    }
}
