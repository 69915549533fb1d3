package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.ResponseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One suite evaluation, planned and run the same way for {@code playground eval} and the Evaluate view: prompts from
 * the suite's own bundle first (a CI checkout has no store), then from {@link Sources}; every connection of the plan
 * gets the response cache (kept in the store), room for the run's concurrency and the call timeout; then the run,
 * and with a baseline the baseline's run and the per-row diff.
 *
 * <pre>
 * SuiteEvaluation.Planned planned = evaluation.plan(path, SuiteFiles.load(path), options);   // bad input throws here
 * SuiteEvaluation.Running running = planned.start(listener);
 * running.cancel();                                                                        // Stop / Ctrl+C
 * SuiteEvaluation.Result result = running.result().get();
 * </pre>
 */
public final class SuiteEvaluation {
    /** Where whatever the suite's bundle does not hold comes from (the app's store). Lookups throw IllegalArgumentException. */
    public interface Sources {
        /** A saved version: {@code NAME}, {@code NAME/3}, {@code NAME@alias}. */
        PromptDocument savedPrompt(String ref);

        /** The same version with its run-log label (prompt, version number, alias): how suite runs are filed. */
        default ResolvedPrompt savedVersion(String ref) {
            return ResolvedPrompt.unnumbered(savedPrompt(ref), ref);
        }

        Connection connection(String name);

        DatasetVersion dataset(String ref);

        /** Where answers are kept across processes; null keeps them in memory only. */
        ResponseStore responses();

        /** Where each finished run is kept per prompt (pass rate and metrics by version); nowhere by default. */
        default SuiteHistory history() {
            return SuiteHistory.NONE;
        }

        /** The prompt and saved version a variant's reference stands for; by default read from the text ({@code NAME/3}, {@code NAME@alias}). */
        default SuiteHistory.Resolved resolve(String promptRef) {
            return SuiteHistory.parse(promptRef);
        }
    }

    /**
     * What the caller chose. Nulls take the suite's own value (repeat, concurrency) or the connection's as configured
     * (cache, timeout); {@code connection} sends every provider's calls to one saved connection. {@code cache} true
     * also keeps answers in the store across processes. {@code widenLimits} lets each connection take the run's
     * concurrency at once (the command line, a process of its own); the window leaves the user's limits alone, as
     * the gateway's policies are shared with every other view. {@code guard} ({@code eval --guard}) overrides the
     * suite's guardrails, which override the connection's, rail by rail, for this run only.
     */
    public record Options(String connection, Integer repeat, Integer concurrency, Boolean cache, Duration timeout, String baseline,
                          boolean resume, boolean widenLimits, GuardPolicy guard) {
        public Options {
            guard = guard == null ? GuardPolicy.NONE : guard;
        }

        public Options(String connection, Integer repeat, Integer concurrency, Boolean cache, Duration timeout, String baseline, boolean resume,
                       boolean widenLimits) {
            this(connection, repeat, concurrency, cache, timeout, baseline, resume, widenLimits, GuardPolicy.NONE);
        }

        /** The window's: the suite's own settings, the connections as configured, no resume. */
        public static Options window(String baseline) {
            return new Options(null, null, null, null, null, baseline, false, false);
        }

        boolean hasBaseline() {
            return baseline != null && !baseline.isBlank();
        }
    }

    /** How it ended: the run, and with a baseline its run and the diff (null when there was none or it was stopped). */
    public record Result(SuiteReport report, SuiteReport baselineReport, BaselineDiff diff) {
        public boolean cancelled() {
            return report.cancelled() || baselineReport != null && baselineReport.cancelled();
        }
    }

    /** A run under way: the suite's, then its baseline's. */
    public interface Running {
        void cancel();

        CompletableFuture<Result> result();
    }

    private final ModelGateway gateway;
    private final SuiteRunner runner;
    private final Sources sources;

    public SuiteEvaluation(ModelGateway gateway, SuiteRunner runner, Sources sources) {
        this.gateway = gateway;
        this.runner = runner;
        this.sources = sources;
    }

