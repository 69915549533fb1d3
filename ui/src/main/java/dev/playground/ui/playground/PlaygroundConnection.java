package dev.playground.ui.playground;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.provider.ConnectionDiscovery;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.ConnectionRepository;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The playground's connection panel: which saved connection runs the prompt (the live list the
 * pickers share), its address, key variable and a key typed for this session, the model and the
 * parameters, basic and advanced.
 */
public final class PlaygroundConnection {
    private final ConnectionRepository repository;
    private final ModelGateway gateway;
    private final TaskExecutor executor;
    private final ConnectionDiscovery discovery;

    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final DoubleProperty temperature = new SimpleDoubleProperty(this, "temperature", 0.7);
    private final IntegerProperty maxTokens = new SimpleIntegerProperty(this, "maxTokens", 1024);
    private final AdvancedParameters parameters;
    private final javafx.beans.binding.BooleanBinding overridden = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
        Connection selected = connection.get();
        return selected != null && selected.kind() != ProviderKind.DRY_RUN
                && (!selected.baseUrl().equals(baseUrl.get()) || !selected.apiKeyEnv().equals(apiKeyEnv.get()));
    }, connection, baseUrl, apiKeyEnv);

    /** What start-up read: the saved connections (or the first-launch set, then saved) and whether this is the first launch. */
    record Saved(List<Connection> connections, boolean firstLaunch) {}

    public PlaygroundConnection(ConnectionRepository repository, ModelGateway gateway, TaskExecutor executor, ConnectionDiscovery discovery,
                                I18n i18n) {
        this.repository = repository;
        this.gateway = gateway;
        this.executor = executor;
        this.discovery = discovery;
        this.parameters = new AdvancedParameters(i18n);
        connection.addListener((obs, old, now) -> {
            if (old != null && now != null && old.id().equals(now.id())) refresh(old, now);
            else show(now);
            parameters.showSupportOf(now == null ? null : now.kind());
        });
        // Connections edited or removed in Settings: follow the fresh copy, or fall back to the first.
        connections.addListener((ListChangeListener<Connection>) change -> follow());
    }

    void setI18n(I18n i18n) {
        parameters.setI18n(i18n);
        parameters.showSupportOf(connection.get() == null ? null : connection.get().kind());
    }

    /** Reads the saved connections and hands their policies to the gateway. Off the FX thread. */
    Saved load() {
        repository.policies().forEach(gateway::setPolicy);
        repository.guardPolicies().forEach(gateway::setGuardPolicy);
        List<Connection> saved = repository.all();
        if (!saved.isEmpty()) return new Saved(saved, false);
        List<Connection> first = discovery.withoutProbing();
        repository.saveAll(first);
        return new Saved(first, true);
    }

    /** On the FX thread, with what {@link #load()} read. */
    void show(Saved saved) {
        connections.setAll(saved.connections());
        if (connection.get() == null && !connections.isEmpty()) connection.set(connections.get(0));
        if (saved.firstLaunch()) offerLocalOllama();
    }

    /** Asking a local Ollama takes up to a second: done off the FX thread, the connection added when it answers. */
    private void offerLocalOllama() {
        executor.submit(discovery::localOllama).thenAccept(found -> found.ifPresent(ollama -> UiThread.run(() -> {
            if (connections.stream().anyMatch(c -> c.id().equals(ollama.id()))) return;
            connections.add(ollama);
            List<Connection> updated = List.copyOf(connections);
            executor.run(() -> repository.saveAll(updated));
        })));
    }

    private void show(Connection selected) {
        if (selected == null) return;
        baseUrl.set(selected.baseUrl());
        apiKeyEnv.set(selected.apiKeyEnv());
        if (!selected.defaultModel().isEmpty() || model.get().isEmpty()) model.set(selected.defaultModel());
    }

    /** The same connection edited elsewhere: take its address and key variable; keep the model unless its default changed. */
    private void refresh(Connection before, Connection after) {
        baseUrl.set(after.baseUrl());
        apiKeyEnv.set(after.apiKeyEnv());
        if (!after.defaultModel().isEmpty() && !after.defaultModel().equals(before.defaultModel())) model.set(after.defaultModel());
    }

    private void follow() {
        Connection current = connection.get();
        Connection fresh = current == null ? null : connections.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(null);
        if (fresh == null) connection.set(connections.isEmpty() ? null : connections.get(0));
        else if (fresh != current) connection.set(fresh);
    }

    public void select(String id) {
        connections.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(connection::set);
    }

    /**
     * The chosen connection with the address and key variable as edited in the panel. The edits are
     * this window's overrides for its runs: the saved connection changes only in Settings. A typed key
     * is handed to the gateway for this session only.
     */
    Connection effective() {
        Connection selected = connection.get() == null ? Connection.dryRun() : connection.get();
        if (selected.kind() == ProviderKind.DRY_RUN) return selected;
        Connection edited = new Connection(selected.id(), selected.name(), selected.kind(), baseUrl.get(), apiKeyEnv.get(), model.get());
        gateway.secrets().rememberForSession(edited.id(), apiKey.get());
        return edited;
    }

    /** True while the address or key variable differs from the saved connection's. */
    public javafx.beans.binding.BooleanBinding overriddenProperty() {
        return overridden;
    }

    /** Takes a draft's own address and key variable, when the draft's connection is the one chosen. */
    void override(PlaygroundDraft.Endpoint endpoint) {
        Connection selected = connection.get();
        if (selected == null || !selected.id().equals(endpoint.connectionId()) || selected.kind() == ProviderKind.DRY_RUN) return;
        baseUrl.set(endpoint.baseUrl());
        apiKeyEnv.set(endpoint.apiKeyEnv());
    }

    /** Puts the saved connection's address and key variable back. */
    public void useSaved() {
        Connection selected = connection.get();
        if (selected == null) return;
        baseUrl.set(selected.baseUrl());
        apiKeyEnv.set(selected.apiKeyEnv());
    }

    /** The parameters as set in the panel (temperature to two decimals). */
    ModelSettings settings() {
        return parameters.applyTo(ModelSettings.DEFAULTS.withTemperature(Math.round(temperature.get() * 100) / 100.0).withMaxTokens(maxTokens.get()));
    }

    /** Takes a saved document's connection, model and parameters (what it leaves empty stays as it is). */
    void show(PromptDocument document) {
        if (!document.connectionId().isEmpty()) select(document.connectionId());
        if (!document.model().isEmpty()) model.set(document.model());
        if (document.settings().temperature() != null) temperature.set(document.settings().temperature());
        if (document.settings().maxTokens() != null) maxTokens.set(document.settings().maxTokens());
        parameters.load(document.settings());
    }

    String connectionId() {
        return connection.get() == null ? "" : connection.get().id();
    }

    public ObservableList<Connection> connections() { return connections; }
    public ObjectProperty<Connection> connectionProperty() { return connection; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty apiKeyEnvProperty() { return apiKeyEnv; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty modelProperty() { return model; }
    public DoubleProperty temperatureProperty() { return temperature; }
    public IntegerProperty maxTokensProperty() { return maxTokens; }
    public AdvancedParameters parameters() { return parameters; }
}
