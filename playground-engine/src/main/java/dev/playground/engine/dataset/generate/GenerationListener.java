package dev.playground.engine.dataset.generate;

/** Hears a generation advance; called from background threads, one call at a time, never after the result is known. Keep it quick. */
@FunctionalInterface
public interface GenerationListener {
    GenerationListener NONE = (done, total, skipped) -> {};

    /** {@code done} of {@code total} passages have an answer (or a skip); {@code skipped} of them could not be used. */
    void onProgress(int done, int total, int skipped);
}
