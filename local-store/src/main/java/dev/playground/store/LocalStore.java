package dev.playground.store;

import dev.playground.store.h2.H2AliasRepository;
import dev.playground.store.h2.H2BundleRepository;
import dev.playground.store.h2.H2ComparisonRepository;
import dev.playground.store.h2.H2DraftRepository;
import dev.playground.store.h2.H2LineageRepository;
import dev.playground.store.h2.H2PromptRepository;
import dev.playground.store.h2.H2RunRepository;
import dev.playground.store.h2.H2SettingsRepository;
import dev.playground.store.h2.Jdbc;
import dev.playground.store.h2.LibraryIndex;
import dev.playground.store.h2.SchemaCheck;
import dev.playground.store.h2.SettingsConnectionRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database in the data folder. AUTO_SERVER lets the window and the command
 * line open it at the same time: the first process serves it, later ones connect over loopback.
 */
public final class LocalStore implements AutoCloseable {
    public static final String DATABASE_NAME = "playground";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final Jdbc jdbc;
    private final LibraryIndex libraryIndex = new LibraryIndex();

    private LocalStore(Path dataDir, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.jdbc = new Jdbc(pool);
    }

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static LocalStore open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Opens the store migrated only up to {@code targetVersion}: for upgrade tests. */
    public static LocalStore open(Path dataDir, String targetVersion) {
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + dataDir + ": " + e.getMessage()
                    + ". Choose another with --data-dir or PLAYGROUND_HOME.", e);
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(DATABASE_NAME) + ";AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            if (targetVersion == null && SchemaCheck.isCurrent(pool)) return new LocalStore(dataDir, pool);
            var config = Flyway.configure(LocalStore.class.getClassLoader()).dataSource(pool).locations("classpath:db/migration");
            if (targetVersion != null) config.target(MigrationVersion.fromVersion(targetVersion));
            config.load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("The store in " + dataDir + " could not be opened or upgraded: " + e.getMessage(), e);
        }
        return new LocalStore(dataDir, pool);
    }

    public Path dataDir() {
        return dataDir;
    }

    public PromptRepository prompts() {
        return new H2PromptRepository(jdbc, libraryIndex);
    }

    public AliasRepository aliases() {
        return new H2AliasRepository(jdbc);
    }

    public BundleRepository bundles() {
        return new H2BundleRepository(jdbc);
    }

    public LineageRepository lineage() {
        return new H2LineageRepository(jdbc);
    }

    public DraftRepository drafts() {
        return new H2DraftRepository(jdbc);
    }

    /** The run log: every model call, recorded by the gateway. */
    public RunRepository runs() {
        return new H2RunRepository(jdbc);
    }

    public SettingsRepository settings() {
        return new H2SettingsRepository(jdbc);
    }

    /** Saved comparisons with their cells and feedback. */
    public ComparisonRepository comparisons() {
        return new H2ComparisonRepository(jdbc);
    }

    public ConnectionRepository connections() {
        return new SettingsConnectionRepository(settings());
    }

    /** For repositories added by other features in this module. */
    public Jdbc jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
