package dev.playground.store.h2;

import dev.playground.store.StoreUnavailableException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.LoggerFactory;

/**
 * Brings a team store's schema up to date. Unlike H2, PostgreSQL runs each migration's DDL in its transaction and
 * Flyway takes an advisory lock on the server, so two people starting a new version at once migrate it once and a kill
 * mid-way leaves the store as it was: no marker file, no copy beforehand.
 */
public final class ServerUpgrade {
    private ServerUpgrade() {}

    public static void bringUpToDate(ServerConnections connections, Jdbc jdbc) {
        if (jdbc.read("open the team store", SchemaCheck::isCurrent)) return;
        try {
            Flyway.configure(ServerUpgrade.class.getClassLoader()).dataSource(connections.dataSource())
                    .locations(Dialect.POSTGRESQL.migrationFolders().stream().map(f -> "classpath:" + f).toArray(String[]::new))
                    .load().migrate();
        } catch (FlywayException e) {
            LoggerFactory.getLogger(ServerUpgrade.class).error("Upgrading the team store failed: {}",
                    dev.playground.store.TeamStore.mask(e.getMessage()));
            throw new StoreUnavailableException(connections.place(), "its tables could not be brought up to this version of "
                    + "Prompt Playground (a newer version may have upgraded it, or the user may not create tables)", e);
        }
    }
}
