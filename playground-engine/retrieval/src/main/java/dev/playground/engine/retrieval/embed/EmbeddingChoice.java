package dev.playground.engine.retrieval.embed;

import java.nio.file.Path;

/**
 * Which model embeds a collection: the built-in MiniLM (no connection), an ONNX model file on this
 * computer (connection {@link #MODEL_FILE}, the model being its path: a multilingual model such as
 * multilingual-e5-small from the model manager), or a model served by one of the saved connections
 * (OpenAI, an OpenAI-compatible server, Ollama), named as that server names it.
 */
public record EmbeddingChoice(String connectionId, String model) {
    public static final EmbeddingChoice BUILT_IN = new EmbeddingChoice("", "");
    /** The connection marker of a model file (so a saved connection named "@file" cannot serve embeddings). */
    public static final String MODEL_FILE = "@file";

    /** An ONNX embedding model on disk: an .onnx file, or the folder holding model.onnx and tokenizer.json. */
    public static EmbeddingChoice modelFile(Path path) {
        return new EmbeddingChoice(MODEL_FILE, path.toAbsolutePath().normalize().toString());
    }

    public EmbeddingChoice {
        connectionId = connectionId == null ? "" : connectionId.strip();
        model = model == null ? "" : model.strip();
        if (connectionId.isEmpty()) model = "";
        else if (model.isEmpty()) throw new IllegalArgumentException("Name the embedding model to use on connection '" + connectionId + "'.");
    }

    public boolean builtIn() {
        return connectionId.isEmpty();
    }

    /** Whether the model is a file on this computer (in process, no connection). */
    public boolean modelFile() {
        return connectionId.equals(MODEL_FILE);
    }

    /** The model file or folder of a {@link #modelFile} choice. */
    public Path file() {
        return Path.of(model);
    }
}
