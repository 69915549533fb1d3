package dev.playground.app;

import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The composition root: builds every service once, for the window and the command line alike. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private LocalStore store;
    private final TokenCounter tokens = new TokenCounter();
    private final TemplateRenderer renderer = new TemplateRenderer();
    private final ModelGateway gateway;
    private final TaskExecutor executor = new VirtualThreadTaskExecutor();

    public AppContext(Path dataDir, SecretResolver secrets) {
        this.dataDir = dataDir;
        this.gateway = new ModelGateway(secrets, List.of(
                new OpenAiCompatibleProvider(tokens, Duration.ofMinutes(5)),
                new DryRunProvider(tokens)));
    }

    /** A context with its store already open (for the window, which needs it at once). */
    public static AppContext open(Path dataDir) {
        AppContext context = new AppContext(dataDir, SecretResolver.fromSystemEnvironment());
        context.store();
        return context;
    }

    /** Opened on first use, so commands that need no store never touch the data folder. */
    public synchronized LocalStore store() {
        if (store == null) store = LocalStore.open(dataDir);
        return store;
    }

    public Path dataDir() { return dataDir; }
    public TokenCounter tokens() { return tokens; }
    public TemplateRenderer renderer() { return renderer; }
    public ModelGateway gateway() { return gateway; }
    public TaskExecutor executor() { return executor; }

    public static String author() {
        return System.getProperty("user.name", "unknown");
    }

    @Override
    public void close() {
        executor.close();
        synchronized (this) {
            if (store != null) store.close();
        }
    }
}
