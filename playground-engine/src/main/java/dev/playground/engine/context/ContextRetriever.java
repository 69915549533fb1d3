package dev.playground.engine.context;

import dev.playground.engine.prompt.RetrievalSettings;
import java.io.IOException;
import java.util.Map;

/**
 * Fills {@code {{context}}} for a prompt run. The port the run flow and comparisons call; the
 * retrieval module implements it over document collections and the composition root hands it in,
 * so the core engine never loads Lucene, Tika or ONNX Runtime.
 */
@FunctionalInterface
public interface ContextRetriever {
    /** Where retrieval is not wired in: prompts without retrieval run, one with it gets a plain message. */
    ContextRetriever NONE = (settings, variables, fallbackQuery) -> {
        if (!settings.enabled()) return RetrievedContext.EMPTY;
        throw new IOException("Document retrieval is not available here; turn retrieval off for this prompt.");
    };

    /**
     * Takes the query from the chosen variable (or {@code fallbackQuery}, normally the user message),
     * searches the prompt's collection and formats the hits. May block: call it off the FX thread.
     */
    RetrievedContext retrieve(RetrievalSettings settings, Map<String, String> variables, String fallbackQuery) throws IOException;

    /**
     * For comparisons: each variant's retrieval settings with a row's values. Without a query
     * variable the query is the row's values joined (a row has no single user message).
     */
    default dev.playground.engine.compare.ContextRetriever forComparisons() {
        return (settings, values) -> retrieve(settings, values, String.join(" ", values.values())).text();
    }
}
