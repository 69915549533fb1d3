package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.app.DataDirectory;
import dev.playground.engine.task.InFlightCalls;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line: global options and the list of subcommands. The subcommands are added in code
 * ({@link CommandTree}), not in the annotation: picocli builds every command it is given, and a command that
 * names its subcommand needs only that one built (docs/decisions/0005).
 */
@Command(name = "playground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prompt Playground: run, render and manage prompts from the command line.%n"
                + "Without arguments, ./playground opens the window.")
public final class PlaygroundCommand implements AutoCloseable {
    /** Every subcommand, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ConnectionsCommand.class, McpCommand.class, TraceCommand.class, ModelsCommand.class, RunsCommand.class, RenderCommand.class,
            PromptCommand.class, CompareCommand.class, ExportCommand.class, ImportCommand.class, DatasetCommand.class, EvalCommand.class, IndexCommand.class,
            SearchCommand.class, StoreCommand.class, StudyCommand.class, GuardCommand.class, MonitorCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for bad input: a missing variable, an unreadable file, a template error. */
    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;
    /** Exit code for a failed model call. */
    public static final int CALL_FAILED = ExitCodes.FAILED;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the local store (default: $PLAYGROUND_HOME or the OS's per-user data folder).")
    String dataDir;

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "LOCATION",
            description = "The store to use: jdbc:postgresql://HOST[:PORT]/DATABASE for a team store, or 'local' for the store in the "
                    + "data folder (default: $PLAYGROUND_STORE, else `playground store use`, else local). The server's password comes "
                    + "from $PLAYGROUND_STORE_PASSWORD or the keychain (`playground store password`).")
    String store;

    @Option(names = "--offline", scope = ScopeType.INHERIT,
            description = "Make no connection except to this computer: remote model calls and downloads are refused (also the setting 'offline').")
    boolean offline;


    private final Map<String, String> environment;
    private final InputStream stdin;
    private final InFlightCalls inFlight;
    private AppContext context;

    PlaygroundCommand(Map<String, String> environment, InputStream stdin, InFlightCalls inFlight) {
        this.environment = environment;
        this.stdin = stdin;
        this.inFlight = inFlight;
    }

    /** Services for subcommands, built on first use with this invocation's data folder and environment. */
    AppContext context() {
        if (context == null) {
            Path dir = DataDirectory.resolve(dataDir, environment, System.getProperty("os.name"), System.getProperty("user.home"));
            context = new AppContext(dir, AppContext.secrets(dir, environment), environment, inFlight);
            context.useStore(store);
            if (offline) context.forceOffline();
        }
        return context;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** True once the process was told to end (Ctrl+C): its exit hook reports, the command stays quiet. */
    boolean interrupted() {
        return inFlight.stopping();
    }

    /** Standard input (a key given with --api-key-stdin). */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public void close() {
        if (context != null) context.close();
    }

    public static int execute(String... args) {
        return execute(args, new InFlightCalls());
    }

    /** As the process's command line, whose exit hook stops the calls registered in {@code inFlight}. */
    public static int execute(String[] args, InFlightCalls inFlight) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), System.in, inFlight);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return execute(args, out, err, environment, System.in);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, InputStream stdin) {
        return execute(args, out, err, environment, stdin, new InFlightCalls());
    }

    static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, InputStream stdin,
                       InFlightCalls inFlight) {
        try (PlaygroundCommand root = new PlaygroundCommand(environment, stdin, inFlight)) {
            CommandLine commandLine = CommandTree.build(root, args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd.getErr(), environment, inFlight));
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            // Closing the store can fail too (a store that went away mid-command); it gets the same one line.
            return report(e, err, environment, inFlight);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int report(Exception e, PrintWriter err, Map<String, String> environment, InFlightCalls inFlight) {
        ExitCodes.Outcome outcome = ExitCodes.of(e);
        // Interrupted: whatever failed because of it (a stopped call, a store closing under it) is the exit hook's
        // to report, in one line; the process exits 130 whatever is returned here.
        if (inFlight.stopping()) return ExitCodes.CANCELLED;
        err.println("error: " + outcome.message());
        if (environment.containsKey("PLAYGROUND_DEBUG")) e.printStackTrace(err);
        return outcome.code();
    }
}