    /** Plans the suite (and its baseline); a bad suite, prompt, connection or dataset throws here, before any call. */
    public Planned plan(Path source, Suite suite, Options options) throws BundleFileException {
        SuitePlanner planner = new SuitePlanner(lookups(source));
        SuitePlan plan = withOptions(planner.plan(suite, options.connection()), suite, options);
        SuitePlan before = options.hasBaseline()
                ? withOptions(planner.plan(suite.withPrompts(List.of(SuitePrompt.saved(options.baseline().strip()))), options.connection()), suite, options)
                : null;
        prepare(plan, options);
        if (before != null) prepare(before, options);
        GuardPolicy guard = suite.guard().overriddenBy(options.guard());
        Planned planned = new Planned(plan, before, options, guard);
        planned.source = source;
        return planned;
    }

    /** A planned evaluation, ready to start. */
    public final class Planned {
        private final SuitePlan plan;
        private final SuitePlan baseline;
        private final Options options;
        private final GuardPolicy guard;
        private Path source;

        private Planned(SuitePlan plan, SuitePlan baseline, Options options, GuardPolicy guard) {
            this.plan = plan;
            this.baseline = baseline;
            this.options = options;
            this.guard = guard;
        }

        /** The suite's guardrails with {@code --guard} over them; applied over each connection's own while the run lasts. */
        public GuardPolicy guard() {
            return guard;
        }

        public SuitePlan plan() {
            return plan;
        }

        /** Runs on threads of its own; {@code listener} hears the suite's cells (the baseline's run is quiet). */
        public Running start(SuiteListener listener) {
            Holder holder = new Holder();
            Thread.ofVirtual().name("suite-evaluation").start(() -> {
                try {
                    holder.result.complete(execute(listener, holder));
                } catch (Throwable e) {
                    holder.result.completeExceptionally(e instanceof java.util.concurrent.ExecutionException x && x.getCause() != null
                            ? x.getCause() : e);
                }
            });
            return holder;
        }

        private Result execute(SuiteListener listener, Holder holder) throws Exception {
            Map<String, GuardPolicy> before = applyGuard();
            try {
                return executeGuarded(listener, holder);
            } finally {
                before.forEach(gateway::setGuardPolicy);
            }
        }

        /**
         * Puts the run's guardrails over each model connection's (the judge's too when it is one of them) and returns
         * what each had, so the window's other views get the connection's own back when the run ends.
         */
        private Map<String, GuardPolicy> applyGuard() {
            Map<String, GuardPolicy> before = new LinkedHashMap<>();
            if (guard.isEmpty()) return before;
            List<SuitePlan> plans = baseline == null ? List.of(plan) : List.of(plan, baseline);
            for (SuitePlan p : plans) {
                for (SuiteVariant v : p.variants()) {
                    String id = v.connection().id();
                    if (before.containsKey(id)) continue;
                    GuardPolicy own = gateway.guardPolicy(id);
                    before.put(id, own);
                    gateway.setGuardPolicy(id, own.overriddenBy(guard));
                }
            }
            return before;
        }

        private void keepInHistory(SuiteReport report) {
            try {
                Path bundle = source == null ? null : Files.isDirectory(source) ? source : SuiteFiles.bundleOf(source);
                BundlePrompts inBundle = bundle == null ? null : BundlePrompts.read(bundle);
                // A prompt of the suite's bundle is filed under the version the bundle gives it, as the plan found it there.
                SuiteHistory.Resolver resolver = ref -> {
                    java.util.OptionalInt own = inBundle == null ? java.util.OptionalInt.empty() : inBundle.versionOf(ref);
                    if (own.isEmpty()) return sources.resolve(ref);
                    SuiteHistory.Resolved parsed = SuiteHistory.parse(ref);
                    return new SuiteHistory.Resolved(parsed.prompt(), own.getAsInt(), parsed.alias());
                };
                sources.history().keep(SuiteHistory.entries(java.util.UUID.randomUUID().toString(), report, java.time.Instant.now(), resolver));
            } catch (RuntimeException | BundleFileException e) {
                // The run's own report matters more than its line in the history.
                org.slf4j.LoggerFactory.getLogger(SuiteEvaluation.class).warn("The suite run could not be kept in the history: {}", e.getMessage());
            }
        }

