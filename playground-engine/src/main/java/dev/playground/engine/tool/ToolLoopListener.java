package dev.playground.engine.tool;

import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.trace.Span;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Hears a tool loop as it runs, on the loop's thread: tokens of each model call, each finished model call and tool
 * call (with its span), and the calls nobody serves. A window answers those by asking the person: it returns a stage
 * that it completes when the person has typed or picked an answer; the loop waits for it.
 */
public interface ToolLoopListener {
    ToolLoopListener NONE = new ToolLoopListener() {};

    default void onToken(String token) {}

    default void onModelCall(Span span, CompletionResult result) {}

    default void onToolCall(ToolCall call, Span span) {}

    /**
     * {@code call} has valid arguments but no responder serves its tool. The answer to send, or empty to end the loop
     * (the run ends as {@link ToolRun.Outcome#UNANSWERED_TOOL}).
     */
    default CompletionStage<Optional<String>> needsAnswer(ToolCall call, ToolDefinition tool) {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}
