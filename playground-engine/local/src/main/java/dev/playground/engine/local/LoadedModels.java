package dev.playground.engine.local;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.LogFormat;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the model last used loaded, so a second prompt does not pay for loading again. One model at a time: asking
 * for another one (or the same one with other settings) retires the current one, which is closed when its last call
 * ends. Calls on one model take turns (llama.cpp runs one generation slot).
 */
public final class LoadedModels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedModels.class);
    private static volatile boolean loggerSet;

    private Entry current;

    /** The key a loaded model is kept under. */
    record Key(Path file, int threads, int context, int gpuLayers) {}

    /** One loaded model, closed once it is retired and no call uses it. */
    static final class Entry {
        private final Key key;
        private final LlamaModel model;
        private final Semaphore turn = new Semaphore(1, true);
        private int users;
        private boolean retired;

        Entry(Key key, LlamaModel model) {
            this.key = key;
            this.model = model;
        }
    }

    /** A call's use of a loaded model; closing it ends the use (and closes a retired model nobody else uses). */
    public final class Lease implements AutoCloseable {
        private final Entry entry;
        private boolean hasTurn;
        private boolean closed;

        private Lease(Entry entry) {
            this.entry = entry;
        }

        public LlamaModel model() {
            return entry.model;
        }

        /** Waits for this model's generation slot; false when {@code cancelled} turned true first. */
        public boolean awaitTurn(BooleanSupplier cancelled) throws InterruptedException {
            while (!cancelled.getAsBoolean()) {
                if (entry.turn.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    hasTurn = true;
                    return true;
                }
            }
            return false;
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (hasTurn) entry.turn.release();
            release(entry);
        }
    }

    /** The loaded model for {@code header}'s file with {@code settings}, loading it (and retiring another) if needed. */
    public synchronized Lease acquire(GgufFile header, LocalModelSettings settings) {
        Key key = new Key(header.path().toAbsolutePath().normalize(), settings.effectiveThreads(), settings.effectiveContext(header),
                settings.gpuLayers());
        if (current == null || !current.key.equals(key)) {
            Entry fresh = new Entry(key, load(header, key));
            if (current != null) retire(current);
            current = fresh;
        }
        current.users++;
        return new Lease(current);
    }

    /** Whether a model file is loaded now (for the model manager's "loaded" mark). */
    public synchronized boolean isLoaded(Path file) {
        return current != null && current.key.file().equals(file.toAbsolutePath().normalize());
    }

    private static LlamaModel load(GgufFile header, Key key) {
        quietNativeLog();
        ModelParameters parameters = new ModelParameters()
                .setModel(key.file().toString())
                .setThreads(key.threads())
                .setCtxSize(key.context())
                .setParallel(1)
                .disableLog();
        if (key.gpuLayers() > 0) parameters.setGpuLayers(key.gpuLayers()); // a CPU-only build warns on any value
        long start = System.nanoTime();
        try {
            LlamaModel model = new LlamaModel(parameters);
            LOG.info("Loaded local model {} ({} threads, context {}) in {} ms", key.file(), key.threads(), key.context(),
                    (System.nanoTime() - start) / 1_000_000);
            return model;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            LOG.warn("The llama.cpp native library did not load", e);
            throw LocalModelException.of("noNatives", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        } catch (RuntimeException e) {
            // The binding's LlamaException is package-private: a load failure arrives as a RuntimeException.
            LOG.warn("llama.cpp refused {}: {}", header.path(), e.getMessage());
            throw LocalModelException.of("loadFailed", header.path());
        }
    }

    /** Sends llama.cpp's own log lines (one per tensor and slot event) to our debug log instead of standard error. */
    private static void quietNativeLog() {
        if (loggerSet) return;
        synchronized (LoadedModels.class) {
            if (loggerSet) return;
            Logger nativeLog = LoggerFactory.getLogger("llama.cpp");
            // The first touch of LlamaModel loads the native library, which announces itself on standard output.
            NativeLoadNotice.keepOffStandardOutput(() -> LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> {
                if (nativeLog.isDebugEnabled()) nativeLog.debug(message.strip());
            }));
            loggerSet = true;
        }
    }

    private synchronized void release(Entry entry) {
        entry.users--;
        if (entry.retired && entry.users == 0) closeModel(entry);
    }

    private void retire(Entry entry) {
        entry.retired = true;
        if (entry.users == 0) closeModel(entry);
    }

    private static void closeModel(Entry entry) {
        try {
            entry.model.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the local model {} failed", entry.key.file(), e);
        }
    }

    /** Closes the loaded model once its calls end. */
    @Override
    public synchronized void close() {
        if (current != null) retire(current);
        current = null;
    }

    @Override
    public String toString() {
        return "LoadedModels[" + (current == null ? "none" : Objects.toString(current.key.file())) + "]";
    }
}
