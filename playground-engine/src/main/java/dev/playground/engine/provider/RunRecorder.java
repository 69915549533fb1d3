package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.GuardNote;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.tokens.Pricing;
import dev.playground.engine.tokens.PriceTable;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a finished call into a run-log entry: redacted, priced, and never failing the call itself. */
final class RunRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

    private final RunLog runLog;
    private final Supplier<PriceTable> prices;
    private final SecretResolver secrets;

    RunRecorder(RunLog runLog, Supplier<PriceTable> prices, SecretResolver secrets) {
        this.runLog = runLog;
        this.prices = prices;
        this.secrets = secrets;
    }

    String redact(String text) {
        return secrets.redact(text);
    }

    /** Dollars for the tokens used, from the user's current price table; null when the model has no price there. */
    private Double cost(CompletionRequest request, TokenUsage usage) {
        return new Pricing(prices).usd(request.connection().kind(), request.model(), usage);
    }

    /** How monitoring counts the failure: by its final outcome, a stream cut after text as a cut stream. */
    static ErrorKind errorKind(RunStatus status, ProviderException error) {
        if (status == RunStatus.OK || status == RunStatus.CANCELLED || error == null) return null;
        if (error instanceof GuardBlockedException) return ErrorKind.BLOCKED;
        if (status == RunStatus.INCOMPLETE) return ErrorKind.CUT_STREAM;
        return switch (error.kind()) {
            case RATE_LIMITED -> ErrorKind.RATE_LIMITED;
            case SERVER -> ErrorKind.SERVER_ERROR;
            case TIMEOUT -> ErrorKind.TIMEOUT;
            default -> ErrorKind.OTHER;
        };
    }

    void record(CompletionRequest request, RunLabel label, Instant startedAt, CompletionResult result, ProviderException error, int attempts) {
        record(request, label, startedAt, result, error, attempts, List.of());
    }

    /** As above, with what the guardrails found in the call. */
    void record(CompletionRequest request, RunLabel label, Instant startedAt, CompletionResult result, ProviderException error, int attempts,
                List<GuardNote> guardrails) {
        if (runLog == RunLog.NONE) return; // nothing to write: skip redacting, pricing and building the entry
        RunStatus status = error == null ? RunStatus.OK
                : error.kind() == ProviderException.Kind.CANCELLED ? RunStatus.CANCELLED
                : result != null && !result.text().isEmpty() ? RunStatus.INCOMPLETE : RunStatus.ERROR;
        TokenUsage usage = result == null ? new TokenUsage(0, 0, false) : result.usage();
        List<RenderedMessage> messages = request.messages().stream().map(m -> m.withText(redact(m.text()))).toList();
        RunRecord run = new RunRecord(label.runId() != null ? label.runId() : UUID.randomUUID().toString(), startedAt, request.connection().id(), request.connection().name(),
                request.connection().kind(), request.model(), label.prompt(), request.settings(), messages,
                result == null ? "" : redact(result.text()), result == null ? "" : result.finishReason(), status,
                usage.inputTokens(), usage.outputTokens(), usage.reported(),
                result == null ? null : result.timeToFirstToken(), result == null ? null : result.latency(),
                result == null ? null : cost(request, usage),
                error == null ? "" : redact(error.getMessage()), result != null && result.cached(),
                result == null ? null : result.originalLatency(), attempts, guardrails, label.version(), label.alias(),
                errorKind(status, error));
        try {
            runLog.record(run);
        } catch (RuntimeException e) {
            // The answer matters more than its log entry; say so in the log and carry on.
            LOG.warn("Could not record run {} in the run log: {}", run.id(), redact(String.valueOf(e.getMessage())));
        }
    }
}
