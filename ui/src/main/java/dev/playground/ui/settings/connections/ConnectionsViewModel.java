package dev.playground.ui.settings.connections;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.ConnectionRepository;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The Connections tab: the saved connections (the same live list the pickers show) and what is
 * done to them (choose, add from a preset, save, revert, remove). The form, the keys and "Test
 * connection" are their own pieces: {@link ConnectionForm}, {@link ConnectionKeys}, {@link ConnectionTester}.
 */
public final class ConnectionsViewModel {
    private final ObservableList<Connection> connections;
    private final ConnectionRepository repository;
    private final ModelGateway gateway;
    private final TaskExecutor executor;
    private final ConnectionForm form = new ConnectionForm();
    private final ConnectionKeys keys;
    private final ConnectionTester tester;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ObjectProperty<Connection> selected = new SimpleObjectProperty<>(this, "selected");
    /** True while the form holds a connection that is not saved yet. */
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating", false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);

    /**
     * @param connections the live list behind the Playground and Compare pickers; edits show there at once
     * @param gateway     holds each connection's policy in memory and tests connections; its secrets hold the keys
     */
    public ConnectionsViewModel(ObservableList<Connection> connections, ConnectionRepository repository, ModelGateway gateway,
                                TaskExecutor executor) {
        this.connections = connections;
        this.repository = repository;
        this.gateway = gateway;
        this.executor = executor;
        this.keys = new ConnectionKeys(gateway.secrets(), executor);
        this.tester = new ConnectionTester(gateway, executor);
        selected.addListener((obs, old, now) -> {
            if (now != null && !creating.get()) load(now);
        });
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        keys.setI18n(i18n);
        tester.setI18n(i18n);
        Connection shown = selected.get();
        if (shown != null && !creating.get()) keys.refresh(shown, this::isShown);
    }

    // ---- choosing what to edit ----

    private void load(Connection connection) {
        // A name the app gave ("Dry run", "OpenAI-compatible server") is shown in the window's language.
        form.show(dev.playground.ui.common.ConnectionNames.named(connection, i18n), gateway.policy(connection.id()));
        form.showGuardrails(gateway.guardPolicy(connection.id()));
        editing.set(true);
        tester.clear();
        message.set("");
        error.set(false);
        keys.refresh(connection, this::isShown);
    }

    private boolean isShown(Connection connection) {
        Connection shown = selected.get();
        return !creating.get() && shown != null && shown.id().equals(connection.id());
    }

    /** Starts a new, unsaved connection filled in from {@code preset}. */
    public void add(ConnectionPreset preset) {
        creating.set(true);
        selected.set(null);
        form.start(preset, uniqueName(presetName(preset)));
        editing.set(true);
        tester.clear();
        error.set(false);
        message.set(i18n.text("connections.message.new"));
        keys.showUnsaved(preset.kind(), preset.apiKeyEnv());
    }

    /** Puts the form back as saved (or drops the unsaved new connection). */
    public void revert() {
        if (creating.get()) {
            creating.set(false);
            editing.set(false);
            form.dirtyProperty().set(false);
            message.set("");
            if (!connections.isEmpty()) selected.set(connections.get(0));
            return;
        }
        if (selected.get() != null) load(selected.get());
    }

    // ---- saving and removing ----

