package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.app.DataDirectory;
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
        subcommands = {RunCommand.class, RunsCommand.class, RenderCommand.class, PromptCommand.class, CompareCommand.class,
                ExportCommand.class, ImportCommand.class, IndexCommand.class, SearchCommand.class,
                CommandLine.HelpCommand.class})
public final class PlaygroundCommand implements AutoCloseable {
    /** Exit code for bad input: a missing variable, an unreadable file, a template error. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a failed model call. */
    public static final int CALL_FAILED = 1;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the local store (default: $PLAYGROUND_HOME or the OS's per-user data folder).")
    String dataDir;

    private final Map<String, String> environment;
    private AppContext context;

    PlaygroundCommand(Map<String, String> environment) {
        this.environment = environment;
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

    @Override
    public void close() {
        if (context != null) context.close();
    }

    public static int execute(String... args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv());
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        try (PlaygroundCommand root = new PlaygroundCommand(environment)) {
            CommandLine commandLine = new CommandLine(root);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
                cmd.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return e instanceof BadInputException ? BAD_INPUT : CALL_FAILED;
            });
            int code = commandLine.execute(args);
            out.flush();
            err.flush();
            return code;
        }
    }
}
