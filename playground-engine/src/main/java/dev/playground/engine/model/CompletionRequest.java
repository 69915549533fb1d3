package dev.playground.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One call: rendered messages sent to a model on a connection with the given settings. {@code sample} tells repeated
 * samples of the same request apart (a suite's {@code --repeat}), so each has its own cache entry; 0 for one call.
 */
public record CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages, int sample) {
    public CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages) {
        this(connection, model, settings, messages, 0);
    }

    public CompletionRequest {
        Objects.requireNonNull(connection, "connection");
        model = model == null || model.isBlank() ? connection.defaultModel() : model.trim();
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        messages = List.copyOf(messages);
    }
}
