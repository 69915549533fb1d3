package dev.playground.store;

import dev.playground.store.h2.StoreCopy;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code playground store migrate}: copies a personal store into a team store (decision 0095). Every kind of record goes
 * (prompts with versions, tags, aliases and their history, datasets, comparisons, the run log with its figures and
 * feedback, drafts, settings, study progress, suite runs, cached answers, bundled suites). Running it again adds nothing.
 */
public final class StoreMigration {
    /** What happened to one kind of record: copied, found already there, or kept as the target had it (conflicts). */
    public record Kind(String label, int copied, int alreadyThere, List<String> conflicts) {}

    /** What the copy did, per kind of record. */
    public record Summary(List<Kind> kinds) {
        public int copied() {
            return kinds.stream().mapToInt(Kind::copied).sum();
        }

        public int alreadyThere() {
            return kinds.stream().mapToInt(Kind::alreadyThere).sum();
        }

        public List<String> conflicts() {
            return kinds.stream().flatMap(k -> k.conflicts().stream().map(c -> k.label() + ": " + c)).toList();
        }
    }

    private StoreMigration() {}

    /** Copies {@code from} into {@code to}; {@code progress} hears (kind of record, rows looked at) as it goes. */
    public static Summary copy(LocalStore from, LocalStore to, BiConsumer<String, Integer> progress) {
        return new Summary(new StoreCopy(from.jdbc(), to.jdbc()).run(progress).stream()
                .map(r -> new Kind(r.label(), r.copied(), r.alreadyThere(), r.conflicts())).toList());
    }
}
