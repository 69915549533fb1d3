package dev.playground.app;

import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.local.LlamaChatProvider;
import dev.playground.engine.local.LocalModelSettings;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.AnthropicProvider;
import dev.playground.engine.provider.ChatProvider;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.GeminiProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OllamaProvider;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.context.ContextRetriever;
import dev.playground.engine.retrieval.CollectionContextRetriever;
import dev.playground.engine.compare.ScoringSetup;
import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.tokens.Pricing;
import dev.playground.engine.model.Connection;
import dev.playground.engine.retrieval.embed.Embedders;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.secrets.SecretStores;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** The composition root: builds every service once, for the window and the command line alike. */
public final class AppContext implements AutoCloseable {
    private final Path dataDir;
    private LocalStore store;
    private final Object storeLock = new Object();
    /** --store for this process (a team store's address or "local"); null: the variable, then the setting, decide. */
    private volatile String storeOption;
    private final TokenCounter tokens = new TokenCounter();
    private final Map<String, String> environment;
    // Built on first use: a command that lists prompts should not pay for a template engine or the providers.
    private TemplateRenderer renderer;
    private ModelGateway gateway;
    private final TaskExecutor executor = new VirtualThreadTaskExecutor();
    private final LazyEmbedder embedder = new LazyEmbedder(MiniLmEmbedder::new);
    private final SecretResolver secrets;
    private final InFlightCalls inFlight;
    private DocumentCollections collections;
    private LlamaChatProvider localModels;
    private volatile boolean offlineForced;
    private final OfflineMode offline = new OfflineMode(this::offlineOn);

    private PriceBook prices;
    private PromptRunService runs;

    /** Every call through the gateway is recorded in the store's run log (opening the store on the first call). */
    public AppContext(Path dataDir, SecretResolver secrets, Map<String, String> environment) {
        this(dataDir, secrets, environment, new InFlightCalls());
    }

    /** Every model call registers in {@code inFlight} until its run-log entry is written (the command line's exit hook stops them). */
    public AppContext(Path dataDir, SecretResolver secrets, Map<String, String> environment, InFlightCalls inFlight) {
        this.dataDir = dataDir;
        this.secrets = secrets;
        this.environment = environment;
        this.inFlight = inFlight;
    }

    /** Keys typed into Settings go to the OS keychain, or an encrypted file in the data folder when there is none. */
    public static SecretResolver secrets(Path dataDir, Map<String, String> environment) {
        return new SecretResolver(environment, SecretStores.lazy(dataDir.resolve("secrets")));
    }

    private List<ChatProvider> providers(TokenCounter tokens, Map<String, String> environment) {
        Duration connect = GatewayPolicy.DEFAULT.connectTimeout();
        return List.of(
                localModels(),
                new OpenAiCompatibleProvider(tokens, connect),
                new OpenAiCompatibleProvider(ProviderKind.OPENAI, tokens, connect, environment),
                new OpenAiCompatibleProvider(ProviderKind.DATABRICKS, tokens, connect, environment),
                new AnthropicProvider(tokens, connect),
                new GeminiProvider(tokens, connect),
                new OllamaProvider(tokens, connect),
                new DryRunProvider(tokens));
    }

    /** Turns the offline switch on for this process (the command line's --offline), whatever the setting says. */
    public void forceOffline() {
        offlineForced = true;
    }

    /** The offline switch: on with --offline, or with the setting {@code offline} = true. */
    public OfflineMode offline() {
        return offline;
    }

    private boolean offlineOn() {
        return offlineForced || store().settings().get(OfflineMode.SETTING).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
    }

    /** The in-process llama.cpp provider; nothing native loads until a local connection is called. */
    public synchronized LlamaChatProvider localModels() {
        if (localModels == null) localModels = new LlamaChatProvider(this::localSettings, MemoryCheck.system());
        return localModels;
    }

    /**
     * The local models (Settings > Models and {@code playground models}): files in {@code <data dir>/models}, chat
     * models as {@code local-NAME} connections; downloads refused while offline.
     */
    public dev.playground.engine.local.ModelLibrary modelLibrary() {
        return new dev.playground.engine.local.ModelLibrary(connections(), dataDir.resolve("models"), offline::downloadRefusal,
                MemoryCheck.system(), new dev.playground.engine.local.ModelDownload());
    }

