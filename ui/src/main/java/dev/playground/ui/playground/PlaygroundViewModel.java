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
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.provider.ConnectionDiscovery;
import dev.playground.store.Draft;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.StreamCoalescer;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.time.Duration;
import java.time.Instant;
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
 * The playground: a system and a user message, variables, a connection with its parameters,
 * Run/Stop, the streamed answer with its figures, Save as a new version, and an autosaved draft.
 */
public final class PlaygroundViewModel {
    public static final String DRAFT_ID = "main";

    private final UiServices services;
    private I18n i18n;

    private final StringProperty systemText = new SimpleStringProperty(this, "systemText", "");
    private final StringProperty userText = new SimpleStringProperty(this, "userText", "");
    private final ObservableList<VariableValue> variables = FXCollections.observableArrayList();
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0.7);
    private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", 1024);
    private final StringProperty promptName = new SimpleStringProperty(this, "promptName", "");

    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);

    private final StreamCoalescer coalescer = new StreamCoalescer(chunk -> output.set(output.get() + chunk));
    private CompletionHandle current;

    public PlaygroundViewModel(UiServices services, I18n i18n) {
        this.services = services;
        this.i18n = i18n;
        systemText.addListener((obs, old, now) -> onTemplateEdited());
        userText.addListener((obs, old, now) -> onTemplateEdited());
        connection.addListener((obs, old, now) -> showConnection(now));
        loadConnections();
    }

    /** Messages from now on use this language. */
    public void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    // ---- connections ----

    private void loadConnections() {
        List<Connection> saved = services.store().connections().all();
        if (saved.isEmpty()) {
            saved = new ConnectionDiscovery(services.gateway().secrets(), ConnectionDiscovery.OLLAMA_DEFAULT).firstLaunchConnections();
            services.store().connections().saveAll(saved);
        }
        connections.setAll(saved);
        connection.set(connections.get(0));
    }

    private void showConnection(Connection selected) {
        if (selected == null) return;
        baseUrl.set(selected.baseUrl());
        apiKeyEnv.set(selected.apiKeyEnv());
        if (!selected.defaultModel().isEmpty() || model.get().isEmpty()) model.set(selected.defaultModel());
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
            updated.set(updated.indexOf(selected), edited);
            connections.setAll(updated);
            connection.set(edited);
            services.executor().run(() -> services.store().connections().saveAll(updated));
        }
        // A key typed in the panel lives only in memory for this session.
        services.gateway().secrets().rememberForSession(edited.id(), apiKey.get());
        return edited;
    }

    // ---- template and variables ----

    private void onTemplateEdited() {
        dirty.set(true);
        refreshVariables();
    }

    private void refreshVariables() {
        Map<String, String> previous = new LinkedHashMap<>();
        variables.forEach(v -> previous.put(v.name(), v.valueProperty().get()));
        List<String> names = TemplateVariables.of(template());
        if (names.equals(variables.stream().map(VariableValue::name).toList())) return;
        variables.setAll(names.stream().map(n -> new VariableValue(n, previous.getOrDefault(n, ""))).toList());
        variables.forEach(v -> v.valueProperty().addListener((obs, old, now) -> dirty.set(true)));
    }

    public PromptTemplate template() {
        return PromptTemplate.systemAndUser(systemText.get(), userText.get());
    }

    private Map<String, String> variableValues() {
        Map<String, String> values = new LinkedHashMap<>();
        variables.forEach(v -> values.put(v.name(), v.valueProperty().get()));
        return values;
    }

    /** Values the user actually gave: a blank field counts as missing, so the run says so. */
    private Map<String, String> filledVariables() {
        Map<String, String> filled = new LinkedHashMap<>(variableValues());
        filled.values().removeIf(String::isBlank);
        return filled;
    }

    public PromptDocument document() {
        Connection selected = connection.get();
        return new PromptDocument(template(), selected == null ? "" : selected.id(), model.get(), settings(), variableValues());
    }

    private ModelSettings settings() {
        return ModelSettings.DEFAULTS.withTemperature(Math.round(temperature.get() * 100) / 100.0).withMaxTokens(maxTokens.get());
    }

    /** Puts a document into the editor (a saved version or the restored draft). */
    public void show(PromptDocument document, String name) {
        systemText.set(document.template().textOf(dev.playground.engine.prompt.Role.SYSTEM));
        userText.set(document.template().textOf(dev.playground.engine.prompt.Role.USER));
        refreshVariables();
        variables.forEach(v -> v.valueProperty().set(document.variables().getOrDefault(v.name(), "")));
        if (!document.connectionId().isEmpty()) selectConnection(document.connectionId());
        if (!document.model().isEmpty()) model.set(document.model());
        if (document.settings().temperature() != null) temperature.set(document.settings().temperature());
        if (document.settings().maxTokens() != null) maxTokens.set(document.settings().maxTokens());
        promptName.set(name == null ? "" : name);
    }

    public void open(PromptVersion version) {
        show(version.document(), version.promptName());
        dirty.set(false);
        autosave();
    }

    public void newPrompt() {
        show(PromptDocument.of(PromptTemplate.systemAndUser("", "")), "");
        output.set("");
        stats.set("");
        status.set("");
        dirty.set(false);
        autosave();
    }

    // ---- run ----

    public void run() {
        if (running.get()) return;
        List<RenderedMessage> messages;
        try {
            messages = services.renderer().render(template(), filledVariables());
        } catch (MissingVariablesException e) {
            fail(i18n.text("playground.error.missingVariables", String.join(", ", e.missing())));
            return;
        } catch (TemplateException e) {
            fail(i18n.text("playground.error.template", e.describe()));
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
        services.executor().run(() -> {
            try {
                CompletionHandle handle = services.gateway().stream(request, new Listener());
                UiThread.run(() -> current = handle);
            } catch (ProviderException e) {
                UiThread.run(() -> finishWithError(e.getMessage()));
            }
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
        return services.executor().submit(() -> services.store().prompts().saveVersion(name.trim(), document, commitMessage, services.author()))
                .whenComplete((version, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        fail(i18n.text("playground.error.save", rootMessage(failure)));
                    } else {
                        promptName.set(version.promptName());
                        dirty.set(false);
                        error.set(false);
                        status.set(i18n.text("playground.status.saved", version.promptName(), version.version()));
                        autosave();
                    }
                }));
    }

    public void autosave() {
        Draft draft = new Draft(DRAFT_ID, promptName.get(), document(), Instant.now());
        services.executor().run(() -> services.store().drafts().save(draft));
    }

    /** Saves the draft on the calling thread: used when the window closes. */
    public void autosaveNow() {
        services.store().drafts().save(new Draft(DRAFT_ID, promptName.get(), document(), Instant.now()));
    }

    public void restoreDraft() {
        services.store().drafts().load(DRAFT_ID).ifPresent(draft -> {
            show(draft.document(), draft.promptName());
            dirty.set(false);
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)) t = t.getCause();
        return t.getMessage();
    }

    // ---- properties ----

    public StringProperty systemTextProperty() { return systemText; }
    public StringProperty userTextProperty() { return userText; }
    public ObservableList<VariableValue> variables() { return variables; }
    public ObservableList<Connection> connections() { return connections; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty apiKeyEnvProperty() { return apiKeyEnv; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty modelProperty() { return model; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public IntegerProperty maxTokensProperty() { return maxTokens; }
    public StringProperty promptNameProperty() { return promptName; }
    public ReadOnlyStringProperty outputProperty() { return output.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statsProperty() { return stats.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanProperty dirtyProperty() { return dirty; }
}
