package dev.playground.engine.study;

/**
 * The handbook collection a lab works on: its name and, when the lab starts from particular chunking settings, the
 * splitter ({@code characters}, {@code tokens} or {@code headings}), size and overlap it is created with. Null
 * settings mean the collection's defaults. The handbook is indexed into it the first time a lab opens it.
 */
public record LabCollection(String name, String chunkUnit, Integer chunkSize, Integer chunkOverlap) {
    /** The collection every RAG lab shares unless it names its own. */
    public static final String HANDBOOK = "study-handbook";

    public LabCollection {
        name = name == null ? "" : name.strip();
    }

    public boolean hasChunking() {
        return chunkUnit != null || chunkSize != null || chunkOverlap != null;
    }
}