    /** Threads, context size and GPU layers for local models, from the store's settings (read at each call). */
    public LocalModelSettings localSettings() {
        return LocalSettings.read(store().settings());
    }

    /** The price table in use: the one saved in the data folder, or the shipped one; edits in Settings replace it. */
    public PriceTable prices() {
        return priceBook().current();
    }

    /** Read from {@code <data dir>/prices.yaml} on first use. */
    public synchronized PriceBook priceBook() {
        if (prices == null) {
            prices = PriceBook.open(dataDir.resolve("prices.yaml"));
            prices.loadProblem().ifPresent(problem ->
                    LoggerFactory.getLogger(AppContext.class).warn("{} Using the shipped prices.", problem));
        }
        return prices;
    }

    /** A context with its store already open (for the window, which needs it at once). */
    public static AppContext open(Path dataDir) {
        return open(dataDir, new InFlightCalls());
    }

    /** As {@link #open(Path)}, with the registry the process's exit hook stops calls through. */
    public static AppContext open(Path dataDir, InFlightCalls inFlight) {
        return open(dataDir, null, inFlight);
    }

    /** As {@link #open(Path, InFlightCalls)} on the store {@code storeLocation} names (--store; null: variable or setting). */
    public static AppContext open(Path dataDir, String storeLocation, InFlightCalls inFlight) {
        AppContext context = new AppContext(dataDir, secrets(dataDir, System.getenv()), System.getenv(), inFlight);
        context.useStore(storeLocation);
        context.store();
        return context;
    }

    /** Opened on first use, so commands that need no store never touch the data folder. */
    public LocalStore store() {
        // A lock of its own: opening takes a while, and the template engine or the gateway may be built meanwhile.
        synchronized (storeLock) {
            if (store == null) {
                store = StoreLocation.team(storeOption, dataDir, environment).map(team -> LocalStore.openTeam(dataDir, team))
                        .orElseGet(() -> LocalStore.open(dataDir));
            }
            return store;
        }
    }

    /** Which store to open (the command line's --store): a team store's address or "local"; before the store is opened. */
    public AppContext useStore(String location) {
        synchronized (storeLock) {
            if (store != null) throw new IllegalStateException("the store is already open");
            this.storeOption = location;
            return this;
        }
    }

    public Path dataDir() { return dataDir; }

    /**
     * Document collections under the data folder. The built-in embedding model loads on first use; a
     * collection may instead use a provider's model through a saved connection (by id or name).
     */
    public synchronized DocumentCollections collections() {
        if (collections == null) {
            LogSetup.quietLucene();
            Embedders embedders = new Embedders(embedder, MiniLmEmbedder.ID, this::savedConnection, secrets::apiKey);
            embedders.setNetworkPolicy(offline);
            collections = new DocumentCollections(dataDir, embedders);
        }
        return collections;
    }

    /**
     * The retrieval module's answer to the engine's {@link ContextRetriever} port: fills
     * {@code {{context}}} from the saved collections (opened on first use).
     */
    public ContextRetriever contextRetriever() {
        return (settings, variables, fallbackQuery) -> new CollectionContextRetriever(collections()).retrieve(settings, variables, fallbackQuery);
    }

    /** Runs prompts for both faces: retrieval through the document collections, calls through the gateway. */
    public synchronized PromptRunService runs() {
        if (runs == null) runs = new PromptRunService(renderer(), gateway(), contextRetriever(), executor);
        return runs;
    }

    /**
     * Runs evaluation suites for both faces: calls through {@link #runs()}, judges through the gateway, similarity
     * with the built-in embedding model (loaded only if a suite asks), costs by the price table.
     */
    public dev.playground.engine.suite.SuiteRunner suiteRunner(dev.playground.engine.suite.SuiteRunRepository repository) {
        return suiteRunner(repository, dev.playground.engine.tool.ToolServing.SAVED);
    }

