package dev.playground.engine.provider;

import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.guard.GuardPreview;
import dev.playground.engine.guard.Guardrails;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.TokenUsage;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.tokens.PriceTable;
import java.util.function.Supplier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one door to every model. Picks the provider for a connection, supplies its key, and owns
 * what every call shares: timeouts, retries with backoff, per-connection limits, the opt-in
 * response cache and the run log.
 */
public class ModelGateway {
    private final Map<ProviderKind, ChatProvider> providers = new EnumMap<>(ProviderKind.class);
    private final SecretResolver secrets;
    private final GatewayPolicy defaultPolicy;
    private final RunLog runLog;
    private final Supplier<PriceTable> prices;
    private final Map<String, GatewayPolicy> policies = new ConcurrentHashMap<>();
    private final Map<String, ConnectionLimiter> limiters = new ConcurrentHashMap<>();
    private final ResponseCache cache = new ResponseCache(256);
    private final InFlightCalls inFlight;
    private final Map<String, GuardPolicy> guardPolicies = new ConcurrentHashMap<>();
    private volatile Guardrails guardrails = Guardrails.standard();
    private volatile NetworkPolicy network = NetworkPolicy.OPEN;

    public ModelGateway(SecretResolver secrets, List<ChatProvider> providers) {
        this(secrets, providers, GatewayPolicy.DEFAULT, RunLog.NONE, PriceTable::defaults);
    }

    /** {@code prices} is asked at the end of each call, so edits to the price table apply to the next run. */
    public ModelGateway(SecretResolver secrets, List<ChatProvider> providers, GatewayPolicy defaultPolicy, RunLog runLog,
                        Supplier<PriceTable> prices) {
        this(secrets, providers, defaultPolicy, runLog, prices, new InFlightCalls());
    }

    /**
     * As above, registering every call in {@code inFlight} from its start until its run-log entry is written, so
     * that whoever ends the process (the command line's Ctrl+C) can stop the calls and wait for their entries.
     */
    public ModelGateway(SecretResolver secrets, List<ChatProvider> providers, GatewayPolicy defaultPolicy, RunLog runLog,
                        Supplier<PriceTable> prices, InFlightCalls inFlight) {
        this.inFlight = inFlight;
        this.secrets = secrets;
        this.defaultPolicy = defaultPolicy;
        this.runLog = runLog;
        this.prices = prices;
        providers.forEach(p -> this.providers.put(p.kind(), p));
    }

    public SecretResolver secrets() {
        return secrets;
    }

    /** The calls under way through this gateway (and whatever else shares its registry). */
    public InFlightCalls inFlight() {
        return inFlight;
    }

    /** Keeps cached answers in {@code store} too, so a later process serves them (the store's response cache). */
    public void persistResponses(ResponseStore store) {
        cache.persistIn(store);
    }

    public GatewayPolicy policy(String connectionId) {
        return policies.getOrDefault(connectionId, defaultPolicy);
    }

    /** Sets timeouts, retries, limits and caching for one connection; calls already admitted keep the old limits. */
    public void setPolicy(String connectionId, GatewayPolicy policy) {
        policies.put(connectionId, policy);
        limiters.remove(connectionId);
    }

    /** The rails and what they do on one connection's calls (none by default). */
    public GuardPolicy guardPolicy(String connectionId) {
        return guardPolicies.getOrDefault(connectionId, GuardPolicy.NONE);
    }

    /** Sets the guardrails of one connection's calls; a run overrides it by setting the merged policy for its duration. */
    public void setGuardPolicy(String connectionId, GuardPolicy policy) {
        if (policy == null || policy.isEmpty()) guardPolicies.remove(connectionId);
        else guardPolicies.put(connectionId, policy);
    }

    /** The rails the policies refer to (personal data and injections by default; set banned words and a token limit here). */
    public void setGuardrails(Guardrails rails) {
        this.guardrails = rails;
    }

    /** Which connections may be called (the offline switch); checked before anything is sent. */
    public void setNetworkPolicy(NetworkPolicy policy) {
        this.network = policy == null ? NetworkPolicy.OPEN : policy;
    }

