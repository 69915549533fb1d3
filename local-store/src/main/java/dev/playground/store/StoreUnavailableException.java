package dev.playground.store;

import java.nio.file.Path;

/**
 * The store's files cannot be opened (damaged, unreadable, an unknown password, made by a newer
 * version). The command line exits with code 3; {@code playground store check} says more.
 */
public final class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(Path dataDir, String reason, Throwable cause) {
        super("The store in " + dataDir + " cannot be opened: " + reason
                + ". Run `playground store check` to see what is wrong and `playground store repair` to fix it.", cause);
    }

    /** For a store that is not a folder (a team store on a server): {@code place} names it, its password masked. */
    public StoreUnavailableException(String place, String reason, Throwable cause) {
        super("The " + place + " cannot be opened: " + reason + ".", cause);
    }
}
