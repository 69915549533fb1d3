package dev.playground.engine.runlog;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call as the run log keeps it. Token counts are the provider's when {@code tokensReported},
 * otherwise our own count. Durations are null when the call never got that far (no first token).
 * {@code costUsd} is null when the model has no known price. {@code guardrails} are the rails' findings (rail, kind,
 * action, prompt or answer), never the matched text. {@code promptVersion} is 0 and {@code alias} empty when the call
 * did not run a saved version; {@code errorKind} is null unless the call failed (see {@link ErrorKind}).
 */
public record RunRecord(String id, Instant startedAt, String connectionId, String connectionName, ProviderKind provider,
                        String model, String promptName, ModelSettings settings, List<RenderedMessage> messages,
                        String output, String finishReason, RunStatus status, int inputTokens, int outputTokens,
                        boolean tokensReported, Duration timeToFirstToken, Duration latency, Double costUsd,
                        String error, boolean cached, Duration originalLatency, int attempts, List<GuardNote> guardrails,
                        int promptVersion, String alias, ErrorKind errorKind) {
    public RunRecord {
        alias = alias == null ? "" : alias;
        guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        messages = List.copyOf(messages);
        promptName = promptName == null ? "" : promptName;
        output = output == null ? "" : output;
        finishReason = finishReason == null ? "" : finishReason;
        error = error == null ? "" : error;
    }

    /** A call no guardrail looked at. */
    public RunRecord(String id, Instant startedAt, String connectionId, String connectionName, ProviderKind provider,
                     String model, String promptName, ModelSettings settings, List<RenderedMessage> messages,
                     String output, String finishReason, RunStatus status, int inputTokens, int outputTokens,
                     boolean tokensReported, Duration timeToFirstToken, Duration latency, Double costUsd,
                     String error, boolean cached, Duration originalLatency, int attempts) {
        this(id, startedAt, connectionId, connectionName, provider, model, promptName, settings, messages, output, finishReason, status,
                inputTokens, outputTokens, tokensReported, timeToFirstToken, latency, costUsd, error, cached, originalLatency, attempts, List.of());
    }

    /** A call without version, alias or error kind (an error is then of kind OTHER, a broken stream a cut stream). */
    public RunRecord(String id, Instant startedAt, String connectionId, String connectionName, ProviderKind provider,
                     String model, String promptName, ModelSettings settings, List<RenderedMessage> messages,
                     String output, String finishReason, RunStatus status, int inputTokens, int outputTokens,
                     boolean tokensReported, Duration timeToFirstToken, Duration latency, Double costUsd,
                     String error, boolean cached, Duration originalLatency, int attempts, List<GuardNote> guardrails) {
        this(id, startedAt, connectionId, connectionName, provider, model, promptName, settings, messages, output, finishReason, status,
                inputTokens, outputTokens, tokensReported, timeToFirstToken, latency, costUsd, error, cached, originalLatency, attempts,
                guardrails, 0, "", status == RunStatus.INCOMPLETE ? ErrorKind.CUT_STREAM : status == RunStatus.ERROR ? ErrorKind.OTHER : null);
    }

    /** A call no guardrail looked at, with the saved version and alias it ran and how it failed. */
    public RunRecord(String id, Instant startedAt, String connectionId, String connectionName, ProviderKind provider,
                     String model, String promptName, ModelSettings settings, List<RenderedMessage> messages,
                     String output, String finishReason, RunStatus status, int inputTokens, int outputTokens,
                     boolean tokensReported, Duration timeToFirstToken, Duration latency, Double costUsd,
                     String error, boolean cached, Duration originalLatency, int attempts, int promptVersion, String alias,
                     ErrorKind errorKind) {
        this(id, startedAt, connectionId, connectionName, provider, model, promptName, settings, messages, output, finishReason, status,
                inputTokens, outputTokens, tokensReported, timeToFirstToken, latency, costUsd, error, cached, originalLatency, attempts,
                List.of(), promptVersion, alias, errorKind);
    }
}
