package dev.playground.ui.settings.connections;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.ModelGateway.ConnectionCheck;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "Test connection": lists the server's models for a connection as typed (saved or not), in the background. */
public final class ConnectionTester {
    private final ModelGateway gateway;
    private final TaskExecutor executor;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing", false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ObservableList<String> models = FXCollections.observableArrayList();

    public ConnectionTester(ModelGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Tests {@code draft}; a {@code typedKey} (blank for none) is used for this call only and never stored. */
    CompletableFuture<ConnectionCheck> test(Connection draft, String typedKey) {
        // A typed key is tried under a throw-away id, so it is neither stored nor left in use for runs.
        Connection probe = typedKey.isEmpty() ? draft
                : new Connection("settings-test:" + draft.id(), draft.name(), draft.kind(), draft.baseUrl(), draft.apiKeyEnv(), draft.defaultModel());
        if (!typedKey.isEmpty()) gateway.secrets().rememberForSession(probe.id(), typedKey);
        testing.set(true);
        failed.set(false);
        models.clear();
        result.set(i18n.text("connections.test.running", draft.name()));
        CompletableFuture<ConnectionCheck> check = executor.submit(() -> gateway.testConnection(probe));
        check.whenComplete((found, failure) -> {
            if (!typedKey.isEmpty()) gateway.secrets().rememberForSession(probe.id(), null);
            UiThread.run(() -> show(draft, found, failure));
        });
        return check;
    }

    private void show(Connection tested, ConnectionCheck check, Throwable failure) {
        testing.set(false);
        if (failure != null) {
            failed.set(true);
            result.set(describe(tested, failure));
            return;
        }
        failed.set(false);
        models.setAll(check.models());
        result.set(i18n.text("connections.test.ok", check.latency().toMillis(), check.models().size()));
    }

    private String describe(Connection tested, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
        if (!(cause instanceof ProviderException provider)) {
            String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return i18n.text("connections.test.failed", gateway.secrets().redact(text));
        }
        return switch (provider.kind()) {
            case AUTHENTICATION -> i18n.text("connections.test.auth", provider.httpStatus());
            case RATE_LIMITED -> i18n.text("connections.test.rateLimited");
            case NETWORK -> i18n.text("connections.test.unreachable", tested.baseUrl().isEmpty() ? tested.name() : dev.playground.engine.provider.Redaction.url(tested.baseUrl()));
            case TIMEOUT -> i18n.text("connections.test.timeout");
            case CONFIGURATION -> i18n.text("connections.test.noKey");
            default -> i18n.text("connections.test.failed", gateway.secrets().redact(provider.getMessage()));
        };
    }

    void clear() {
        result.set("");
        failed.set(false);
        models.clear();
    }

    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ObservableList<String> models() { return models; }
}
