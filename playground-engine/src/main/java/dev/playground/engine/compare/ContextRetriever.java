package dev.playground.engine.compare;

import dev.playground.engine.prompt.RetrievalSettings;
import java.util.Map;

/**
 * Fills {{context}} for variants with retrieval on. The retrieval engine plugs in here; the
 * comparison only needs the text to put into the prompt and to show the groundedness judge.
 */
@FunctionalInterface
public interface ContextRetriever {
    ContextRetriever NONE = (settings, values) -> {
        throw new IllegalStateException("Retrieval is not set up in this build. Turn retrieval off for this variant.");
    };

    /** May block (searching an index); called on a background thread. */
    String retrieve(RetrievalSettings settings, Map<String, String> values) throws Exception;
}
