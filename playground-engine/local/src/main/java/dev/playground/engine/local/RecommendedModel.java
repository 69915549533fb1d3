package dev.playground.engine.local;

import java.net.URI;
import java.util.List;

/**
 * A small model worth starting with, offered in Settings > Models and on first launch. The sizes are the files' sizes
 * on Hugging Face (rounded); the memory each needs is {@link MemoryCheck#neededFor} of that size, the same rule the
 * local provider checks before loading. Licences as their model cards state them.
 *
 * @param id        a stable short name (also the node id suffix in the window)
 * @param title     what people call it
 * @param kind      chat (GGUF) or embedding (ONNX)
 * @param url       the Hugging Face link to the file itself
 * @param fileName  the name the file gets in the models folder
 * @param sizeBytes the file's size (approximate)
 * @param licence   the licence's name
 */
public record RecommendedModel(String id, String title, ModelKind kind, URI url, String fileName, long sizeBytes, String licence) {
    private static final long MB = 1_000_000L;

    /** The default offered on first launch: the smallest chat model that follows instructions usefully. */
    public static final RecommendedModel QWEN_05B = new RecommendedModel("qwen2.5-0.5b", "Qwen2.5 0.5B Instruct (Q4_K_M)", ModelKind.CHAT,
            URI.create("https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf"),
            "qwen2.5-0.5b-instruct-q4_k_m.gguf", 491 * MB, "Apache 2.0");

    public static final List<RecommendedModel> ALL = List.of(
            QWEN_05B,
            new RecommendedModel("qwen2.5-1.5b", "Qwen2.5 1.5B Instruct (Q4_K_M)", ModelKind.CHAT,
                    URI.create("https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf"),
                    "qwen2.5-1.5b-instruct-q4_k_m.gguf", 1_120 * MB, "Apache 2.0"),
            new RecommendedModel("llama3.2-1b", "Llama 3.2 1B Instruct (Q4_K_M)", ModelKind.CHAT,
                    URI.create("https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_K_M.gguf"),
                    "Llama-3.2-1B-Instruct-Q4_K_M.gguf", 808 * MB, "Llama 3.2 Community License"),
            new RecommendedModel("llama3.2-3b", "Llama 3.2 3B Instruct (Q4_K_M)", ModelKind.CHAT,
                    URI.create("https://huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF/resolve/main/Llama-3.2-3B-Instruct-Q4_K_M.gguf"),
                    "Llama-3.2-3B-Instruct-Q4_K_M.gguf", 2_020 * MB, "Llama 3.2 Community License"),
            new RecommendedModel("multilingual-e5-small", "multilingual-e5-small (embeddings, ONNX)", ModelKind.EMBEDDING,
                    URI.create("https://huggingface.co/intfloat/multilingual-e5-small/resolve/main/onnx/model.onnx"),
                    "multilingual-e5-small.onnx", 470 * MB, "MIT"));

    /** Memory the model needs to load and run. */
    public long memoryNeeded() {
        return MemoryCheck.neededFor(sizeBytes);
    }
}
