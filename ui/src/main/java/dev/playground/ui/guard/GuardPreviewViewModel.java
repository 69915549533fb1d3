package dev.playground.ui.guard;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.guard.GuardPreview;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.UiThread;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Before Run: what the connection's input guardrails would do to the rendered prompt (mask, flag or block, with the
 * placeholder the model would see). A connection without guardrails is previewed with personal data and injections
 * flagged, so the user sees what a policy would catch. The rails run locally, off the FX thread.
 */
public final class GuardPreviewViewModel {
    /** What a connection without guardrails is previewed with. */
    static final GuardPolicy FALLBACK = GuardPolicy.parse("pii=flag,injection=flag");

    private final ModelGateway gateway;
    private final TaskExecutor executor;
    private final ObservableList<GuardPreview.Item> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper policySet = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public GuardPreviewViewModel(ModelGateway gateway, TaskExecutor executor) {
        this.gateway = gateway;
        this.executor = executor;
    }

    /** Checks these messages as they would be sent through {@code connection}; the newest call wins. */
    public void update(Connection connection, String model, List<RenderedMessage> messages) {
        long mine = ++generation;
        if (connection == null || messages == null || messages.isEmpty()) {
            show(GuardPreview.EMPTY);
            return;
        }
        CompletionRequest request = new CompletionRequest(connection, model, null, messages);
        executor.submit(() -> gateway.inputPreview(request, FALLBACK)).whenComplete((preview, failure) -> UiThread.run(() -> {
            if (mine == generation) show(failure == null ? preview : GuardPreview.EMPTY);
        }));
    }

    /** Each value once: an e-mail written twice is one line, with the one placeholder both get. */
    private void show(GuardPreview preview) {
        java.util.Map<String, GuardPreview.Item> distinct = new java.util.LinkedHashMap<>();
        for (GuardPreview.Item item : preview.items()) {
            distinct.putIfAbsent(item.finding().rail() + '\u0000' + item.finding().kind() + '\u0000' + item.finding().text(), item);
        }
        items.setAll(distinct.values());
        policySet.set(preview.policySet());
        blocked.set(preview.blocked());
    }

    public ObservableList<GuardPreview.Item> items() { return items; }
    public ReadOnlyBooleanProperty policySetProperty() { return policySet.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty blockedProperty() { return blocked.getReadOnlyProperty(); }
}
