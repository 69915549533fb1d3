package dev.playground.store;

import java.util.List;

/**
 * Which runs and comparisons used which prompt version. The run log and the comparison
 * feature call {@link #record}; the history panel reads {@link #usages}.
 */
public interface LineageRepository {
    void record(VersionUsage usage);

    /** Newest first. */
    List<VersionUsage> usages(String promptName, int version);
}
