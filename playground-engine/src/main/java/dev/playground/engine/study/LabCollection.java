package dev.playground.engine.study;

/**
 * The handbook collection a lab works on: its name and, when the lab starts from particular chunking settings, the
 * splitter ({@code characters}, {@code tokens} or {@code headings}), size and overlap it is created with, and whether
 * search reads each chunk with its heading path and outline ({@code searchContext}; false: a plain splitter's chunks).
 * Null settings mean the collection's defaults. The handbook is indexed into it the first time a lab opens it.
 */
public record LabCollection(String name, String chunkUnit, Integer chunkSize, Integer chunkOverlap, Boolean searchContext) {
    /** The collection every RAG lab shares unless it names its own. */
    public static final String HANDBOOK = "study-handbook";

    public LabCollection {
        name = name == null ? "" : name.strip();
    }

    public LabCollection(String name, String chunkUnit, Integer chunkSize, Integer chunkOverlap) {
        this(name, chunkUnit, chunkSize, chunkOverlap, null);
    }

    public boolean hasChunking() {
        return chunkUnit != null || chunkSize != null || chunkOverlap != null || searchContext != null;
    }

    /** The same starting chunking under another name (a collection the student names for the check). */
    public LabCollection named(String other) {
        return new LabCollection(other, chunkUnit, chunkSize, chunkOverlap, searchContext);
    }
}
