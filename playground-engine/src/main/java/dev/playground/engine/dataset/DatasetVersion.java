package dev.playground.engine.dataset;

import java.time.Instant;

/** One immutable saved version of a dataset; {@code source} says where its rows came from (a file name, "generated"). */
public record DatasetVersion(String name, int version, Dataset dataset, String commitMessage, String author, String source,
                             Instant createdAt) {
    public DatasetVersion {
        commitMessage = commitMessage == null ? "" : commitMessage;
        author = author == null ? "" : author;
        source = source == null ? "" : source;
    }

    /** {@code NAME/VERSION}, as the command line names it. */
    public String reference() {
        return name + "/" + version;
    }
}
