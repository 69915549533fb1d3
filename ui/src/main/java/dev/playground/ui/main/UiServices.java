package dev.playground.ui.main;

import dev.playground.engine.compare.ComparisonRunner;
import dev.playground.engine.compare.CostModel;
import dev.playground.engine.compare.ScoringSetup;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ConnectionDiscovery;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.context.ContextRetriever;
import dev.playground.engine.retrieval.CollectionContextRetriever;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tokens.Pricing;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.AliasRepository;
import dev.playground.store.BundleRepository;
import dev.playground.store.ComparisonRepository;
import dev.playground.store.ConnectionRepository;
import dev.playground.store.DraftRepository;
import dev.playground.store.LineageRepository;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptRepository;
import dev.playground.store.RunRepository;
import dev.playground.store.SettingsRepository;

/**
 * What the view models need from the rest of the app, handed in by the composition root (the app's
 * {@code PlaygroundApplication}, or a test). Every service a view model uses is built here, once; view
 * models take what they need from it and build none themselves, and they see the store only through
 * its repository interfaces (never {@link LocalStore}).
 */
public final class UiServices {
    private final LocalStore store;
    private final ModelGateway gateway;
    private final TemplateRenderer renderer;
    private final TokenCounter tokens;
    private final TaskExecutor executor;
    private final String author;
    private final DocumentCollections documents;
    private final PriceBook prices;
    private final ContextRetriever retriever;
    private final ComparisonRunner comparisons;
    private final ConnectionDiscovery discovery;
    private final PromptRunService promptRuns;
    private final ScoringSetup scoring;
    private final DatasetService datasets;
    private dev.playground.ui.evaluate.SuiteRuns suiteRuns = dev.playground.ui.evaluate.SuiteRuns.UNAVAILABLE;
    private dev.playground.ui.study.LabChecker labChecker = dev.playground.ui.study.LabChecker.UNAVAILABLE;

