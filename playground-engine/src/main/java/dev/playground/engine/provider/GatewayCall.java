package dev.playground.engine.provider;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderException.Kind;
import dev.playground.engine.model.TokenUsage;
import dev.playground.engine.task.InFlightCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call through the gateway, run on its own virtual thread: cache lookup, admission by the
 * connection's limiter, then attempts. A failed attempt is retried with backoff (or the server's
 * Retry-After) only for 429/502/503/504 and only if no token has reached the listener yet.
 */
final class GatewayCall implements CompletionHandle {
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gateway-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final CompletionRequest request;
    private final CompletionListener listener;
    private final RunLabel label;
    private final ChatProvider provider;
    private final String apiKey;
    private final GatewayPolicy policy;
    private final ConnectionLimiter limiter;
    private final ResponseCache cache;
    private final RunRecorder recorder;
    private final GuardedCall guard;
    private final CompletableFuture<CompletionResult> done = new CompletableFuture<>();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicBoolean delivered = new AtomicBoolean();
    private final Instant startedAt = Instant.now();
    private final long startNanos = System.nanoTime();
    private volatile boolean cancelled;
    private volatile ProviderException stopReason;
    private volatile CompletionHandle current;
    private volatile InFlightCalls.Registration registration = () -> {};
    private int attempts;

    GatewayCall(CompletionRequest request, CompletionListener listener, RunLabel label, ChatProvider provider, String apiKey,
                GatewayPolicy policy, ConnectionLimiter limiter, ResponseCache cache, RunRecorder recorder, GuardedCall guard) {
        this.request = request;
        this.guard = guard;
        this.listener = guard == null ? listener : guard.restoring(listener);
        this.label = label;
        this.provider = provider;
        this.apiKey = apiKey;
        this.policy = policy;
        this.limiter = limiter;
        this.cache = cache;
        this.recorder = recorder;
    }

    /** Registers the call as under way (until its run-log entry is written), then starts it. */
    void start(InFlightCalls inFlight) {
        String model = request.model() == null || request.model().isBlank() ? "" : request.model() + " on ";
        registration = inFlight.register("the call to " + model + request.connection().name(), this::stopBecause);
        Thread.ofVirtual().name("gateway-call").start(this::run);
    }

    @Override
    public void cancel() {
        stopBecause("Stopped by you.");
    }

    /** Cancels with the reason the run log keeps ("Stopped by you.", "Stopped because the command was interrupted."). */
    void stopBecause(String reason) {
        stop(new ProviderException(Kind.CANCELLED, reason));
    }

    @Override
    public CompletableFuture<CompletionResult> result() {
        return done;
    }

    private void stop(ProviderException reason) {
        if (cancelled) return;
        stopReason = reason;
        cancelled = true;
        stopSignal.countDown();
        CompletionHandle attempt = current;
        if (attempt != null) attempt.cancel();
    }

    private void run() {
        ScheduledFuture<?> totalTimer = TIMERS.schedule(() -> stop(new ProviderException(Kind.TIMEOUT, 0,
                request.connection().name() + " did not finish within " + seconds(policy.totalTimeout())
                        + ". The text so far is kept; raise the total timeout for long answers.", null)),
                policy.totalTimeout().toNanos(), TimeUnit.NANOSECONDS);
        try {
            if (cache != null && serveFromCache()) return;
            if (!limiter.acquire(() -> cancelled)) {
                fail(stopReason, null);
                return;
            }
            try {
                attemptUntilDone();
            } finally {
                limiter.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new ProviderException(Kind.CANCELLED, "Stopped because the app is shutting down."), null);
        } catch (RuntimeException e) {
            fail(ProviderErrors.translate(e, request.connection(), apiKey), null);
        } finally {
            totalTimer.cancel(false);
        }
    }

    private boolean serveFromCache() {
        var hit = cache.get(request);
        if (hit.isEmpty()) return false;
        CompletionResult served = hit.get().servedFromCache(elapsed());
        listener.onToken(served.text());
        succeed(served);
        return true;
    }

    private void attemptUntilDone() throws InterruptedException {
        while (true) {
            attempts++;
            Attempt attempt = new Attempt();
            ProviderException failure = attempt.run();
            if (failure == null) return;
            if (cancelled) {
                fail(stopReason, attempt.partial);
                return;
            }
            if (attempt.sawToken || !retryable(failure) || attempts > policy.maxRetries()) {
                fail(failure, attempt.partial);
                return;
            }
            Duration wait = waitBefore(failure);
            if (wait == null) {
                fail(new ProviderException(failure.kind(), failure.httpStatus(), failure.getMessage() + " The server asked to wait "
                        + seconds(failure.retryAfter()) + ", longer than the " + seconds(policy.maxRetryAfter()) + " we wait for.", null), null);
                return;
            }
            if (stopSignal.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                fail(stopReason, null);
                return;
            }
        }
    }

