package dev.playground.engine.bundle;

/**
 * Bounds on what an import reads, so a hostile or broken file is refused before it costs memory:
 * per-file and total size, number of zip entries, YAML nesting depth.
 */
public record ImportLimits(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxNestingDepth) {
    public static final ImportLimits DEFAULT = new ImportLimits(4L << 20, 256L << 20, 20_000, 64);
}
