package dev.playground.engine.local;

/**
 * How llama.cpp runs local models on this machine (Settings > Models, and the command line's settings file):
 * {@code threads} used for generation (0: half the processors, at least 1), {@code contextSize} in tokens (0: the
 * model's own training context, at most 8192), and {@code gpuLayers} to offload where the native library has a GPU
 * back end (the CPU-only Linux build ignores it).
 */
public record LocalModelSettings(int threads, int contextSize, int gpuLayers) {
    public static final LocalModelSettings DEFAULTS = new LocalModelSettings(0, 0, 0);
    public static final int MAX_DEFAULT_CONTEXT = 8192;

    public LocalModelSettings {
        if (threads < 0) throw new IllegalArgumentException("threads must be 0 (automatic) or more");
        if (contextSize < 0) throw new IllegalArgumentException("context size must be 0 (the model's own) or more");
        if (gpuLayers < 0) throw new IllegalArgumentException("GPU layers must be 0 or more");
    }

    /** The thread count to use on this machine. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** The context to load {@code model} with. */
    public int effectiveContext(GgufFile model) {
        if (contextSize > 0) return contextSize;
        long trained = model.contextLength();
        return (int) (trained <= 0 ? 4096 : Math.min(trained, MAX_DEFAULT_CONTEXT));
    }
}
