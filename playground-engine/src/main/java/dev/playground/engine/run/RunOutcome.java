package dev.playground.engine.run;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;

/**
 * How a run that reached the model ended: the request as sent, the answer (partial when {@code error}
 * is set: a broken or cancelled stream keeps what arrived), and the retrieved context whose chunks its [n] citations point at.
 */
public record RunOutcome(CompletionRequest request, CompletionResult result, RetrievedContext context, ProviderException error) {
    public boolean failed() {
        return error != null;
    }

    public boolean cancelled() {
        return error != null && error.kind() == ProviderException.Kind.CANCELLED;
    }
}
