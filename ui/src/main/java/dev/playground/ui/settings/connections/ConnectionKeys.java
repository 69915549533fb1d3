package dev.playground.ui.settings.connections;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where the shown connection's key comes from (environment variable, stored key, none), and the
 * stored keys themselves: written, forgotten, and never shown back. The keychain can take a moment,
 * so every look-up runs on the executor.
 */
public final class ConnectionKeys {
    private final SecretResolver secrets;
    private final TaskExecutor executor;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper hasStoredKey = new ReadOnlyBooleanWrapper(this, "hasStoredKey", false);

    public ConnectionKeys(SecretResolver secrets, TaskExecutor executor) {
        this.secrets = secrets;
        this.executor = executor;
    }

    void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Looks up {@code connection}'s stored key in the background; the answer is shown only if {@code stillShown} still holds. */
    void refresh(Connection connection, Predicate<Connection> stillShown) {
        executor.submit(() -> secrets.hasStoredKey(connection.id())).whenComplete((stored, failure) -> UiThread.run(() -> {
            if (!stillShown.test(connection)) return;
            boolean hasKey = failure == null && Boolean.TRUE.equals(stored);
            hasStoredKey.set(hasKey);
            status.set(describe(connection.kind(), connection.apiKeyEnv(), hasKey));
        }));
    }

    /** A connection not saved yet has no stored key. */
    void showUnsaved(ProviderKind kind, String envName) {
        hasStoredKey.set(false);
        status.set(describe(kind, envName, false));
    }

    /** Stores (or, with an empty key, deletes) the key of connection {@code id}. On the calling thread. */
    void store(String id, String key) {
        secrets.store(id, key);
    }

    /** Deletes {@code id}'s stored key if it has one. On the calling thread. */
    void delete(String id) {
        if (secrets.hasStoredKey(id)) secrets.store(id, "");
    }

    /** Deletes {@code connection}'s stored key in the background. */
    CompletableFuture<Void> forget(Connection connection) {
        return executor.run(() -> secrets.store(connection.id(), ""));
    }

    /** Where the key will come from, in the order the gateway looks: environment variable, then the stored key. */
    private String describe(ProviderKind kind, String envName, boolean stored) {
        if (kind == ProviderKind.DRY_RUN) return i18n.text("connections.key.notNeeded");
        if (!envName.isBlank() && secrets.hasEnvironmentVariable(envName)) return i18n.text("connections.key.fromEnv", envName);
        if (stored) {
            boolean file = secrets.storeDescription().map(d -> d.startsWith("encrypted file")).orElse(false);
            return i18n.text(file ? "connections.key.storedFile" : "connections.key.storedKeychain");
        }
        boolean required = kind.keyRequired();
        if (!envName.isBlank()) return i18n.text(required ? "connections.key.envUnset" : "connections.key.envUnsetOptional", envName);
        return i18n.text(required ? "connections.key.none" : "connections.key.optional");
    }

    /** A failure's message with any key in it blanked out, for showing to the person. */
    String safeMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof CompletionException || t.getMessage() == null)) t = t.getCause();
        return secrets.redact(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasStoredKeyProperty() { return hasStoredKey.getReadOnlyProperty(); }
}
