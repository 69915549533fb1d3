package dev.playground.engine.dataset;

import java.util.List;
import java.util.Optional;

/**
 * Named datasets with immutable, numbered versions (the store implements it, as it does for prompts). Saving
 * content equal to the latest version's adds nothing and returns that version.
 */
public interface DatasetRepository {
    /** Saves {@code dataset} as the next version (1, 2, …) of {@code name}, creating the dataset if new. */
    DatasetVersion save(String name, Dataset dataset, String commitMessage, String author, String source);

    /** Every dataset, most recently changed first. */
    List<DatasetSummary> list();

    /** The versions of {@code name}, oldest first, without their rows. */
    List<DatasetVersionInfo> versions(String name);

    Optional<DatasetVersion> version(String name, int version);

    Optional<DatasetVersion> latest(String name);
}
