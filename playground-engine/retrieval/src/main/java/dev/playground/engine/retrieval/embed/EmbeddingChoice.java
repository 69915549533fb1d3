package dev.playground.engine.retrieval.embed;

/**
 * Which model embeds a collection: the built-in MiniLM (no connection), or a model served by one of
 * the saved connections (OpenAI, an OpenAI-compatible server, Ollama), named as that server names it.
 */
public record EmbeddingChoice(String connectionId, String model) {
    public static final EmbeddingChoice BUILT_IN = new EmbeddingChoice("", "");

    public EmbeddingChoice {
        connectionId = connectionId == null ? "" : connectionId.strip();
        model = model == null ? "" : model.strip();
        if (connectionId.isEmpty()) model = "";
        else if (model.isEmpty()) throw new IllegalArgumentException("Name the embedding model to use on connection '" + connectionId + "'.");
    }

    public boolean builtIn() {
        return connectionId.isEmpty();
    }
}
