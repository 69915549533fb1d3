package dev.playground.store;

import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledSuite;
import java.util.List;

/**
 * Moves prompts between this store and bundles. An import never overwrites: content that is
 * new becomes a new version, content already stored is recognised, aliases move (and the move is
 * recorded), tags are only added. It happens in one transaction, whole or not at all.
 */
public interface BundleRepository {
    /** The prompt with every version, its tags and its aliases. */
    BundledPrompt export(String name);

    /** What {@link #apply} would do now, without writing anything. */
    List<ImportChange> preview(List<BundledPrompt> prompts);

    List<ImportChange> apply(List<BundledPrompt> prompts, String importedBy);

    /** Keeps a bundle's suites as written (a suite of the same name is replaced); returns the names that were new or changed. */
    default List<String> keepSuites(List<BundledSuite> suites) {
        throw new UnsupportedOperationException("this store keeps no suites");
    }

    /** The suites kept from imported bundles, by name. */
    default List<BundledSuite> suites() {
        return List.of();
    }
}
