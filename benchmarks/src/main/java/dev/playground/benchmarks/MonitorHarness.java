package dev.playground.benchmarks;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorQuery;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 18's speed target: the dashboard's figures over 1,000,000 logged runs in at most 1 s, and the run log
 * still fast to write while they compute. Generates the log once into DIR (bulk inserts into run_log and
 * run_facts, 30 days, 6 models, 4 prompts with versions and aliases, ~8% errors), then times
 * {@code MonitorService.report} (overall + by model + hourly/daily points) and the durable {@code record} of
 * single runs alone and while reports run back to back.
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/bench.classpath) dev.playground.benchmarks.MonitorHarness DIR [ROWS]</pre>
 */
public final class MonitorHarness {
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
    private static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "claude-haiku", "llama-3.1-8b", "qwen2.5-7b", "mistral-small"};
    private static final String[] PROMPTS = {"support", "summarise", "classify", "translate"};
    private static final ErrorKind[] KINDS = ErrorKind.values();

    private MonitorHarness() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/pg-monitor-bench");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        boolean fresh = !Files.exists(dir.resolve("marker-" + rows));
        try (LocalStore store = LocalStore.open(dir)) {
            if (fresh) {
                long t = System.nanoTime();
                generate(store, rows);
                Files.writeString(dir.resolve("marker-" + rows), "generated");
                System.out.printf(Locale.ROOT, "generated %,d runs in %.1f s%n", rows, (System.nanoTime() - t) / 1e9);
            }
            MonitorService monitor = new MonitorService(store.monitor());
            MonitorQuery month = new MonitorQuery(END.minus(Duration.ofDays(30)), END, Grouping.MODEL, true);
            MonitorQuery overallOnly = new MonitorQuery(END.minus(Duration.ofDays(30)), END, null, false);
            for (int i = 0; i < 3; i++) monitor.report(month); // warm-up
            System.out.println(times("report, 30 days, overall only", 7, () -> monitor.report(overallOnly)));
            System.out.println(times("report, 30 days, by model, daily points", 7, () -> monitor.report(month)));
            MonitorReport report = monitor.report(month);
            System.out.printf(Locale.ROOT, "  requests %,d, errors %,d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, groups %d, points %d%n",
                    report.overall().requests(), report.overall().errors(), report.overall().latencyMs().p50(),
                    report.overall().latencyMs().p95(), report.overall().latencyMs().p99(), report.groups().size(), report.series().size());

            System.out.println(writes(store, "record one run, alone", 300, () -> {}));
            AtomicBoolean stop = new AtomicBoolean();
            Thread reader = Thread.ofPlatform().start(() -> {
                while (!stop.get()) monitor.report(month);
            });
            try {
                System.out.println(writes(store, "record one run, while reports run back to back", 300, () -> {}));
            } finally {
                stop.set(true);
                reader.join();
            }
        }
    }

    private static String times(String what, int runs, Runnable work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "%-50s median %7.1f ms  min %7.1f  max %7.1f  (%d runs)", what, ms[runs / 2], ms[0], ms[runs - 1], runs);
    }

    private static String writes(LocalStore store, String what, int count, Runnable between) {
        double[] ms = new double[count];
        Random random = new Random(11);
        for (int i = 0; i < count; i++) {
            RunRecord run = run("w" + System.nanoTime() + "-" + i, END.minusSeconds(random.nextInt(3600)), random, i);
            long t = System.nanoTime();
            store.runs().record(run);
            ms[i] = (System.nanoTime() - t) / 1e6;
            between.run();
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "%-50s median %7.2f ms  p95 %7.2f  max %7.2f  (%d writes)", what, ms[count / 2],
                ms[(int) (count * 0.95)], ms[count - 1], count);
    }

    private static RunRecord run(String id, Instant at, Random random, int n) {
        ErrorKind kind = random.nextInt(100) < 8 ? KINDS[random.nextInt(KINDS.length)] : null;
        RunStatus status = kind == null ? RunStatus.OK : kind == ErrorKind.CUT_STREAM ? RunStatus.INCOMPLETE : RunStatus.ERROR;
        long latencyMicros = 80_000 + (long) (Math.abs(random.nextGaussian()) * 900_000);
        String prompt = PROMPTS[n % PROMPTS.length];
        return new RunRecord(id, at, "c" + (n % 3), "Connection " + (n % 3), ProviderKind.OPENAI_COMPATIBLE, MODELS[n % MODELS.length],
                prompt, ModelSettings.DEFAULTS, List.of(new RenderedMessage(Role.USER, "Please help with order " + n + " which arrived late.")),
                kind == null ? "Here is what I found for order " + n + "." : "", kind == null ? "stop" : "incomplete", status,
                40 + random.nextInt(400), kind == null ? 20 + random.nextInt(300) : 0, true,
                Duration.ofNanos(latencyMicros * 300), Duration.ofNanos(latencyMicros * 1000), kind == null ? 0.0001 * (1 + n % 7) : null,
                kind == null ? "" : "The server answered 500.", false, null, random.nextInt(20) == 0 ? 2 : 1, 1 + n % 3,
                n % 5 == 0 ? "production" : "", kind);
    }

    /** Bulk inserts in transactions of 20,000 rows, the same columns {@code record} writes (without forcing each to disk). */
    private static void generate(LocalStore store, int rows) {
        Random random = new Random(3);
        long spanSeconds = Duration.ofDays(30).toSeconds();
        int batch = 20_000;
        for (int start = 0; start < rows; start += batch) {
            List<RunRecord> runs = new ArrayList<>(batch);
            for (int n = start; n < Math.min(rows, start + batch); n++) {
                runs.add(run(String.format(Locale.ROOT, "g%09d", n), END.minusSeconds(1 + (long) (random.nextDouble() * spanSeconds)), random, n));
            }
            store.jdbc().inTransaction("generate runs", connection -> {
                try (PreparedStatement log = connection.prepareStatement("INSERT INTO run_log (id, started_at, connection_id, connection_name, "
                        + "provider, model, prompt_name, settings_json, messages_json, output, finish_reason, status, input_tokens, "
                        + "output_tokens, tokens_reported, ttft_micros, latency_micros, cost_usd, error, cached, original_latency_micros, "
                        + "attempts, prompt_version, alias, error_kind) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, "
                        + "FALSE, NULL, ?, ?, ?, ?)");
                     PreparedStatement facts = connection.prepareStatement("INSERT INTO run_facts (run_id, started_at, model, "
                        + "connection_name, prompt_name, prompt_version, alias, status, error_kind, attempts, input_tokens, output_tokens, "
                        + "latency_micros, ttft_micros, cost_usd, input_chars, output_chars, refused) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
                    for (RunRecord r : runs) {
                        Timestamp at = Timestamp.from(r.startedAt());
                        Object cost = r.costUsd();
                        String kind = r.errorKind() == null ? null : r.errorKind().name();
                        long latency = r.latency().toNanos() / 1000;
                        long ttft = r.timeToFirstToken().toNanos() / 1000;
                        Object[] logValues = {r.id(), at, r.connectionId(), r.connectionName(), "openai", r.model(), r.promptName(),
                                "[{\"role\":\"USER\",\"text\":\"" + r.messages().get(0).text() + "\"}]", r.output(), r.finishReason(),
                                r.status().name(), r.inputTokens(), r.outputTokens(), ttft, latency, cost, r.error(), r.attempts(),
                                r.promptVersion(), r.alias(), kind};
                        for (int i = 0; i < logValues.length; i++) log.setObject(i + 1, logValues[i]);
                        log.addBatch();
                        Object[] factValues = {r.id(), at, r.model(), r.connectionName(), r.promptName(), r.promptVersion(), r.alias(),
                                r.status().name(), kind, r.attempts(), r.inputTokens(), r.outputTokens(), latency, ttft, cost,
                                r.messages().get(0).text().length(), r.output().length()};
                        for (int i = 0; i < factValues.length; i++) facts.setObject(i + 1, factValues[i]);
                        facts.addBatch();
                    }
                    log.executeBatch();
                    facts.executeBatch();
                }
                return null;
            });
        }
    }
}
