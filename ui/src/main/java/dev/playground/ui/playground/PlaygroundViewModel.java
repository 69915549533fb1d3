package dev.playground.ui.playground;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.provider.ConnectionDiscovery;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.StreamCoalescer;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.documents.RunSourcesViewModel;
import dev.playground.ui.editor.PromptAnalyzer;
import dev.playground.ui.editor.PromptEditorViewModel;
import dev.playground.ui.main.UiServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The playground: the prompt editor (messages, variables, preview), a connection with its parameters,
 * Run/Stop, the streamed answer with its figures, Save as a new version, and an autosaved draft.
 */
public final class PlaygroundViewModel {
    public static final String DRAFT_ID = "main";

    private final UiServices services;
    private I18n i18n;

    private final PromptEditorViewModel editor;
    private RetrievalSettings retrieval = RetrievalSettings.OFF;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0.7);
    private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", 1024);
    private final AdvancedParameters parameters;
    private final StringProperty promptName = new SimpleStringProperty(this, "promptName", "");

    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);

    private final StreamCoalescer coalescer = new StreamCoalescer(chunk -> output.set(output.get() + chunk));
    private CompletionHandle current;
    private final RunSourcesViewModel sources;
    private final PlaygroundDraft draft;
    /** Completes once the connections and the draft are loaded: true when the draft was left by a crash. */
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();

    public PlaygroundViewModel(UiServices services, I18n i18n) {
        this.services = services;
        this.i18n = i18n;
        this.sources = services.documents() == null ? null : new RunSourcesViewModel(services.documents(), services.retriever(), services.executor());
        this.parameters = new AdvancedParameters(i18n);
        editor = new PromptEditorViewModel(services.executor(), new PromptAnalyzer(services.renderer(), services.tokens(), services.prices()::current), i18n);
        // The Prices pane saves on a background thread; the cost and context bar follow on the FX thread.
        services.prices().onSaved(table -> UiThread.run(editor::refreshAnalysis));
        draft = new PlaygroundDraft(this, services, failure -> fail(i18n.text("playground.error.autosave", rootMessage(failure))));
        editor.setOnEdited(() -> {
            dirty.set(true);
            draft.changed();
        });
        editor.modelProperty().bindBidirectional(model);
        editor.maxOutputTokensProperty().bind(maxTokens);
        connection.addListener((obs, old, now) -> {
            if (old != null && now != null && old.id().equals(now.id())) refreshConnection(old, now);
            else showConnection(now);
            editor.providerProperty().set(priceProvider(now));
            parameters.showSupportOf(now == null ? null : now.kind());
        });
        // Connections edited or removed in Settings: follow the fresh copy, or fall back to the first.
        connections.addListener((javafx.collections.ListChangeListener<Connection>) change -> followConnections());
        if (sources != null) {
            editor.variables().addListener((javafx.collections.ListChangeListener<dev.playground.ui.editor.VariableEntry>) change ->
                    sources.setVariables(editor.variables().stream().map(dev.playground.ui.editor.VariableEntry::name)
                            .filter(n -> !TemplateVariables.isReserved(n)).toList()));
        }
        draft.watch();
        start();
    }

    /** Messages from now on use this language. */
    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        editor.setI18n(i18n);
        parameters.setI18n(i18n);
        parameters.showSupportOf(connection.get() == null ? null : connection.get().kind());
    }

    /**
     * The provider name the price table uses. Servers that only speak OpenAI's protocol, and a dry
     * run (which shows what the chosen model would cost), match the model under any provider.
     */
    private static String priceProvider(Connection selected) {
        if (selected == null) return "";
        return switch (selected.kind()) {
            case OPENAI_COMPATIBLE, DATABRICKS, DRY_RUN -> "";
            default -> selected.kind().cliName();
        };
    }

    // ---- connections ----

    private record Loaded(List<Connection> connections, boolean firstLaunch, ConnectionDiscovery discovery,
                          java.util.Optional<PlaygroundDraft.Found> draft) {}

    /** Connections, their policies and the draft are read off the FX thread; the panel fills in when they arrive. */
    private void start() {
        String loading = i18n.text("playground.status.loading");
        status.set(loading);
        services.executor().submit(() -> {
            services.connectionRepository().policies().forEach(services.gateway()::setPolicy);
            List<Connection> saved = services.connectionRepository().all();
            boolean firstLaunch = saved.isEmpty();
            ConnectionDiscovery discovery = services.discovery();
            if (firstLaunch) {
                saved = discovery.withoutProbing();
                services.connectionRepository().saveAll(saved);
            }
            return new Loaded(saved, firstLaunch, discovery, PlaygroundDraft.find(services.drafts()));
        }).whenComplete((loaded, failure) -> UiThread.run(() -> {
            if (status.get().equals(loading)) status.set("");
            if (failure != null) {
                fail(i18n.text("playground.error.load", rootMessage(failure)));
                started.complete(false);
                return;
            }
            boolean recovered = loaded.draft().isPresent() && loaded.draft().get().interrupted() && !dirty.get();
            draft.quietly(() -> {
                connections.setAll(loaded.connections());
                if (connection.get() == null && !connections.isEmpty()) connection.set(connections.get(0));
                // Something typed before the draft arrived wins over it.
                if (!dirty.get()) loaded.draft().ifPresent(found -> show(found.draft().document(), found.draft().promptName()));
            });
            if (loaded.firstLaunch()) offerLocalOllama(loaded.discovery());
            started.complete(recovered);
        }));
    }

    /** Completes on the FX thread once connections and draft are loaded; true when the draft was recovered after a crash. */
    public CompletableFuture<Boolean> started() {
        return started;
    }

    /** Asking a local Ollama takes up to a second: done off the FX thread, the connection added when it answers. */
    private void offerLocalOllama(ConnectionDiscovery discovery) {
        services.executor().submit(discovery::localOllama).thenAccept(found -> found.ifPresent(ollama -> UiThread.run(() -> {
            if (connections.stream().anyMatch(c -> c.id().equals(ollama.id()))) return;
            connections.add(ollama);
            List<Connection> updated = List.copyOf(connections);
            services.executor().run(() -> services.connectionRepository().saveAll(updated));
        })));
    }

    private void showConnection(Connection selected) {
        if (selected == null) return;
        baseUrl.set(selected.baseUrl());
        apiKeyEnv.set(selected.apiKeyEnv());
        if (!selected.defaultModel().isEmpty() || model.get().isEmpty()) model.set(selected.defaultModel());
    }

    /** The same connection edited elsewhere: take its address and key variable; keep the model unless its default changed. */
    private void refreshConnection(Connection before, Connection after) {
        baseUrl.set(after.baseUrl());
        apiKeyEnv.set(after.apiKeyEnv());
        if (!after.defaultModel().isEmpty() && !after.defaultModel().equals(before.defaultModel())) model.set(after.defaultModel());
    }

    private void followConnections() {
        Connection current = connection.get();
        Connection fresh = current == null ? null : connections.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(null);
        if (fresh == null) connection.set(connections.isEmpty() ? null : connections.get(0));
        else if (fresh != current) connection.set(fresh);
    }

    public void selectConnection(String id) {
        connections.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(connection::set);
    }

    /** The chosen connection with the base URL and key variable as edited in the panel. */
    private Connection effectiveConnection() {
        Connection selected = connection.get() == null ? Connection.dryRun() : connection.get();
        if (selected.kind() == ProviderKind.DRY_RUN) return selected;
        Connection edited = new Connection(selected.id(), selected.name(), selected.kind(), baseUrl.get(), apiKeyEnv.get(), model.get());
        if (!edited.equals(selected)) {
            List<Connection> updated = new ArrayList<>(connections);
            int index = updated.indexOf(selected);
            if (index >= 0) updated.set(index, edited);
            else updated.add(edited);
            connections.setAll(updated);
            connection.set(edited);
            services.executor().run(() -> services.connectionRepository().saveAll(updated));
        }
        // A key typed in the panel lives only in memory for this session.
        services.gateway().secrets().rememberForSession(edited.id(), apiKey.get());
        return edited;
    }

    // ---- template and variables ----

    public PromptEditorViewModel editor() {
        return editor;
    }

    public PromptTemplate template() {
        return editor.template();
    }

    /** Values the user actually gave: a blank field counts as missing, so the run says so. */
    private Map<String, String> filledVariables() {
        Map<String, String> filled = new LinkedHashMap<>(editor.values());
        filled.values().removeIf(String::isBlank);
        return filled;
    }

    public PromptDocument document() {
        Connection selected = connection.get();
        return new PromptDocument(template(), selected == null ? "" : selected.id(), model.get(), settings(), editor.values(),
                editor.testInputs(), sources == null ? retrieval : sources.settings());
    }

    private ModelSettings settings() {
        return parameters.applyTo(ModelSettings.DEFAULTS.withTemperature(Math.round(temperature.get() * 100) / 100.0).withMaxTokens(maxTokens.get()));
    }

    /** Puts a document into the editor (a saved version or the restored draft). */
    public void show(PromptDocument document, String name) {
        editor.load(document);
        retrieval = document.retrieval();
        if (!document.connectionId().isEmpty()) selectConnection(document.connectionId());
        if (!document.model().isEmpty()) model.set(document.model());
        if (document.settings().temperature() != null) temperature.set(document.settings().temperature());
        if (document.settings().maxTokens() != null) maxTokens.set(document.settings().maxTokens());
        parameters.load(document.settings());
        promptName.set(name == null ? "" : name);
        if (sources != null) sources.show(document.retrieval());
    }

    public void open(PromptVersion version) {
        draft.quietly(() -> show(version.document(), version.promptName()));
        dirty.set(false);
        draft.save();
    }

    public void newPrompt() {
        draft.quietly(() -> show(PromptDocument.of(PromptTemplate.systemAndUser("", "")), ""));
        output.set("");
        stats.set("");
        status.set("");
        dirty.set(false);
        draft.save();
    }

    // ---- run ----

    public void run() {
        if (running.get()) return;
        RetrievalSettings chosen = sources == null ? RetrievalSettings.OFF : sources.settings();
        if (!chosen.enabled()) {
            send(filledVariables());
            return;
        }
        // Retrieval searches an index and embeds the query: off the FX thread, then render and send.
        Map<String, String> values = filledVariables();
        String fallbackQuery = userMessageWithoutContext(values);
        running.set(true);
        error.set(false);
        status.set(i18n.text("sources.status.retrieving"));
        services.executor().submit(() -> sources.retrieve(chosen, values, fallbackQuery)).whenComplete((context, failure) -> UiThread.run(() -> {
            running.set(false);
            if (failure != null) {
                fail(i18n.text("sources.error.retrieve", rootMessage(failure)));
                return;
            }
            sources.showUsed(context);
            Map<String, String> withContext = new LinkedHashMap<>(values);
            withContext.put(TemplateVariables.CONTEXT, context.text());
            send(withContext);
        }));
    }

    /** The default query: the user messages as rendered without the retrieved passages. */
    private String userMessageWithoutContext(Map<String, String> values) {
        Map<String, String> withEmptyContext = new LinkedHashMap<>(values);
        withEmptyContext.put(TemplateVariables.CONTEXT, "");
        String userText = template().textOf(dev.playground.engine.prompt.Role.USER);
        try {
            return services.renderer().render(PromptTemplate.systemAndUser("", userText), withEmptyContext).stream()
                    .map(RenderedMessage::text).reduce("", (a, b) -> a + b).strip();
        } catch (TemplateException e) {
            return userText;
        }
    }

    private void send(Map<String, String> values) {
        var unreadable = parameters.problem();
        if (unreadable.isPresent()) {
            fail(unreadable.get());
            return;
        }
        List<RenderedMessage> messages;
        try {
            // Blank messages (an empty system block, say) are not sent: chat APIs refuse them.
            messages = services.renderer().render(template(), values).stream().filter(m -> !m.text().isBlank()).toList();
        } catch (MissingVariablesException e) {
            fail(i18n.text("playground.error.missingVariables", String.join(", ", e.missing())));
            return;
        } catch (TemplateException e) {
            fail(i18n.text("playground.error.template", e.problem() == null ? e.describe()
                    : i18n.text("editor.problem.where", e.messageIndex() + 1, dev.playground.ui.editor.ProblemText.describe(e.problem(), i18n))));
            return;
        }
        if (messages.stream().allMatch(m -> m.text().isBlank())) {
            fail(i18n.text("playground.error.empty"));
            return;
        }
        CompletionRequest request;
        try {
            request = new CompletionRequest(effectiveConnection(), model.get(), settings(), messages);
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return;
        }
        output.set("");
        stats.set("");
        error.set(false);
        status.set(i18n.text("playground.status.running", request.connection().name()));
        running.set(true);
        coalescer.start();
        String logName = promptName.get();
        services.executor().run(() -> {
            try {
                // The run log files the call under the prompt's name (empty for an unsaved draft).
                CompletionHandle handle = services.gateway().stream(request, new Listener(), logName);
                UiThread.run(() -> current = handle);
            } catch (ProviderException e) {
                UiThread.run(() -> finishWithError(e.getMessage()));
            }
        }).whenComplete((ok, failure) -> {
            // Anything unexpected must end the run visibly, not leave it "running" for ever.
            if (failure != null) UiThread.run(() -> finishWithError(rootMessage(failure)));
        });
    }

    public void stop() {
        if (current != null) current.cancel();
    }

    private void fail(String message) {
        error.set(true);
        status.set(message);
    }

    private void finishWithError(String message) {
        coalescer.stop();
        running.set(false);
        current = null;
        fail(message);
    }

    private final class Listener implements CompletionListener {
        @Override
        public void onToken(String token) {
            coalescer.append(token);
        }

        @Override
        public void onComplete(CompletionResult result) {
            UiThread.run(() -> {
                coalescer.stop();
                // The provider's final text wins: it is exactly what the model returned.
                output.set(result.text());
                if (sources != null) sources.setAnswer(result.text());
                stats.set(describe(result));
                status.set(i18n.text("playground.status.done"));
                running.set(false);
                current = null;
            });
        }

        @Override
        public void onError(ProviderException failure, CompletionResult partial) {
            UiThread.run(() -> {
                coalescer.stop();
                output.set(partial.text());
                stats.set(describe(partial));
                String reason = failure.kind() == ProviderException.Kind.CANCELLED ? i18n.text("playground.status.stopped") : failure.getMessage();
                finishWithError(partial.text().isEmpty() ? reason : i18n.text("playground.status.incomplete", reason));
            });
        }
    }

    private String describe(CompletionResult result) {
        String usage = result.usage() == null ? "" : i18n.text(result.usage().reported() ? "playground.stats.tokens" : "playground.stats.tokensCounted",
                result.usage().inputTokens(), result.usage().outputTokens());
        return i18n.text("playground.stats", millis(result.latency()), millis(result.timeToFirstToken()), usage);
    }

    private static String millis(Duration duration) {
        return duration == null ? "–" : duration.toMillis() + " ms";
    }

    // ---- save and autosave ----

    /** Saves the editor as the next version of {@code name}; completes with the new version. */
    public CompletableFuture<PromptVersion> save(String name, String commitMessage) {
        PromptDocument document = document();
        return services.executor().submit(() -> services.prompts().saveVersion(name.trim(), document, commitMessage, services.author()))
                .whenComplete((version, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        fail(i18n.text("playground.error.save", rootMessage(failure)));
                    } else {
                        promptName.set(version.promptName());
                        dirty.set(false);
                        error.set(false);
                        status.set(i18n.text("playground.status.saved", version.promptName(), version.version()));
                        draft.save();
                    }
                }));
    }

    /** Writes the draft now, off the FX thread; completes once it is on disk (the window waits for it when closing). */
    public CompletableFuture<Void> saveDraft() {
        return draft.save();
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)) t = t.getCause();
        return t.getMessage();
    }

    // ---- properties ----

    public ObservableList<Connection> connections() { return connections; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty apiKeyEnvProperty() { return apiKeyEnv; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty modelProperty() { return model; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public IntegerProperty maxTokensProperty() { return maxTokens; }
    public AdvancedParameters parameters() { return parameters; }
    public StringProperty promptNameProperty() { return promptName; }
    public ReadOnlyStringProperty outputProperty() { return output.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statsProperty() { return stats.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Null when the app runs without document collections. */
    public RunSourcesViewModel sources() { return sources; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanProperty dirtyProperty() { return dirty; }
}
