package dev.playground.engine.model;

import dev.playground.engine.prompt.RenderedMessage;
import java.util.List;
import java.util.Objects;

/** One call: rendered messages sent to a model on a connection with the given settings. */
public record CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages) {
    public CompletionRequest {
        Objects.requireNonNull(connection, "connection");
        model = model == null || model.isBlank() ? connection.defaultModel() : model.trim();
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        messages = List.copyOf(messages);
    }
}
