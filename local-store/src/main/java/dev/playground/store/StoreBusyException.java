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
}
