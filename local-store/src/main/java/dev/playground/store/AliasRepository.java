package dev.playground.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named pointers at versions (champion, challenger, production, or any custom name). Moving one
 * never loses anything: every move is kept in {@link #history}.
 */
public interface AliasRepository {
    /** Points {@code alias} at {@code version}, which must exist. */
    AliasMove set(String promptName, String alias, int version, String movedBy);

    /** Removes the alias, if set; the removal is recorded too. */
    Optional<AliasMove> remove(String promptName, String alias, String movedBy);

    /** Alias to version, sorted by alias. */
    Map<String, Integer> aliases(String promptName);

    Optional<Integer> resolve(String promptName, String alias);

    /** Every move of every alias of the prompt, oldest first. */
    List<AliasMove> history(String promptName);
}
