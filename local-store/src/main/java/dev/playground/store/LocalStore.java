package dev.playground.store;

import dev.playground.store.h2.H2AliasRepository;
import dev.playground.store.h2.H2BundleRepository;
import dev.playground.store.h2.H2DatasetRepository;
import dev.playground.store.h2.H2ComparisonRepository;
import dev.playground.store.h2.H2DraftRepository;
import dev.playground.store.h2.H2LineageRepository;
import dev.playground.store.h2.H2PromptRepository;
import dev.playground.store.h2.H2RunRepository;
import dev.playground.store.h2.H2SettingsRepository;
import dev.playground.store.h2.H2StudyAnswerRepository;
import dev.playground.store.h2.GroupCommit;
import dev.playground.store.h2.Jdbc;
import dev.playground.store.h2.LibraryIndex;
import dev.playground.store.h2.DailyBackup;
import dev.playground.store.h2.OwnerOnly;
import dev.playground.store.h2.SettingsConnectionRepository;
import dev.playground.store.h2.StoreConnections;
import dev.playground.store.h2.StoreUpgrade;
import dev.playground.engine.dataset.DatasetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded H2 database in the data folder. AUTO_SERVER lets the window and the command
 * line open it at the same time: the first process serves it on a loopback port, later ones
 * connect with the password kept in the data folder. Opening also finishes or undoes an upgrade
 * a crash interrupted, and takes the daily backup.
 */
public final class LocalStore implements AutoCloseable {
    public static final String DATABASE_NAME = StoreConnections.DATABASE_NAME;

    private final Path dataDir;
    private final dev.playground.store.h2.StoreDatabase connections;
    private final Jdbc jdbc;
    /** Null for the embedded store. */
    private final TeamStore team;
    private final LibraryIndex libraryIndex = new LibraryIndex();
    /** Run-log rows, suite cells and cached answers from many threads share transactions and syncs. */
    private final GroupCommit commits;

    private LocalStore(Path dataDir, dev.playground.store.h2.StoreDatabase connections, Jdbc jdbc, TeamStore team) {
        this.dataDir = dataDir;
        this.connections = connections;
        this.team = team;
        this.jdbc = jdbc;
        this.commits = new GroupCommit(jdbc);
    }

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static LocalStore open(Path dataDir) {
        return open(dataDir, null);
    }

    /** Opens the store migrated only up to {@code targetVersion}: for upgrade tests. */
    public static LocalStore open(Path dataDir, String targetVersion) {
        StoreConnections connections;
        try {
            Files.createDirectories(dataDir);
            OwnerOnly.folder(dataDir);
            connections = StoreConnections.of(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot use the data folder " + dataDir + " (" + e.getMessage()
                    + "). Choose another with --data-dir or PLAYGROUND_HOME.", e);
        }
        Jdbc jdbc = new Jdbc(connections);
        try {
            boolean created = new StoreUpgrade(connections, jdbc).bringUpToDate(targetVersion);
            OwnerOnly.store(dataDir);
            if (targetVersion == null && !created) DailyBackup.takeIfDue(connections, jdbc);
        } catch (IOException | java.io.UncheckedIOException e) {
            connections.close();
            throw new StoreUnavailableException(dataDir, "its files cannot be read or written (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        return new LocalStore(dataDir, connections, jdbc, null);
    }

    /**
     * Opens the team store on a PostgreSQL server and brings its schema up to date (decision 0095). {@code dataDir}
     * still holds this person's own files (models, prices, document collections); the store's rows live on the server.
     */
    public static LocalStore openTeam(Path dataDir, TeamStore team) {
        var connections = new dev.playground.store.h2.ServerConnections(team);
        Jdbc jdbc = new Jdbc(connections);
        try {
            dev.playground.store.h2.ServerUpgrade.bringUpToDate(connections, jdbc);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        return new LocalStore(dataDir, connections, jdbc, team);
    }

    /** The team store this is, or empty for the embedded store in the data folder. */
    public java.util.Optional<TeamStore> team() {
        return java.util.Optional.ofNullable(team);
    }

    /** Notices library changes made by other people or processes (the window refreshes its list on them). */
    public LibraryWatch libraryWatch() {
        return new LibraryWatch(jdbc);
    }

    /** The store in words for messages: its folder, or the server's address with secrets masked. */
    public String place() {
        return connections.place();
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

    /** The history of suite runs per prompt (pass rate and metrics by version). */
    public dev.playground.engine.suite.SuiteHistory suiteHistory() {
        return new dev.playground.store.h2.H2SuiteHistory(jdbc);
    }

    /** The run log: every model call, recorded by the gateway. */
    public RunRepository runs() {
        return new H2RunRepository(jdbc, commits, this::recorded);
    }

    private final java.util.List<java.util.function.Consumer<dev.playground.engine.runlog.RunRecord>> runListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Tells {@code listener} of every run recorded through this store from now on (on the recording thread, after the
     * run is saved); the returned action stops it. Monitoring's alerts are checked this way as runs arrive.
     */
    public Runnable onRunRecorded(java.util.function.Consumer<dev.playground.engine.runlog.RunRecord> listener) {
        runListeners.add(listener);
        return () -> runListeners.remove(listener);
    }

    private void recorded(dev.playground.engine.runlog.RunRecord run) {
        for (var listener : runListeners) {
            try {
                listener.accept(run);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(LocalStore.class).warn("A run-log listener failed: {}", e.toString());
            }
        }
    }

    /** The run log as monitoring reads it (figures, drift); rows still queued by this process are saved first. */
    public dev.playground.engine.monitor.MonitorSource monitor() {
        return new dev.playground.store.h2.H2MonitorSource(jdbc, commits);
    }

    public SettingsRepository settings() {
        return new H2SettingsRepository(jdbc);
    }

    /** Saved comparisons with their cells and feedback. */
    public ComparisonRepository comparisons() {
        return new H2ComparisonRepository(jdbc);
    }

    /** Study progress: every answer with its time. */
    public StudyAnswerRepository studyAnswers() {
        return new H2StudyAnswerRepository(jdbc);
    }

    /** MCP servers connected for tools (issue 20, V54). */
    public dev.playground.engine.mcp.McpServers mcpServers() {
        return new dev.playground.store.h2.H2McpServers(jdbc);
    }

    /** Traces of runs with tools (issue 20, V54). */
    public dev.playground.engine.trace.TraceStore traces() {
        return new dev.playground.store.h2.H2TraceStore(jdbc);
    }

    /** The mock exam in progress, kept between sessions (the engine's port). */
    public StudyExamDraftRepository studyExamDraft() {
        return new dev.playground.store.h2.H2StudyExamDraftRepository(jdbc);
    }

    /** Datasets with immutable versions (the engine's port). */
    public DatasetRepository datasets() {
        return new H2DatasetRepository(jdbc);
    }

    /** Suite runs and their finished cells, for {@code eval --resume} (the engine's port). */
    public dev.playground.engine.suite.SuiteRunRepository suiteRuns() {
        return new dev.playground.store.h2.H2SuiteRunRepository(jdbc, commits);
    }

    /** The gateway's response cache, kept across processes (the engine's port). */
    public dev.playground.engine.provider.ResponseStore responseCache() {
        return new dev.playground.store.h2.H2ResponseCache(jdbc, commits);
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
        commits.close();
        connections.close();
    }
}
