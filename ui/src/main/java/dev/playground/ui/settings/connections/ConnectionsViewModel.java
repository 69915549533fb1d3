package dev.playground.ui.settings.connections;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.ModelGateway.ConnectionCheck;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.settings.SettingsViewModel;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Connections tab: the saved connections (the same live list the pickers show), a form for the
 * chosen or new one with its timeouts, retries and limits, key entry that goes to the secret store and
 * is never shown back, and "Test connection" in the background.
 */
public final class ConnectionsViewModel {
    private final UiServices services;
    private final ModelGateway gateway;
    private final ObservableList<Connection> connections;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ObjectProperty<Connection> selected = new SimpleObjectProperty<>(this, "selected");
    /** True while the form holds a connection that is not saved yet. */
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ProviderKind> kind = new SimpleObjectProperty<>(this, "kind", ProviderKind.OPENAI_COMPATIBLE);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty apiKeyEnv = new SimpleStringProperty(this, "apiKeyEnv", "");
    private final StringProperty defaultModel = new SimpleStringProperty(this, "defaultModel", "");
    /** A key being typed; cleared once stored, and never filled from the store. */
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty connectTimeout = new SimpleStringProperty(this, "connectTimeout", "");
    private final StringProperty firstTokenTimeout = new SimpleStringProperty(this, "firstTokenTimeout", "");
    private final StringProperty totalTimeout = new SimpleStringProperty(this, "totalTimeout", "");
    private final StringProperty retries = new SimpleStringProperty(this, "retries", "");
    private final StringProperty maxConcurrent = new SimpleStringProperty(this, "maxConcurrent", "");
    private final StringProperty requestsPerMinute = new SimpleStringProperty(this, "requestsPerMinute", "");
    private final BooleanProperty cacheResponses = new SimpleBooleanProperty(this, "cacheResponses", false);

