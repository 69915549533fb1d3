package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.app.DataDirectory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root of the command line: global options and the list of subcommands. */
@Command(name = "playground", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prompt Playground: run, render and manage prompts from the command line.%n"
                + "Without arguments, ./playground opens the window.",
        subcommands = {RunCommand.class, ConnectionsCommand.class, RunsCommand.class, RenderCommand.class, PromptCommand.class, CompareCommand.class,
                ExportCommand.class, ImportCommand.class, DatasetCommand.class, IndexCommand.class, SearchCommand.class, StoreCommand.class, StudyCommand.class,
                CommandLine.HelpCommand.class})
public final class PlaygroundCommand implements AutoCloseable {
    /** Exit code for bad input: a missing variable, an unreadable file, a template error. */
    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;
    /** Exit code for a failed model call. */
    public static final int CALL_FAILED = ExitCodes.FAILED;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the local store (default: $PLAYGROUND_HOME or the OS's per-user data folder).")
    String dataDir;

    private final Map<String, String> environment;
    private final InputStream stdin;
    private AppContext context;

    PlaygroundCommand(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    /** Services for subcommands, built on first use with this invocation's data folder and environment. */
    AppContext context() {
        if (context == null) {
            Path dir = DataDirectory.resolve(dataDir, environment, System.getProperty("os.name"), System.getProperty("user.home"));
            context = new AppContext(dir, AppContext.secrets(dir, environment), environment);
        }
        return context;
    }

    Map<String, String> environment() {
        return environment;
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
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv());
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        return execute(args, out, err, environment, System.in);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment, InputStream stdin) {
        try (PlaygroundCommand root = new PlaygroundCommand(environment, stdin)) {
            CommandLine commandLine = new CommandLine(root);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, cmd.getErr(), environment));
            return commandLine.execute(args);
        } catch (RuntimeException e) {
            // Closing the store can fail too (a store that went away mid-command); it gets the same one line.
            return report(e, err, environment);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int report(Exception e, PrintWriter err, Map<String, String> environment) {
        ExitCodes.Outcome outcome = ExitCodes.of(e);
        err.println("error: " + outcome.message());
        if (environment.containsKey("PLAYGROUND_DEBUG")) e.printStackTrace(err);
        return outcome.code();
    }
}