    /**
     * @param documents null when the app runs without document collections (no Documents tab, no {{context}} retrieval)
     */
    public UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens,
                      TaskExecutor executor, String author, DocumentCollections documents, PriceBook prices) {
        this.store = store;
        this.gateway = gateway;
        this.renderer = renderer;
        this.tokens = tokens;
        this.executor = executor;
        this.author = author;
        this.documents = documents;
        this.prices = prices;
        this.retriever = documents == null ? ContextRetriever.NONE : new CollectionContextRetriever(documents);
        this.comparisons = gateway == null ? null : new ComparisonRunner(gateway, renderer, executor, CostModel.from(Pricing.of(prices)),
                documents == null ? dev.playground.engine.compare.ContextRetriever.NONE : retriever.forComparisons());
        this.discovery = gateway == null ? null : new ConnectionDiscovery(gateway.secrets(), ConnectionDiscovery.OLLAMA_DEFAULT);
        this.promptRuns = gateway == null ? null : new PromptRunService(renderer, gateway, retriever, executor);
        this.datasets = new DatasetService(store.datasets());
        this.scoring = new ScoringSetup(() -> documents == null ? java.util.Optional.empty()
                : java.util.Optional.of(TextEmbedder.from(documents.embedders().builtIn())));
    }

    /** With the shipped prices kept in memory (tests and harnesses, which have no data folder for prices.yaml). */
    public UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens,
                      TaskExecutor executor, String author, DocumentCollections documents) {
        this(store, gateway, renderer, tokens, executor, author, documents, PriceBook.inMemory(PriceTable.defaults()));
    }

    /** Without document collections: no Documents tab and no {{context}} retrieval. */
    public UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens, TaskExecutor executor, String author) {
        this(store, gateway, renderer, tokens, executor, author, null);
    }

    // ---- the store, through its repositories ----

    public PromptRepository prompts() { return store.prompts(); }
    public AliasRepository aliases() { return store.aliases(); }
    public BundleRepository bundles() { return store.bundles(); }
    public LineageRepository lineage() { return store.lineage(); }
    public DraftRepository drafts() { return store.drafts(); }
    public RunRepository runs() { return store.runs(); }
    public SettingsRepository settings() { return store.settings(); }
    /** The run log as monitoring reads it. */
    public dev.playground.engine.monitor.MonitorSource monitorSource() { return store.monitor(); }
    /** Hears of each run as it is recorded (on the recording thread); the returned action stops it. */
    public Runnable onRunRecorded(java.util.function.Consumer<dev.playground.engine.runlog.RunRecord> listener) {
        return store.onRunRecorded(listener);
    }
    /** The saved connections and their policies. */
    public ConnectionRepository connectionRepository() { return store.connections(); }
    /** The MCP servers the person connected (the same table {@code playground mcp} uses). */
    public dev.playground.engine.mcp.McpServers mcpServers() { return store.mcpServers(); }
    /** Traces of runs with tools. */
    public dev.playground.engine.trace.TraceStore traces() { return store.traces(); }
    public ComparisonRepository comparisons() { return store.comparisons(); }
    /** Every study answer with its time (progress and the review schedule are read from it). */
    public dev.playground.store.StudyAnswerRepository studyAnswers() { return store.studyAnswers(); }
    /** The mock exam in progress, kept between sessions. */
    public dev.playground.store.StudyExamDraftRepository studyExamDraft() { return store.studyExamDraft(); }
    /** The data folder (the study handbook is copied into it before it is indexed). */
    public java.nio.file.Path dataDir() { return store.dataDir(); }

    /**
     * Calls {@code onChange} (on a background thread) when someone else changes the library: another person on a team
     * store, or a command in another process. The returned action stops watching.
     */
    public Runnable watchLibrary(Runnable onChange) {
        if (store == null) return () -> {};
        dev.playground.store.LibraryWatch watch = store.libraryWatch().start(dev.playground.store.LibraryWatch.EVERY, onChange);
        return watch::close;
    }

    // ---- engine services ----

    public ModelGateway gateway() { return gateway; }

    private dev.playground.ui.common.ModelCatalog modelCatalog;

    /** The models each connection offers, shared by the pickers of every view. */
    public synchronized dev.playground.ui.common.ModelCatalog modelCatalog() {
        if (modelCatalog == null) modelCatalog = new dev.playground.ui.common.ModelCatalog(gateway, executor);
        return modelCatalog;
    }
    public TemplateRenderer renderer() { return renderer; }
    public TokenCounter tokens() { return tokens; }
    public TaskExecutor executor() { return executor; }
    /** Whose name goes on saved versions and alias moves. */
    public String author() { return author; }
    /** Null when the app runs without document collections. */
    public DocumentCollections documents() { return documents; }
    public PriceBook prices() { return prices; }
    /** Fills {@code {{context}}} from a collection ({@link ContextRetriever#NONE} without document collections). */
    public ContextRetriever retriever() { return retriever; }
    /** Runs comparison cells (with retrieval when there are collections). */
    public ComparisonRunner comparisonRunner() { return comparisons; }
    /** The connections offered on first launch, and a local Ollama if one answers. */
    public ConnectionDiscovery discovery() { return discovery; }
    /** Runs a prompt: retrieval into {@code {{context}}}, render, stream, run log (the same service as {@code playground run}). */
    public PromptRunService promptRuns() { return promptRuns; }
    /** Metrics, judges and the judge connection for comparisons (the same set-up as {@code playground compare}). */
    public ScoringSetup scoring() { return scoring; }
    /** Datasets: list, open, import, export, save a version (the same service as {@code playground dataset …}). */
    public DatasetService datasets() { return datasets; }
    /** Runs suites for the Evaluate view ({@link dev.playground.ui.evaluate.SuiteRuns#UNAVAILABLE} until the root hands one in). */
    public dev.playground.ui.evaluate.SuiteRuns suiteRuns() { return suiteRuns; }

    /** Checks a study lab ({@link dev.playground.ui.study.LabChecker#UNAVAILABLE} until the root hands one in). */
    public dev.playground.ui.study.LabChecker labChecker() { return labChecker; }

    /** The composition root hands in the lab checker (over the app's lab workbench) before the window is built. */
    public UiServices withLabChecker(dev.playground.ui.study.LabChecker checker) {
        this.labChecker = checker == null ? dev.playground.ui.study.LabChecker.UNAVAILABLE : checker;
        return this;
    }

    private dev.playground.engine.local.ModelLibrary modelLibrary;

    /**
     * The local models (Settings > Models): the root hands in the command line's own service (with the offline switch);
     * without one, a library over the data folder's {@code models} folder that may always download.
     */
    public synchronized dev.playground.engine.local.ModelLibrary modelLibrary() {
        if (modelLibrary == null) {
            modelLibrary = new dev.playground.engine.local.ModelLibrary(new dev.playground.engine.connections.ConnectionService(store.connections(), gateway),
                    store.dataDir().resolve("models"), url -> java.util.Optional.empty(), dev.playground.engine.local.MemoryCheck.system(),
                    new dev.playground.engine.local.ModelDownload());
        }
        return modelLibrary;
    }

    /** The composition root hands in the model library before the window is built. */
    public synchronized UiServices withModelLibrary(dev.playground.engine.local.ModelLibrary library) {
        this.modelLibrary = library;
        return this;
    }

    /** The composition root hands in the suite runner (over the engine's service) before the window is built. */
    public UiServices withSuiteRuns(dev.playground.ui.evaluate.SuiteRuns runs) {
        this.suiteRuns = runs == null ? dev.playground.ui.evaluate.SuiteRuns.UNAVAILABLE : runs;
        return this;
    }
}
