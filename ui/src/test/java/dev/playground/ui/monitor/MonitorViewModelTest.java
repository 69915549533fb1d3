package dev.playground.ui.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.monitor.Alert;
import dev.playground.engine.monitor.AlertThresholds;
import dev.playground.engine.monitor.DriftCheck;
import dev.playground.engine.monitor.DriftService;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.ErrorKind;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Monitor tab's view model with a real store and a synchronous executor. */
class MonitorViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir Path dir;
    private LocalStore store;
    private MonitorViewModel viewModel;
    private final AtomicReference<AlertThresholds> saved = new AtomicReference<>(AlertThresholds.NONE);

    @BeforeEach
    void open() {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dir);
        viewModel = viewModel(store, saved, null);
    }

    static MonitorViewModel viewModel(LocalStore store, AtomicReference<AlertThresholds> saved, dev.playground.engine.metrics.TextEmbedder embedder) {
        return new MonitorViewModel(new MonitorService(store.monitor()), () -> new DriftService(store.monitor(), embedder),
                new MonitorViewModel.AlertStore() {
                    @Override
                    public AlertThresholds load() {
                        return saved.get();
                    }

                    @Override
                    public void save(AlertThresholds limits) {
                        saved.set(limits);
                    }
                }, new CurrentThreadTaskExecutor(), new I18n(Locale.ENGLISH), ZoneOffset.UTC, () -> NOW);
    }

    @AfterEach
    void close() {
        store.close();
        UiThread.endStandIn();
    }

    /** A call {@code minutesAgo} before NOW. */
    static RunRecord run(String id, long minutesAgo, String model, ErrorKind kind, long latencyMs, String question) {
        RunStatus status = kind == null ? RunStatus.OK : RunStatus.ERROR;
        return new RunRecord(id, NOW.minus(Duration.ofMinutes(minutesAgo)), "c", "Loopback", ProviderKind.OPENAI_COMPATIBLE, model, "support",
                ModelSettings.DEFAULTS, List.of(new RenderedMessage(Role.USER, question)), kind == null ? "Sure." : "", "stop", status, 20, 5,
                true, Duration.ofMillis(latencyMs / 2), Duration.ofMillis(latencyMs), 0.01, "", false, null, 1, 1, "", kind);
    }

    @Test
    void figures_groups_and_points_over_time_for_the_chosen_range() {
        store.runs().record(run("a", 30, "m1", null, 100, "q"));
        store.runs().record(run("b", 90, "m1", ErrorKind.RATE_LIMITED, 300, "q"));
        store.runs().record(run("c", 20 * 60, "m2", null, 200, "q"));
        store.runs().record(run("d", 3 * 24 * 60, "m2", null, 200, "q"));

        viewModel.rangeProperty().set(MonitorViewModel.Range.DAY);
        viewModel.groupingProperty().set(Grouping.MODEL);
        viewModel.refresh();

        var report = viewModel.reportProperty().get();
        assertThat(report.overall().requests()).isEqualTo(3);
        assertThat(report.overall().errors()).isEqualTo(1);
        assertThat(report.groups()).extracting(f -> f.key()).containsExactly("m1", "m2");
        assertThat(report.series()).hasSize(24);
        viewModel.metricProperty().set(MonitorViewModel.Metric.ERROR_RATE);
        assertThat(viewModel.value(report.groups().getFirst())).isEqualTo(50.0);

        viewModel.rangeProperty().set(MonitorViewModel.Range.WEEK);
        viewModel.refresh();
        assertThat(viewModel.reportProperty().get().overall().requests()).isEqualTo(4);
        assertThat(viewModel.reportProperty().get().series()).hasSize(7);

        viewModel.rangeProperty().set(MonitorViewModel.Range.CUSTOM);
        viewModel.refresh();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains("Pick both dates");
    }

    @Test
    void a_clicked_point_opens_the_runs_of_its_step() {
        store.runs().record(run("a", 30, "m1", null, 100, "q"));
        List<Instant[]> opened = new ArrayList<>();
        viewModel.setRunsOpener((from, to) -> opened.add(new Instant[] {from, to}));
        viewModel.refresh();

        viewModel.openPoint(23);

        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst()[0]).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(opened.getFirst()[1]).isEqualTo(NOW);
        viewModel.openPoint(99);
        assertThat(opened).hasSize(1);
    }

    @Test
    void limits_are_saved_and_alerts_follow_the_runs_as_they_arrive() {
        for (int i = 0; i < 5; i++) store.runs().record(run("ok" + i, 10 + i, "m1", null, 100, "q"));
        viewModel.start();
        assertThat(viewModel.alerts()).isEmpty();

        viewModel.errorRateLimitProperty().set("10");
        viewModel.p95LimitProperty().set("");
        assertThat(viewModel.saveLimits()).isTrue();
        assertThat(saved.get().errorRate()).isEqualTo(0.10);
        assertThat(saved.get().p95LatencyMs()).isNull();
        assertThat(viewModel.alerts()).isEmpty();

        store.runs().record(run("bad", 1, "m1", ErrorKind.SERVER_ERROR, 100, "q"));
        viewModel.runArrivals().accept("a run");

        assertThat(viewModel.alerts()).extracting(Alert::kind).containsExactly(Alert.Kind.ERROR_RATE);
        assertThat(viewModel.alerts().getFirst().value()).isEqualTo(1 / 6.0);

        viewModel.p95LimitProperty().set("fast");
        assertThat(viewModel.saveLimits()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("could not be read");

        MonitorViewModel reopened = viewModel(store, saved, null);
        reopened.start();
        assertThat(reopened.errorRateLimitProperty().get()).isEqualTo("10");
        assertThat(reopened.alerts()).hasSize(1);
    }

    @Test
    void drift_against_the_period_before_gives_a_verdict_per_measure() {
        for (int i = 0; i < 12; i++) {
            store.runs().record(run("before" + i, 25 * 60 + i, "m1", null, 100, "short"));
            store.runs().record(run("after" + i, 60 + i, "m1", i < 6 ? ErrorKind.SERVER_ERROR : null, 100, "a much longer question than before"));
        }
        viewModel.refresh();

        viewModel.compareWithPrevious();

        var drift = viewModel.driftProperty().get();
        assertThat(drift.callsBefore()).isEqualTo(12);
        assertThat(drift.callsAfter()).isEqualTo(12);
        assertThat(drift.check(DriftCheck.Measure.INPUT_LENGTH).verdict()).isEqualTo(DriftCheck.Verdict.DRIFTED);
        assertThat(drift.check(DriftCheck.Measure.ERROR_RATE).verdict()).isEqualTo(DriftCheck.Verdict.DRIFTED);
        assertThat(drift.check(DriftCheck.Measure.LATENCY_P95).verdict()).isEqualTo(DriftCheck.Verdict.STABLE);
        assertThat(drift.check(DriftCheck.Measure.TOPICS).verdict()).as("no embedder here").isEqualTo(DriftCheck.Verdict.NOT_MEASURED);
    }

    /** A call of a saved prompt version {@code minutesAgo} before NOW. */
    static RunRecord versioned(String id, long minutesAgo, int version, ErrorKind kind, String answer) {
        RunStatus status = kind == null ? RunStatus.OK : RunStatus.ERROR;
        return new RunRecord(id, NOW.minus(Duration.ofMinutes(minutesAgo)), "c", "Loopback", ProviderKind.OPENAI_COMPATIBLE, "m1", "support",
                ModelSettings.DEFAULTS, List.of(new RenderedMessage(Role.USER, "How do I reset my password?")), kind == null ? answer : "", "stop",
                status, 20, 5, true, Duration.ofMillis(50), Duration.ofMillis(100), 0.01, "", false, null, 1, version, "", kind);
    }

    @Test
    void drift_of_a_version_against_the_one_before_it_over_the_same_range() {
        for (int i = 0; i < 12; i++) {
            store.runs().record(versioned("one" + i, 200 + i, 1, null, "Open Settings."));
            store.runs().record(versioned("two" + i, 100 + i, 2, i < 4 ? ErrorKind.TIMEOUT : null, "Open Settings, then Account, then Reset, and follow the mail."));
            store.runs().record(versioned("three" + i, 10 + i, 3, null, "Open Settings."));
        }
        viewModel.rangeProperty().set(MonitorViewModel.Range.DAY);
        viewModel.refresh();
        assertThat(viewModel.driftTargets()).as("the period, then each version that has one before it, newest first")
                .containsExactly(MonitorViewModel.PERIOD, "support/3", "support/2");

        viewModel.driftTargetProperty().set("support/2");
        viewModel.compareWithPrevious();

        var drift = viewModel.driftProperty().get();
        assertThat(drift.before().label()).isEqualTo("support/1");
        assertThat(drift.after().label()).isEqualTo("support/2");
        assertThat(drift.callsBefore()).isEqualTo(12);
        assertThat(drift.callsAfter()).isEqualTo(12);
        assertThat(drift.check(DriftCheck.Measure.ERROR_RATE).after()).isEqualTo(4 / 12.0);
        assertThat(drift.check(DriftCheck.Measure.ERROR_RATE).verdict()).isEqualTo(DriftCheck.Verdict.DRIFTED);
        assertThat(drift.check(DriftCheck.Measure.OUTPUT_LENGTH).verdict()).isEqualTo(DriftCheck.Verdict.DRIFTED);

        viewModel.driftTargetProperty().set(MonitorViewModel.PERIOD);
        viewModel.compareWithPrevious();
        assertThat(viewModel.driftProperty().get().after().version()).isZero();
        assertThat(viewModel.driftProperty().get().callsAfter()).isEqualTo(36);
    }

    @Test
    void every_monitor_text_is_in_english_and_spanish() throws Exception {
        java.util.Properties english = properties("messages.properties");
        java.util.Properties spanish = properties("messages_es.properties");
        List<String> monitorKeys = english.stringPropertyNames().stream().filter(k -> k.startsWith("monitor.")).toList();
        assertThat(monitorKeys).hasSizeGreaterThan(80);
        assertThat(spanish.stringPropertyNames()).containsAll(monitorKeys);
        assertThat(new I18n(Locale.forLanguageTag("es")).text("monitor.badge", 2)).isEqualTo("2 alertas");
        assertThat(new I18n(Locale.ENGLISH).text("monitor.badge", 1)).isEqualTo("1 alert");
    }

    private static java.util.Properties properties(String file) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = MonitorViewModelTest.class.getResourceAsStream("/dev/playground/ui/i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
