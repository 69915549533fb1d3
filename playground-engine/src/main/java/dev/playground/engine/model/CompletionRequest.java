package dev.playground.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One call: rendered messages sent to a model on a connection with the given settings. {@code sample} tells repeated
 * samples of the same request apart (a suite's {@code --repeat}), so each has its own cache entry; 0 for one call.
 * {@code tools} are the functions the model may ask for (empty: a plain text call).
 */
public record CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages, int sample,
                                ToolSet tools) {
    public CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages) {
        this(connection, model, settings, messages, 0, ToolSet.EMPTY);
    }

    public CompletionRequest(Connection connection, String model, ModelSettings settings, List<RenderedMessage> messages, int sample) {
        this(connection, model, settings, messages, sample, ToolSet.EMPTY);
    }

    public CompletionRequest {
        Objects.requireNonNull(connection, "connection");
        model = model == null || model.isBlank() ? connection.defaultModel() : model.trim();
        settings = settings == null ? ModelSettings.DEFAULTS : settings;
        messages = List.copyOf(messages);
        tools = tools == null ? ToolSet.EMPTY : tools;
    }

    public CompletionRequest withTools(ToolSet newTools) {
        return new CompletionRequest(connection, model, settings, messages, sample, newTools);
    }

    public CompletionRequest withMessages(List<RenderedMessage> newMessages) {
        return new CompletionRequest(connection, model, settings, newMessages, sample, tools);
    }
}