    /** The same, its cells' tool calls served as {@code tools} says ({@code eval --mock-tool/--mcp/--max-steps}). */
    public dev.playground.engine.suite.SuiteRunner suiteRunner(dev.playground.engine.suite.SuiteRunRepository repository,
                                                               dev.playground.engine.tool.ToolServing tools) {
        Pricing pricing = pricing();
        return new dev.playground.engine.suite.SuiteRunner(runs(), new dev.playground.engine.judge.LlmJudge(gateway(), renderer()),
                () -> Optional.of(TextEmbedder.from(collections().embedders().builtIn())),
                (request, result) -> pricing.usd(request.connection().kind(), request.model(), result.usage()), inFlight, repository, tools);
    }

    /** The run log as a dashboard (figures over a time range, by group, over time). */
    public dev.playground.engine.monitor.MonitorService monitor() {
        return new dev.playground.engine.monitor.MonitorService(store().monitor());
    }

    /** Drift between two windows of the run log; topics with the built-in embedding model, loaded only when compared. */
    public dev.playground.engine.monitor.DriftService drift() {
        return new dev.playground.engine.monitor.DriftService(store().monitor(), TextEmbedder.from(collections().embedders().builtIn()));
    }

    /** The alert limits the user set (Monitor view or {@code playground monitor alerts}); none by default. */
    public dev.playground.engine.monitor.AlertThresholds alertLimits() {
        return dev.playground.engine.monitor.AlertThresholds.parse(
                store().settings().get(dev.playground.engine.monitor.AlertThresholds.SETTINGS_KEY).orElse(""));
    }

    public void saveAlertLimits(dev.playground.engine.monitor.AlertThresholds limits) {
        store().settings().put(dev.playground.engine.monitor.AlertThresholds.SETTINGS_KEY, limits.format());
    }

    /** The limits passed right now (empty when none is set or none is passed). */
    public List<dev.playground.engine.monitor.Alert> alerts() {
        var limits = alertLimits();
        if (limits.isEmpty()) return List.of();
        return new dev.playground.engine.monitor.AlertCheck(monitor()).check(limits, java.time.Instant.now());
    }

    /** Metrics and judges for comparisons; the built-in embedding model loads only if an embedding metric scores. */
    public ScoringSetup scoring() {
        return new ScoringSetup(() -> Optional.of(TextEmbedder.from(collections().embedders().builtIn())));
    }

    /** The saved connections (the same as Settings > Connections), their policies and keys. */
    public ConnectionService connections() {
        return new ConnectionService(store().connections(), gateway());
    }

    /** Costs by the user's current price table. */
    public Pricing pricing() {
        return Pricing.of(priceBook());
    }

    private Optional<Connection> savedConnection(String idOrName) {
        List<Connection> saved = store().connections().all();
        return saved.stream().filter(c -> c.id().equals(idOrName)).findFirst()
                .or(() -> saved.stream().filter(c -> c.name().equalsIgnoreCase(idOrName)).findFirst());
    }
    public TokenCounter tokens() { return tokens; }
    public synchronized TemplateRenderer renderer() {
        if (renderer == null) renderer = new TemplateRenderer();
        return renderer;
    }

    public synchronized ModelGateway gateway() {
        if (gateway == null) {
            gateway = new ModelGateway(secrets, providers(tokens, environment), GatewayPolicy.DEFAULT,
                    dev.playground.engine.runlog.RunLog.deferred(() -> store().runs()), this::prices, inFlight);
            gateway.setNetworkPolicy(offline);
        }
        return gateway;
    }
    public TaskExecutor executor() { return executor; }

    /** The model calls (and runners) under way, which an interrupted process stops and waits for. */
    public InFlightCalls inFlight() { return inFlight; }

    /** Who saves and moves aliases: $PLAYGROUND_AUTHOR, else the OS user name (recorded in versions and alias history). */
    public static String author() {
        String named = System.getenv("PLAYGROUND_AUTHOR");
        return named != null && !named.isBlank() ? named.strip() : System.getProperty("user.name", "unknown");
    }

    @Override
    public void close() {
        executor.close();
        synchronized (storeLock) {
            if (store != null) store.close();
        }
        synchronized (this) {
            closeCollections();
            if (localModels != null) localModels.close();
        }
        embedder.close();
    }

    private void closeCollections() {
        if (collections == null) return;
        try {
            collections.close();
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Could not close the document indexes cleanly", e);
        }
    }
}