    private final ReadOnlyStringWrapper keyStatus = new ReadOnlyStringWrapper(this, "keyStatus", "");
    private final ReadOnlyBooleanWrapper hasStoredKey = new ReadOnlyBooleanWrapper(this, "hasStoredKey", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing", false);
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper(this, "testResult", "");
    private final ReadOnlyBooleanWrapper testFailed = new ReadOnlyBooleanWrapper(this, "testFailed", false);
    private final ObservableList<String> testModels = FXCollections.observableArrayList();

    /** Form edits after a load mark the form dirty; loading itself does not. */
    private boolean loading;

    public ConnectionsViewModel(SettingsViewModel settings) {
        this.services = settings.services();
        this.gateway = services.gateway();
        this.connections = settings.connections();
        ChangeListener<Object> edited = (obs, old, now) -> {
            if (!loading) dirty.set(true);
        };
        for (var property : List.of(name, kind, baseUrl, apiKeyEnv, defaultModel, apiKey, connectTimeout, firstTokenTimeout, totalTimeout,
                retries, maxConcurrent, requestsPerMinute, cacheResponses)) {
            property.addListener(edited);
        }
        selected.addListener((obs, old, now) -> {
            if (now != null && !creating.get()) load(now);
        });
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        Connection shown = selected.get();
        if (shown != null && !creating.get()) refreshKeyStatus(shown);
    }

    // ---- choosing what to edit ----

    private void load(Connection connection) {
        loading = true;
        try {
            name.set(connection.name());
            kind.set(connection.kind());
            baseUrl.set(connection.baseUrl());
            apiKeyEnv.set(connection.apiKeyEnv());
            defaultModel.set(connection.defaultModel());
            apiKey.set("");
            showPolicy(gateway.policy(connection.id()));
        } finally {
            loading = false;
        }
        dirty.set(false);
        editing.set(true);
        clearTest();
        message.set("");
        error.set(false);
        refreshKeyStatus(connection);
    }

    private void showPolicy(GatewayPolicy policy) {
        connectTimeout.set(seconds(policy.connectTimeout()));
        firstTokenTimeout.set(seconds(policy.firstTokenTimeout()));
        totalTimeout.set(seconds(policy.totalTimeout()));
        retries.set(Integer.toString(policy.maxRetries()));
        maxConcurrent.set(Integer.toString(policy.maxConcurrent()));
        requestsPerMinute.set(Integer.toString(policy.requestsPerMinute()));
        cacheResponses.set(policy.cacheResponses());
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    /** Starts a new, unsaved connection filled in from {@code preset}. */
    public void add(ConnectionPreset preset) {
        creating.set(true);
        selected.set(null);
        loading = true;
        try {
            name.set(uniqueName(preset.defaultName()));
            kind.set(preset.kind());
            baseUrl.set(preset.baseUrl());
            apiKeyEnv.set(preset.apiKeyEnv());
            defaultModel.set(preset.model());
            apiKey.set("");
            showPolicy(GatewayPolicy.DEFAULT);
        } finally {
            loading = false;
        }
        dirty.set(true);
        editing.set(true);
        clearTest();
        error.set(false);
        message.set(i18n.text("connections.message.new"));
        keyStatus.set(describeKeySource(preset.kind(), preset.apiKeyEnv(), false));
        hasStoredKey.set(false);
    }

    /** Puts the form back as saved (or drops the unsaved new connection). */
    public void revert() {
        if (creating.get()) {
            creating.set(false);
            editing.set(false);
            dirty.set(false);
            message.set("");
            if (!connections.isEmpty()) selected.set(connections.get(0));
            return;
        }
        if (selected.get() != null) load(selected.get());
    }

    // ---- saving ----

    /** Validates the form, updates the live list and saves it, the policy and any typed key in the background. */
    public CompletableFuture<Void> save() {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            fail(problem.get());
            return CompletableFuture.completedFuture(null);
        }
        String id = creating.get() ? newId(name.get()) : selected.get().id();
        Connection saved = formConnection(id);
        GatewayPolicy policy = formPolicy();
        List<Connection> updated = new ArrayList<>(connections);
        int index = indexOf(id);
        if (index >= 0) updated.set(index, saved);
        else updated.add(saved);
        String typedKey = apiKey.get().trim();
        loading = true;
        apiKey.set("");
        loading = false;
        gateway.setPolicy(id, policy);
        Map<String, GatewayPolicy> policies = currentPolicies(updated);

        connections.setAll(updated);
        creating.set(false);
        selected.set(saved);
        dirty.set(false);
        message.set(i18n.text("connections.message.saving"));
        error.set(false);
        return services.executor().run(() -> {
            services.store().connections().saveAll(updated);
            services.store().connections().savePolicies(policies);
            if (!typedKey.isEmpty()) gateway.secrets().store(id, typedKey);
        }).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) {
                fail(i18n.text("connections.error.save", safeMessage(failure)));
                return;
            }
            message.set(i18n.text("connections.message.saved", saved.name()));
            if (saved.id().equals(Optional.ofNullable(selected.get()).map(Connection::id).orElse(""))) refreshKeyStatus(saved);
        }));
    }

    /** Removes the chosen connection, its policy and its stored key. The view asks first. */
    public CompletableFuture<Void> remove() {
        Connection gone = selected.get();
        if (gone == null || creating.get()) return CompletableFuture.completedFuture(null);
        List<Connection> updated = new ArrayList<>(connections);
        updated.removeIf(c -> c.id().equals(gone.id()));
        Map<String, GatewayPolicy> policies = currentPolicies(updated);
        connections.setAll(updated);
        editing.set(false);
        dirty.set(false);
        selected.set(updated.isEmpty() ? null : updated.get(0));
        if (updated.isEmpty()) editing.set(false);
        message.set(i18n.text("connections.message.removed", gone.name()));
        error.set(false);
        return services.executor().run(() -> {
            services.store().connections().saveAll(updated);
            services.store().connections().savePolicies(policies);
            if (gateway.secrets().hasStoredKey(gone.id())) gateway.secrets().store(gone.id(), "");
        }).whenComplete((ok, failure) -> {
            if (failure != null) UiThread.run(() -> fail(i18n.text("connections.error.save", safeMessage(failure))));
        });
    }

    /** Deletes the key stored for the chosen connection. */
    public void forgetStoredKey() {
        Connection shown = selected.get();
        if (shown == null || creating.get()) return;
        services.executor().run(() -> gateway.secrets().store(shown.id(), "")).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) fail(i18n.text("connections.error.save", safeMessage(failure)));
            else message.set(i18n.text("connections.message.keyForgotten", shown.name()));
            refreshKeyStatus(shown);
        }));
    }

    private Map<String, GatewayPolicy> currentPolicies(List<Connection> kept) {
        Map<String, GatewayPolicy> policies = new LinkedHashMap<>();
        for (Connection each : kept) {
            GatewayPolicy policy = gateway.policy(each.id());
            if (!policy.equals(GatewayPolicy.DEFAULT)) policies.put(each.id(), policy);
        }
        return policies;
    }

    private Optional<String> validate() {
        if (name.get().isBlank()) return Optional.of(i18n.text("connections.error.name"));
        String duplicate = name.get().trim();
        boolean taken = connections.stream().anyMatch(c -> c.name().equalsIgnoreCase(duplicate)
                && (creating.get() || selected.get() == null || !c.id().equals(selected.get().id())));
        if (taken) return Optional.of(i18n.text("connections.error.nameTaken", duplicate));
        String url = baseUrl.get().trim();
        if (url.isEmpty() && kind.get() == ProviderKind.OPENAI_COMPATIBLE) return Optional.of(i18n.text("connections.error.baseUrlRequired"));
        if (!url.isEmpty() && !isHttpUrl(url) && kind.get() != ProviderKind.DATABRICKS) return Optional.of(i18n.text("connections.error.baseUrl", url));
        if (!apiKeyEnv.get().isBlank() && !apiKeyEnv.get().trim().matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return Optional.of(i18n.text("connections.error.env", apiKeyEnv.get().trim()));
        }
        if (apiKey.get().trim().contains(" ")) return Optional.of(i18n.text("connections.error.keySpaces"));
        return checkNumber(connectTimeout, "connections.connectTimeout", 0.1, 600, false)
                .or(() -> checkNumber(firstTokenTimeout, "connections.firstTokenTimeout", 0.1, 3600, false))
                .or(() -> checkNumber(totalTimeout, "connections.totalTimeout", 0.1, 86_400, false))
                .or(() -> checkNumber(retries, "connections.retries", 0, 20, true))
                .or(() -> checkNumber(maxConcurrent, "connections.maxConcurrent", 1, 1000, true))
                .or(() -> checkNumber(requestsPerMinute, "connections.requestsPerMinute", 0, 100_000, true));
    }

    private Optional<String> checkNumber(StringProperty field, String labelKey, double min, double max, boolean whole) {
        String text = field.get().trim().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max && (!whole || value == Math.rint(value))) return Optional.empty();
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        String range = whole ? (long) min + "–" + (long) max : min + "–" + (long) max;
        return Optional.of(i18n.text("connections.error.number", i18n.text(labelKey), field.get().trim(), range));
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Connection formConnection(String id) {
        return new Connection(id, name.get().trim(), kind.get(), baseUrl.get().trim(), apiKeyEnv.get().trim(), defaultModel.get().trim());
    }

    private GatewayPolicy formPolicy() {
        GatewayPolicy base = GatewayPolicy.DEFAULT;
        return base.withTimeouts(duration(connectTimeout), duration(firstTokenTimeout), duration(totalTimeout))
                .withRetries(whole(retries), base.initialBackoff(), base.maxBackoff())
                .withLimits(whole(maxConcurrent), whole(requestsPerMinute))
                .withCache(cacheResponses.get());
    }

    private static Duration duration(StringProperty seconds) {
        return Duration.ofMillis(Math.round(Double.parseDouble(seconds.get().trim().replace(',', '.')) * 1000));
    }

    private static int whole(StringProperty number) {
        return (int) Double.parseDouble(number.get().trim().replace(',', '.'));
    }

    private int indexOf(String id) {
        for (int i = 0; i < connections.size(); i++) {
            if (connections.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    private String newId(String forName) {
        String base = forName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) base = "connection";
        String id = base;
        for (int n = 2; indexOf(id) >= 0; n++) id = base + "-" + n;
        return id;
    }

    private String uniqueName(String wanted) {
        String candidate = wanted;
        for (int n = 2; nameTaken(candidate); n++) candidate = wanted + " " + n;
        return candidate;
    }

    private boolean nameTaken(String candidate) {
        return connections.stream().anyMatch(c -> c.name().equalsIgnoreCase(candidate));
    }

    // ---- keys ----

    private void refreshKeyStatus(Connection connection) {
        // Asking the keychain can take a moment (or a second to give up): never on the FX thread.
        services.executor().submit(() -> gateway.secrets().hasStoredKey(connection.id())).whenComplete((stored, failure) -> UiThread.run(() -> {
            Connection shown = selected.get();
            if (creating.get() || shown == null || !shown.id().equals(connection.id())) return;
            boolean hasKey = failure == null && Boolean.TRUE.equals(stored);
            hasStoredKey.set(hasKey);
            keyStatus.set(describeKeySource(connection.kind(), connection.apiKeyEnv(), hasKey));
        }));
    }

    /** Where the key will come from, in the order the gateway looks: environment variable, then the stored key. */
    private String describeKeySource(ProviderKind forKind, String envName, boolean stored) {
        if (forKind == ProviderKind.DRY_RUN) return i18n.text("connections.key.notNeeded");
        if (!envName.isBlank() && gateway.secrets().hasEnvironmentVariable(envName)) return i18n.text("connections.key.fromEnv", envName);
        if (stored) {
            boolean file = gateway.secrets().storeDescription().map(d -> d.startsWith("encrypted file")).orElse(false);
            return i18n.text(file ? "connections.key.storedFile" : "connections.key.storedKeychain");
        }
        boolean required = switch (forKind) {
            case OPENAI, ANTHROPIC, GEMINI, DATABRICKS -> true;
            default -> false;
        };
        if (!envName.isBlank()) return i18n.text(required ? "connections.key.envUnset" : "connections.key.envUnsetOptional", envName);
        return i18n.text(required ? "connections.key.none" : "connections.key.optional");
    }

    // ---- test connection ----

    /** Lists the server's models with the form as it is now (saved or not), in the background. */
    public void testConnection() {
        Optional<String> problem = validate();
        if (problem.isPresent()) {
            fail(problem.get());
            return;
        }
        String id = creating.get() || selected.get() == null ? newId(name.get()) : selected.get().id();
        String typedKey = apiKey.get().trim();
        Connection draft = formConnection(id);
        // A typed key is tried under a throw-away id, so it is neither stored nor left in use for runs.
        Connection probe = typedKey.isEmpty() ? draft
                : new Connection("settings-test:" + id, draft.name(), draft.kind(), draft.baseUrl(), draft.apiKeyEnv(), draft.defaultModel());
        if (!typedKey.isEmpty()) gateway.secrets().rememberForSession(probe.id(), typedKey);
        testing.set(true);
        testFailed.set(false);
        testModels.clear();
        testResult.set(i18n.text("connections.test.running", draft.name()));
        services.executor().submit(() -> gateway.testConnection(probe)).whenComplete((check, failure) -> {
            if (!typedKey.isEmpty()) gateway.secrets().rememberForSession(probe.id(), null);
            UiThread.run(() -> showTest(draft, check, failure));
        });
    }

    private void showTest(Connection tested, ConnectionCheck check, Throwable failure) {
        testing.set(false);
        if (failure != null) {
            testFailed.set(true);
            testResult.set(describeFailure(tested, failure));
            return;
        }
        testFailed.set(false);
        testModels.setAll(check.models());
        testResult.set(i18n.text("connections.test.ok", check.latency().toMillis(), check.models().size()));
    }

    private String describeFailure(Connection tested, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) cause = cause.getCause();
        if (!(cause instanceof ProviderException provider)) return i18n.text("connections.test.failed", safeMessage(cause));
        String detail = gateway.secrets().redact(provider.getMessage());
        return switch (provider.kind()) {
            case AUTHENTICATION -> i18n.text("connections.test.auth", provider.httpStatus());
            case RATE_LIMITED -> i18n.text("connections.test.rateLimited");
            case NETWORK -> i18n.text("connections.test.unreachable", tested.baseUrl().isEmpty() ? tested.name() : tested.baseUrl());
            case TIMEOUT -> i18n.text("connections.test.timeout");
            case CONFIGURATION -> i18n.text("connections.test.noKey");
            default -> i18n.text("connections.test.failed", detail);
        };
    }

    private void clearTest() {
        testResult.set("");
        testFailed.set(false);
        testModels.clear();
    }

    private void fail(String text) {
        error.set(true);
        message.set(text);
    }

    private String safeMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)) t = t.getCause();
        return gateway.secrets().redact(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    // ---- properties ----

    public ObservableList<Connection> connections() { return connections; }
    public ObjectProperty<Connection> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty creatingProperty() { return creating.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public BooleanProperty dirtyProperty() { return dirty; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<ProviderKind> kindProperty() { return kind; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty apiKeyEnvProperty() { return apiKeyEnv; }
    public StringProperty defaultModelProperty() { return defaultModel; }
    public StringProperty apiKeyProperty() { return apiKey; }
    public StringProperty connectTimeoutProperty() { return connectTimeout; }
    public StringProperty firstTokenTimeoutProperty() { return firstTokenTimeout; }
    public StringProperty totalTimeoutProperty() { return totalTimeout; }
    public StringProperty retriesProperty() { return retries; }
    public StringProperty maxConcurrentProperty() { return maxConcurrent; }
    public StringProperty requestsPerMinuteProperty() { return requestsPerMinute; }
    public BooleanProperty cacheResponsesProperty() { return cacheResponses; }
    public ReadOnlyStringProperty keyStatusProperty() { return keyStatus.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasStoredKeyProperty() { return hasStoredKey.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testFailedProperty() { return testFailed.getReadOnlyProperty(); }
    public ObservableList<String> testModels() { return testModels; }
}
