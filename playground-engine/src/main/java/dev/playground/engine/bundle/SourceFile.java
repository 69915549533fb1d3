package dev.playground.engine.bundle;

/** A file to import, read into memory, with its path relative to what the user chose (always '/'-separated). */
public record SourceFile(String path, byte[] content) {
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