        private Result executeGuarded(SuiteListener listener, Holder holder) throws Exception {
            SuiteReport report = holder.run(runner.start(plan, listener, options.resume())).report().get();
            if (!report.cancelled()) keepInHistory(report);
            if (report.cancelled() || baseline == null || holder.cancelled) return new Result(report, null, null);
            SuiteReport before = holder.run(runner.start(baseline, SuiteListener.NONE, false)).report().get();
            if (before.cancelled()) return new Result(report, before, null);
            return new Result(report, before, BaselineDiff.of(options.baseline().strip(), before, report));
        }
    }

    /** The run under way (the suite's, then the baseline's), so a stop reaches whichever is running. */
    private static final class Holder implements Running {
        private final CompletableFuture<Result> result = new CompletableFuture<>();
        private volatile SuiteRun current;
        private volatile boolean cancelled;

        SuiteRun run(SuiteRun run) {
            current = run;
            if (cancelled) run.cancel();
            return run;
        }

        @Override
        public void cancel() {
            cancelled = true;
            SuiteRun run = current;
            if (run != null) run.cancel();
        }

        @Override
        public CompletableFuture<Result> result() {
            return result;
        }
    }

    private static SuitePlan withOptions(SuitePlan plan, Suite suite, Options options) {
        return plan.withOptions(options.repeat() != null ? options.repeat() : suite.repeat(),
                options.concurrency() != null ? options.concurrency() : suite.concurrency());
    }

    /** Every connection of the plan caches answers or not, admits the run's concurrency and takes the timeout, as asked. */
    private void prepare(SuitePlan plan, Options options) {
        if (Boolean.TRUE.equals(options.cache())) {
            ResponseStore kept = sources.responses();
            if (kept != null) gateway.persistResponses(kept);
        }
        Set<String> done = new HashSet<>();
        List<Connection> connections = new ArrayList<>();
        plan.variants().forEach(v -> connections.add(v.connection()));
        if (plan.judge() != null) connections.add(plan.judge().connection());
        for (Connection c : connections) {
            if (!done.add(c.id())) continue;
            GatewayPolicy policy = gateway.policy(c.id());
            if (options.cache() != null) policy = policy.withCache(options.cache());
            if (options.widenLimits()) policy = policy.withLimits(Math.max(policy.maxConcurrent(), plan.concurrency()), policy.requestsPerMinute());
            Duration total = options.timeout();
            if (total != null) {
                policy = policy.withTimeouts(policy.connectTimeout(),
                        policy.firstTokenTimeout().compareTo(total) > 0 ? total : policy.firstTokenTimeout(), total);
            }
            gateway.setPolicy(c.id(), policy);
        }
    }

    /** Prompts from the suite's bundle first, then the sources; connections and datasets from the sources. */
    private SuitePlanner.Lookups lookups(Path source) throws BundleFileException {
        Path bundle = source == null ? null : Files.isDirectory(source) ? source : SuiteFiles.bundleOf(source);
        BundlePrompts inBundle = bundle == null ? null : BundlePrompts.read(bundle);
        return new SuitePlanner.Lookups() {
            @Override
            public PromptDocument prompt(String ref) {
                return resolve(ref).document();
            }

            @Override
            public ResolvedPrompt resolve(String ref) {
                if (inBundle != null) {
                    var found = inBundle.findVersion(ref);
                    if (found.isPresent()) return found.get();
                }
                return sources.savedVersion(ref);
            }

            @Override
            public Connection connection(String name) {
                return sources.connection(name);
            }

            @Override
            public DatasetVersion dataset(String ref) {
                return sources.dataset(ref);
            }
        };
    }
}
