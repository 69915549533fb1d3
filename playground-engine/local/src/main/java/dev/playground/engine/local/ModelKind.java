package dev.playground.engine.local;

import java.nio.file.Path;
import java.util.Locale;

/** What a model file is for: a GGUF chat model (run by llama.cpp) or an ONNX embedding model (for document search). */
public enum ModelKind {
    CHAT(".gguf"),
    EMBEDDING(".onnx");

    private final String extension;

    ModelKind(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** By the file's extension; empty when it is neither {@code .gguf} nor {@code .onnx}. */
    public static java.util.Optional<ModelKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ModelKind kind : values()) {
            if (name.endsWith(kind.extension)) return java.util.Optional.of(kind);
        }
        return java.util.Optional.empty();
    }
}