    /** Checks the form, updates the live list and saves it, the policy and any typed key in the background. */
    public CompletableFuture<Void> save() {
        Optional<String> problem = check();
        if (problem.isPresent()) {
            fail(problem.get());
            return CompletableFuture.completedFuture(null);
        }
        String id = creating.get() ? newId(form.nameProperty().get()) : selected.get().id();
        Connection saved = form.toConnection(id);
        List<Connection> updated = new ArrayList<>(connections);
        int index = indexOf(id);
        if (index >= 0) updated.set(index, saved);
        else updated.add(saved);
        String typedKey = form.takeTypedKey();
        gateway.setPolicy(id, form.toPolicy());
        gateway.setGuardPolicy(id, form.toGuardPolicy());
        Map<String, GatewayPolicy> policies = currentPolicies(updated);
        Map<String, GuardPolicy> guards = currentGuards(updated);

        connections.setAll(updated);
        creating.set(false);
        selected.set(saved);
        form.dirtyProperty().set(false);
        message.set(i18n.text("connections.message.saving"));
        error.set(false);
        return executor.run(() -> {
            repository.saveAll(updated);
            repository.savePolicies(policies);
            repository.saveGuardPolicies(guards);
            if (!typedKey.isEmpty()) keys.store(id, typedKey);
        }).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) {
                fail(i18n.text("connections.error.save", keys.safeMessage(failure)));
                return;
            }
            message.set(i18n.text("connections.message.saved", saved.name()));
            if (isShown(saved)) keys.refresh(saved, this::isShown);
        }));
    }

    /** Removes the chosen connection, its policy and its stored key. The view asks first. */
    public CompletableFuture<Void> remove() {
        Connection gone = selected.get();
        if (gone == null || creating.get()) return CompletableFuture.completedFuture(null);
        List<Connection> updated = new ArrayList<>(connections);
        updated.removeIf(c -> c.id().equals(gone.id()));
        Map<String, GatewayPolicy> policies = currentPolicies(updated);
        Map<String, GuardPolicy> guards = currentGuards(updated);
        connections.setAll(updated);
        editing.set(false);
        form.dirtyProperty().set(false);
        selected.set(updated.isEmpty() ? null : updated.get(0));
        message.set(i18n.text("connections.message.removed", gone.name()));
        error.set(false);
        return executor.run(() -> {
            repository.saveAll(updated);
            repository.savePolicies(policies);
            repository.saveGuardPolicies(guards);
            keys.delete(gone.id());
        }).whenComplete((ok, failure) -> {
            if (failure != null) UiThread.run(() -> fail(i18n.text("connections.error.save", keys.safeMessage(failure))));
        });
    }

    /** Deletes the key stored for the chosen connection. */
    public void forgetStoredKey() {
        Connection shown = selected.get();
        if (shown == null || creating.get()) return;
        keys.forget(shown).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) fail(i18n.text("connections.error.save", keys.safeMessage(failure)));
            else message.set(i18n.text("connections.message.keyForgotten", shown.name()));
            keys.refresh(shown, this::isShown);
        }));
    }

    /** Lists the server's models with the form as it is now (saved or not), in the background. */
    public void testConnection() {
        Optional<String> problem = check();
        if (problem.isPresent()) {
            fail(problem.get());
            return;
        }
        String id = creating.get() || selected.get() == null ? newId(form.nameProperty().get()) : selected.get().id();
        tester.test(form.toConnection(id), form.typedKey());
    }

    private Optional<String> check() {
        return ConnectionFormCheck.problem(form, name -> connections.stream().anyMatch(c -> c.name().equalsIgnoreCase(name)
                && (creating.get() || selected.get() == null || !c.id().equals(selected.get().id()))), i18n);
    }

    private Map<String, GatewayPolicy> currentPolicies(List<Connection> kept) {
        Map<String, GatewayPolicy> policies = new LinkedHashMap<>();
        for (Connection each : kept) {
            GatewayPolicy policy = gateway.policy(each.id());
            if (!policy.equals(GatewayPolicy.DEFAULT)) policies.put(each.id(), policy);
        }
        return policies;
    }

    private Map<String, GuardPolicy> currentGuards(List<Connection> kept) {
        Map<String, GuardPolicy> guards = new LinkedHashMap<>();
        for (Connection each : kept) {
            GuardPolicy guard = gateway.guardPolicy(each.id());
            if (!guard.isEmpty()) guards.put(each.id(), guard);
        }
        return guards;
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

    /** A new connection's name in the window's language ("Servidor llama.cpp"); a provider's own name stays as it is. */
    private String presetName(ConnectionPreset preset) {
        if (i18n == null) return preset.defaultName();
        return switch (preset) {
            case DRY_RUN -> i18n.text("connections.name.dry-run");
            case OTHER_COMPATIBLE -> i18n.text("connections.name.openai-compatible");
            case LLAMA_CPP -> i18n.text("connections.preset.llama-cpp");
            default -> preset.defaultName();
        };
    }

    private String uniqueName(String wanted) {
        String candidate = wanted;
        for (int n = 2; nameTaken(candidate); n++) candidate = wanted + " " + n;
        return candidate;
    }

    private boolean nameTaken(String candidate) {
        return connections.stream().anyMatch(c -> c.name().equalsIgnoreCase(candidate)
                || dev.playground.ui.common.ConnectionNames.shown(c, i18n).equalsIgnoreCase(candidate));
    }

    private void fail(String text) {
        error.set(true);
        message.set(text);
    }

    public ObservableList<Connection> connections() { return connections; }
    public ConnectionForm form() { return form; }
    public ConnectionKeys keys() { return keys; }
    public ConnectionTester tester() { return tester; }
    public ObjectProperty<Connection> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty creatingProperty() { return creating.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
}