    private void checkNetwork(Connection connection) {
        network.refusal(connection).ifPresent(reason -> {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, reason);
        });
    }

    /** What the input rails would find in {@code request} under its connection's policy, without calling anything. */
    public List<GuardFinding> guardPreview(CompletionRequest request) {
        GuardPolicy guard = guardPolicy(request.connection().id());
        return guard.isEmpty() ? List.of() : new GuardedCall(request, guard, guardrails).inputFindings();
    }

    /**
     * What the input rails would mask, flag or block in this request under its connection's guardrails; a connection
     * without guardrails is previewed with {@code fallback} (say, personal data and injections flagged).
     */
    public GuardPreview inputPreview(CompletionRequest request, GuardPolicy fallback) {
        GuardPolicy own = guardPolicy(request.connection().id());
        GuardPolicy policy = own.isEmpty() ? fallback : own;
        if (policy == null || policy.isEmpty()) return GuardPreview.EMPTY;
        return new GuardedCall(request, policy, guardrails).preview(!own.isEmpty());
    }

    /** Where calls are recorded; feedback and judge scores on a call go there too (by the id its {@link RunLabel} gave it). */
    public RunLog runLog() {
        return runLog;
    }

    /** Starts a streamed call. Configuration problems are thrown at once as {@link ProviderException}. */
    public CompletionHandle stream(CompletionRequest request, CompletionListener listener) {
        return stream(request, listener, "");
    }

    /** As {@link #stream(CompletionRequest, CompletionListener)}, recording {@code promptName} in the run log. */
    public CompletionHandle stream(CompletionRequest request, CompletionListener listener, String promptName) {
        return stream(request, listener, RunLabel.of(promptName));
    }

    /** As {@link #stream(CompletionRequest, CompletionListener)}, filing the call in the run log under {@code label}. */
    public CompletionHandle stream(CompletionRequest request, CompletionListener listener, RunLabel label) {
        checkNetwork(request.connection());
        ChatProvider provider = provider(request.connection());
        provider.check(request);
        if (!request.tools().isEmpty() && !provider.supportsTools()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, "'" + request.connection().name() + "' is a "
                    + request.connection().kind().cliName() + " connection, which cannot call tools in this build. Run the prompt "
                    + "on an OpenAI-compatible, Anthropic, Gemini or Ollama connection, or remove its tools.");
        }
        String key = requireKey(request.connection());
        GuardPolicy guardPolicy = guardPolicy(request.connection().id());
        GuardedCall guard = guardPolicy.isEmpty() ? null : new GuardedCall(request, guardPolicy, guardrails);
        if (guard != null && guard.blockReason() != null) return refuse(guard, label, listener);
        if (guard != null) request = guard.request();
        GatewayPolicy policy = policy(request.connection().id());
        ConnectionLimiter limiter = limiters.computeIfAbsent(request.connection().id(),
                id -> new ConnectionLimiter(policy.maxConcurrent(), policy.requestsPerMinute()));
        GatewayCall call = new GatewayCall(request, listener, label, provider, key, policy, limiter,
                policy.cacheResponses() ? cache : null, new RunRecorder(runLog, prices, secrets), guard);
        call.start(inFlight);
        return call;
    }

    /** A call an input rail blocked: logged with the reason, never sent. */
    private CompletionHandle refuse(GuardedCall guard, RunLabel label, CompletionListener listener) {
        ProviderException reason = GuardedCall.blocked(guard.blockReason());
        CompletionResult nothing = new CompletionResult("", "blocked", new TokenUsage(0, 0, false), null, Duration.ZERO, false, reason.getMessage());
        new RunRecorder(runLog, prices, secrets).record(guard.request(), label, Instant.now(), nothing, reason, 0, guard.notes());
        listener.onError(reason, nothing);
        CompletableFuture<CompletionResult> failed = CompletableFuture.failedFuture(reason);
        return new CompletionHandle() {
            @Override
            public void cancel() {}

            @Override
            public CompletableFuture<CompletionResult> result() {
                return failed;
            }
        };
    }

    /** "Test connection": lists the models the server offers and how long that took. */
    public ConnectionCheck testConnection(Connection connection) {
        checkNetwork(connection);
        ChatProvider provider = provider(connection);
        String key = requireKey(connection);
        long start = System.nanoTime();
        List<String> models = connection.kind() == ProviderKind.DRY_RUN ? List.of("dry-run") : provider.listModels(connection, key);
        return new ConnectionCheck(Duration.ofNanos(System.nanoTime() - start), models);
    }

    private ChatProvider provider(Connection connection) {
        ChatProvider provider = providers.get(connection.kind());
        if (provider == null) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                    "No adapter for " + connection.kind().cliName() + " connections in this build.");
        }
        return provider;
    }

    private String requireKey(Connection connection) {
        String key = secrets.apiKey(connection).orElse(null);
        if (key == null && connection.kind().keyRequired()) {
            String where = connection.apiKeyEnv().isEmpty() ? "" : "set $" + connection.apiKeyEnv() + " or ";
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, "No API key for '" + connection.name() + "': "
                    + where + "store one in Settings > Connections.");
        }
        return key;
    }

    /** What "Test connection" found. */
    public record ConnectionCheck(Duration latency, List<String> models) {
        public ConnectionCheck {
            models = List.copyOf(models);
        }
    }
}
