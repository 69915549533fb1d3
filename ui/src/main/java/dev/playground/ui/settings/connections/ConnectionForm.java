package dev.playground.ui.settings.connections;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import java.time.Duration;
import java.util.List;
import dev.playground.engine.guard.GuardPolicy;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/**
 * The connection form's fields as text the person types, with a dirty flag that only real edits
 * set (filling the form from a saved connection or a preset does not). Read back with
 * {@link #toConnection} and {@link #toPolicy} once {@link ConnectionFormCheck} accepts it.
 */
public final class ConnectionForm {
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
    private final StringProperty guardrails = new SimpleStringProperty(this, "guardrails", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);

    /** True while the form is being filled by code: those changes are not edits. */
    private boolean filling;

    public ConnectionForm() {
        ChangeListener<Object> edited = (obs, old, now) -> {
            if (!filling) dirty.set(true);
        };
        for (var property : List.of(name, kind, baseUrl, apiKeyEnv, defaultModel, apiKey, connectTimeout, firstTokenTimeout, totalTimeout,
                retries, maxConcurrent, requestsPerMinute, cacheResponses, guardrails)) {
            property.addListener(edited);
        }
    }

    /** Shows {@code connection} as saved, with its policy; the form is clean afterwards. */
    public void show(Connection connection, GatewayPolicy policy) {
        fill(connection.name(), connection.kind(), connection.baseUrl(), connection.apiKeyEnv(), connection.defaultModel(), policy);
        dirty.set(false);
    }

    /** Shows the connection's saved guardrails ({@code pii=mask,injection=block}); not an edit. */
    public void showGuardrails(GuardPolicy policy) {
        boolean wasDirty = dirty.get();
        filling = true;
        try {
            guardrails.set(policy == null ? "" : policy.toString());
        } finally {
            filling = false;
        }
        dirty.set(wasDirty);
    }

    /** The guardrails typed in the form; {@link GuardPolicy#NONE} when blank. Checked by {@link ConnectionFormCheck} first. */
    public GuardPolicy toGuardPolicy() {
        return GuardPolicy.parse(guardrails.get());
    }

    /** Fills the form for a new connection from {@code preset}, named {@code name}; it counts as unsaved. */
    public void start(ConnectionPreset preset, String name) {
        fill(name, preset.kind(), preset.baseUrl(), preset.apiKeyEnv(), preset.model(), GatewayPolicy.DEFAULT);
        dirty.set(true);
    }

    private void fill(String nameText, ProviderKind kindValue, String url, String env, String model, GatewayPolicy policy) {
        filling = true;
        try {
            name.set(nameText);
            kind.set(kindValue);
            baseUrl.set(url);
            apiKeyEnv.set(env);
            defaultModel.set(model);
            apiKey.set("");
            connectTimeout.set(seconds(policy.connectTimeout()));
            firstTokenTimeout.set(seconds(policy.firstTokenTimeout()));
            totalTimeout.set(seconds(policy.totalTimeout()));
            retries.set(Integer.toString(policy.maxRetries()));
            maxConcurrent.set(Integer.toString(policy.maxConcurrent()));
            requestsPerMinute.set(Integer.toString(policy.requestsPerMinute()));
            cacheResponses.set(policy.cacheResponses());
            guardrails.set("");
        } finally {
            filling = false;
        }
    }

    /** Takes the typed key out of the form (it is about to be stored) without marking the form edited. */
    public String takeTypedKey() {
        String typed = apiKey.get().trim();
        filling = true;
        try {
            apiKey.set("");
        } finally {
            filling = false;
        }
        return typed;
    }

    public String typedKey() {
        return apiKey.get().trim();
    }

    /** The connection as typed, under {@code id}. Only after the form passed its check. */
    public Connection toConnection(String id) {
        return new Connection(id, name.get().trim(), kind.get(), baseUrl.get().trim(), apiKeyEnv.get().trim(), defaultModel.get().trim());
    }

    /** The timeouts, retries and limits as typed. Only after the form passed its check. */
    public GatewayPolicy toPolicy() {
        GatewayPolicy base = GatewayPolicy.DEFAULT;
        return base.withTimeouts(duration(connectTimeout), duration(firstTokenTimeout), duration(totalTimeout))
                .withRetries(whole(retries), base.initialBackoff(), base.maxBackoff())
                .withLimits(whole(maxConcurrent), whole(requestsPerMinute))
                .withCache(cacheResponses.get());
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    /** Numbers accept a decimal comma as well as a point. */
    static double number(String text) {
        return Double.parseDouble(text.trim().replace(',', '.'));
    }

    private static Duration duration(StringProperty seconds) {
        return Duration.ofMillis(Math.round(number(seconds.get()) * 1000));
    }

    private static int whole(StringProperty text) {
        return (int) number(text.get());
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty guardrailsProperty() { return guardrails; }
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
    public BooleanProperty dirtyProperty() { return dirty; }
}