    /** The server's Retry-After when it gave one (null if too long to honour), else exponential backoff with jitter. */
    private Duration waitBefore(ProviderException failure) {
        if (failure.retryAfter() != null) {
            return failure.retryAfter().compareTo(policy.maxRetryAfter()) > 0 ? null : failure.retryAfter();
        }
        long base = policy.initialBackoff().toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, policy.maxBackoff().toMillis());
        // Jitter spreads retries from many windows hitting the same limit.
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static boolean retryable(ProviderException failure) {
        int status = failure.httpStatus();
        return failure.kind() == Kind.RATE_LIMITED || status == 502 || status == 503 || status == 504;
    }

    /*
     * The listener (what the window shows) hears first; the cache and the run log are written after it, before
     * the future completes, so whoever waits on the result also finds the run in the log.
     */
    private void succeed(CompletionResult result) {
        String withheld = guard == null ? null : guard.answerBlockReason(result.text());
        if (withheld != null) {
            fail(GuardedCall.blocked(withheld), null);
            return;
        }
        if (!delivered.compareAndSet(false, true)) return;
        try {
            listener.onComplete(result);
        } finally {
            if (cache != null && !result.cached()) cache.put(request, result);
            recorder.record(request, label, startedAt, guard == null ? result : guard.forLog(result), null, attempts,
                    guard == null ? List.of() : guard.notes());
            registration.close();
            done.complete(guard == null ? result : guard.restored(result));
        }
    }

    private void fail(ProviderException failure, CompletionResult partial) {
        if (!delivered.compareAndSet(false, true)) return;
        ProviderException safe = failure instanceof GuardBlockedException
                ? new GuardBlockedException(recorder.redact(failure.getMessage()))
                : new ProviderException(failure.kind(), failure.httpStatus(), recorder.redact(failure.getMessage()), null, failure.retryAfter());
        String text = partial == null ? "" : partial.text();
        TokenUsage usage = partial == null ? new TokenUsage(0, 0, false) : partial.usage();
        CompletionResult kept = partial == null
                ? new CompletionResult(text, "incomplete", usage, null, elapsed(), false, safe.getMessage())
                : new CompletionResult(text, "incomplete", usage, partial.timeToFirstToken(), partial.latency(), false, safe.getMessage());
        try {
            listener.onError(safe, kept);
        } finally {
            recorder.record(request, label, startedAt, kept, safe, attempts, guard == null ? List.of() : guard.notes());
            registration.close();
            done.completeExceptionally(safe);
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** One try against the provider; returns null on success (already delivered) or the failure. */
    private final class Attempt implements CompletionListener {
        private final CompletableFuture<ProviderException> outcome = new CompletableFuture<>();
        private volatile boolean sawToken;
        private volatile long lastTokenNanos;
        private volatile boolean finished;
        private volatile ScheduledFuture<?> silenceTimer;
        private volatile CompletionResult partial;

        ProviderException run() {
            silenceTimer = TIMERS.schedule(this::silenceCheck, policy.firstTokenTimeout().toNanos(), TimeUnit.NANOSECONDS);
            try {
                if (cancelled) return stopReason;
                current = provider.stream(request, apiKey, this, policy.connectTimeout());
                if (cancelled) current.cancel();
                return outcome.join();
            } catch (ProviderException e) {
                return e;
            } finally {
                finished = true;
                silenceTimer.cancel(false);
            }
        }

        /**
         * The same limit guards the wait for the first token and every gap between tokens, so a stream that stalls
         * half-way ends at the connection's timeout rather than the total one. One timer per gap, re-armed when it
         * fires (not per token), keeps the streaming path free of timer work.
         */
        private void silenceCheck() {
            if (finished || cancelled) return;
            long limit = policy.firstTokenTimeout().toNanos();
            if (!sawToken) {
                stop(new ProviderException(Kind.TIMEOUT, 0, request.connection().name() + " sent no answer within "
                        + seconds(policy.firstTokenTimeout()) + ". Check that the model is loaded, or raise the first-token timeout.", null));
                return;
            }
            long quiet = System.nanoTime() - lastTokenNanos;
            if (quiet >= limit) {
                stop(new ProviderException(Kind.TIMEOUT, 0, request.connection().name() + " stopped sending for "
                        + seconds(policy.firstTokenTimeout()) + " in the middle of the answer. The text so far is kept; try again,"
                        + " or raise the connection's timeout if the model pauses that long.", null));
                return;
            }
            silenceTimer = TIMERS.schedule(this::silenceCheck, limit - quiet, TimeUnit.NANOSECONDS);
        }

        @Override
        public void onToken(String token) {
            lastTokenNanos = System.nanoTime();
            sawToken = true;
            listener.onToken(token);
        }

        @Override
        public void onComplete(CompletionResult result) {
            // The provider's times: from handing the request to the HTTP client, so neither waiting for a free slot
            // nor an earlier failed attempt nor our own set-up counts as the model's latency.
            succeed(result);
            outcome.complete(null);
        }

        @Override
        public void onError(ProviderException error, CompletionResult partialResult) {
            partial = partialResult;
            outcome.complete(error);
        }
    }
}
