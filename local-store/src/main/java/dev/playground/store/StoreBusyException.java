package dev.playground.store;

import java.nio.file.Path;

/**
 * Another process kept the store busy for longer than we wait (about ten seconds); nothing was
 * written. The command line exits with code 3.
 */
public final class StoreBusyException extends StoreException {
    public StoreBusyException(Path dataDir, String what, Throwable cause) {
        super("The store in " + dataDir + " is busy (another Prompt Playground process is using it), so we could not "
                + what + ". Nothing was changed; try again.", cause);
    }

    /** For a store that is not a folder (a team store on a server): {@code place} names it, its password masked. */
    public StoreBusyException(String place, String what, Throwable cause) {
        super("The " + place + " is busy (other people or processes are using it), so we could not "
                + what + ". Nothing was changed; try again.", cause);
    }
}
