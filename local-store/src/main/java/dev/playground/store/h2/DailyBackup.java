package dev.playground.store.h2;

import java.io.IOException;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/** On open, a copy of the store once a day, kept for a week in {@code <data dir>/backups}. */
public final class DailyBackup {
    private DailyBackup() {}

    /** A failed daily copy never stops the store from opening; it is logged and tried again next time. */
    public static void takeIfDue(StoreConnections connections, Jdbc jdbc) {
        StoreBackups backups = new StoreBackups(connections.dataDir());
        try {
            jdbc.read("take the daily backup", c -> {
                try {
                    if (StoreUpgrade.isEmpty(c)) return null;
                    return backups.takeDailyIfDue(c, Instant.now()).orElse(null);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DailyBackup.class).warn("Could not take the daily backup of the store in {}: {}",
                    connections.dataDir(), e.getMessage());
        }
    }
}
