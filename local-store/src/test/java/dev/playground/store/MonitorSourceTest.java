package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorQuery;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorSourceTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunRecord run(int n, String model, int version, String alias, ErrorKind kind, long latencyMicros, Double cost, String answer) {
        RunStatus status = kind == null ? RunStatus.OK : kind == ErrorKind.CUT_STREAM ? RunStatus.INCOMPLETE : RunStatus.ERROR;
        return new RunRecord("r" + n, T0.plus(Duration.ofMinutes(37L * n)), "c", "Loopback", ProviderKind.OPENAI_COMPATIBLE, model,
                "support", ModelSettings.DEFAULTS, List.of(new RenderedMessage(Role.USER, "question " + n)), answer, "stop", status,
                10, kind == null ? 5 : 0, true, kind == null ? Duration.ofNanos(latencyMicros * 500) : null,
                Duration.ofNanos(latencyMicros * 1000), cost, kind == null ? "" : "failed", false, null, n % 4 == 0 ? 3 : 1,
                version, alias, kind);
    }

    @Test
    void figures_match_what_the_raw_rows_give() {
        Random random = new Random(7);
        List<RunRecord> all = new ArrayList<>();
        ErrorKind[] kinds = {null, null, null, null, null, ErrorKind.RATE_LIMITED, ErrorKind.SERVER_ERROR, ErrorKind.CUT_STREAM};
        for (int n = 0; n < 157; n++) {
            ErrorKind kind = kinds[random.nextInt(kinds.length)];
            RunRecord run = run(n, n % 3 == 0 ? "gpt-a" : "gpt-b", 1 + n % 2, n % 2 == 0 ? "prod" : "", kind,
                    1_000 + random.nextInt(900_000), kind == null ? 0.001 * (1 + n % 5) : null, n % 10 == 0 ? "I can't help with that." : "Sure.");
            store.runs().record(run);
            all.add(run);
        }
        store.runs().feedback("r1", 1, 5);
        store.runs().feedback("r2", -1, 2);
        store.runs().feedback("r3", 1, 0);
        store.runs().judged("r4", 0.5);

        MonitorReport report = new MonitorService(store.monitor()).report(new MonitorQuery(T0, T0.plus(Duration.ofDays(7)), Grouping.MODEL, true));

        Figures overall = report.overall();
        assertThat(overall.requests()).isEqualTo(157);
        long errors = all.stream().filter(r -> r.errorKind() != null).count();
        assertThat(overall.errors()).isEqualTo(errors);
        assertThat(overall.errorRate()).isEqualTo((double) errors / 157);
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(overall.errors(kind)).as(kind.name()).isEqualTo(all.stream().filter(r -> r.errorKind() == kind).count());
        }
        List<Long> latencies = all.stream().map(r -> r.latency().toNanos() / 1000).sorted().toList();
        assertThat(overall.latencyMs().p50()).isEqualTo(nearestRank(latencies, 0.50));
        assertThat(overall.latencyMs().p95()).isEqualTo(nearestRank(latencies, 0.95));
        assertThat(overall.latencyMs().p99()).isEqualTo(nearestRank(latencies, 0.99));
        List<Long> ttfts = all.stream().filter(r -> r.timeToFirstToken() != null).map(r -> r.timeToFirstToken().toNanos() / 1000).sorted().toList();
        assertThat(overall.ttftMs().p95()).isEqualTo(nearestRank(ttfts, 0.95));
        assertThat(overall.tokensIn()).isEqualTo(all.stream().mapToLong(RunRecord::inputTokens).sum());
        assertThat(overall.tokensOut()).isEqualTo(all.stream().mapToLong(RunRecord::outputTokens).sum());
        assertThat(overall.cost()).isCloseTo(all.stream().filter(r -> r.costUsd() != null).mapToDouble(RunRecord::costUsd).sum(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(overall.costPerDay().keySet()).first().isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(overall.retried()).isEqualTo(all.stream().filter(r -> r.attempts() > 1).count());
        assertThat(overall.extraAttempts()).isEqualTo(all.stream().mapToLong(r -> r.attempts() - 1).sum());
        assertThat(overall.thumbsUp()).isEqualTo(2);
        assertThat(overall.thumbsDown()).isEqualTo(1);
        assertThat(overall.meanRating()).isEqualTo(3.5);
        assertThat(overall.meanJudgeScore()).isEqualTo(0.5);
        assertThat(overall.refusals()).isEqualTo(all.stream().filter(r -> r.errorKind() == null && r.output().startsWith("I can't")).count());

        assertThat(report.groups()).extracting(Figures::key).containsExactlyInAnyOrder("gpt-a", "gpt-b");
        Figures a = report.groups().stream().filter(g -> g.key().equals("gpt-a")).findFirst().orElseThrow();
        List<Long> aLatencies = all.stream().filter(r -> r.model().equals("gpt-a")).map(r -> r.latency().toNanos() / 1000).sorted().toList();
        assertThat(a.requests()).isEqualTo(aLatencies.size());
        assertThat(a.latencyMs().p99()).isEqualTo(nearestRank(aLatencies, 0.99));
        assertThat(report.series()).hasSize(7);
        assertThat(report.series().stream().mapToLong(p -> p.figures().requests()).sum()).isEqualTo(157);
    }

    @Test
    void versions_and_aliases_group_apart_and_a_range_leaves_out_what_is_outside() {
        store.runs().record(run(1, "m", 1, "prod", null, 1000, null, "a"));
        store.runs().record(run(2, "m", 2, "", null, 2000, null, "b"));
        store.runs().record(run(3, "m", 2, "", ErrorKind.TIMEOUT, 3000, null, ""));
        store.runs().record(run(100, "m", 2, "", null, 3000, null, "late"));
        MonitorService monitor = new MonitorService(store.monitor());
        Instant to = T0.plus(Duration.ofHours(3));

        MonitorReport byVersion = monitor.report(new MonitorQuery(T0, to, Grouping.VERSION, false));
        MonitorReport byAlias = monitor.report(new MonitorQuery(T0, to, Grouping.ALIAS, false));

        assertThat(byVersion.overall().requests()).isEqualTo(3);
        assertThat(byVersion.groups()).extracting(Figures::key, Figures::requests, Figures::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("support/2", 2L, 1L), org.assertj.core.groups.Tuple.tuple("support/1", 1L, 0L));
        assertThat(byAlias.groups()).extracting(Figures::key).containsExactly(Grouping.NONE, "support@prod");
        assertThat(store.runs().get("r3").orElseThrow().errorKind()).isEqualTo(ErrorKind.TIMEOUT);
        assertThat(store.monitor().inputs(T0, to, "support", 2, 10)).containsExactly("question 3", "question 2");
    }

    @Test
    void packing_older_rows_into_blocks_changes_no_figure() {
        Random random = new Random(5);
        for (int n = 0; n < 60; n++) {
            store.runs().record(run(n, "m" + n % 3, 1 + n % 2, n % 4 == 0 ? "prod" : "", n % 7 == 0 ? ErrorKind.SERVER_ERROR : null,
                    1_000 + random.nextInt(50_000), n % 7 == 0 ? null : 0.002, n % 9 == 0 ? "Lo siento, pero no puedo." : "Claro."));
        }
        store.runs().feedback("r3", -1, 1);
        store.runs().judged("r5", 0.25);
        Instant to = T0.plus(Duration.ofDays(2));
        MonitorQuery query = new MonitorQuery(T0.plus(Duration.ofMinutes(100)), to, Grouping.ALIAS, true);
        MonitorReport before = new MonitorService(store.monitor()).report(query);
        dev.playground.store.h2.H2MonitorSource packing = new dev.playground.store.h2.H2MonitorSource(store.jdbc(), 20, 5, 8);

        MonitorReport after = new MonitorService(packing).report(query);
        store.runs().record(run(61, "m1", 1, "", null, 7_000, 0.002, "late"));
        assertThat(store.runs().get("r61")).isPresent(); // a read waits for rows still queued (group commit)
        MonitorReport again = new MonitorService(packing).report(query);

        assertThat(packedBlocks()).isEqualTo((60 - 5) / 8);
        assertThat(after).isEqualTo(before);
        assertThat(again.overall().requests()).isEqualTo(before.overall().requests() + 1);
        assertThat(after.overall().thumbsDown()).isEqualTo(1);
        assertThat(after.overall().meanJudgeScore()).isEqualTo(0.25);
        assertThat(store.runs().feedback("no-such-run", 1, 0)).isFalse();
    }

    private int packedBlocks() {
        return store.jdbc().read("count blocks", c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM run_fact_blocks")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The nearest-rank percentile in milliseconds, computed the plain way. */
    private static double nearestRank(List<Long> sortedMicros, double p) {
        int rank = (int) Math.ceil(p * sortedMicros.size() - 1e-9);
        return sortedMicros.get(Math.max(rank, 1) - 1) / 1000.0;
    }

    /** Opens the store under test: the embedded one here; the team-store subclass opens a PostgreSQL database instead. */
    protected LocalStore open(Path dir) {
        return LocalStore.open(dir);
    }
}
