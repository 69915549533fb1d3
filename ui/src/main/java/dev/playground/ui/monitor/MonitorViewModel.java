package dev.playground.ui.monitor;

import dev.playground.engine.monitor.Alert;
import dev.playground.engine.monitor.AlertCheck;
import dev.playground.engine.monitor.AlertThresholds;
import dev.playground.engine.monitor.DriftReport;
import dev.playground.engine.monitor.DriftService;
import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.Grouping;
import dev.playground.engine.monitor.MonitorQuery;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Monitor tab: the run log's figures over a time range and grouping, points over time for the charts, drift
 * against the period before, and the alert limits with the alerts they raise. Work runs on the executor; results
 * land on the FX thread. Alerts are checked again (at most one check waiting at a time) whenever a run is recorded.
 */
public final class MonitorViewModel {
    /** The time ranges offered; CUSTOM uses the two dates (whole days in the window's time zone). */
    public enum Range { HOUR, DAY, WEEK, MONTH, CUSTOM }

    /** The drift choice that compares the range with the range just before it (the others are prompt versions, NAME/N). */
    public static final String PERIOD = "";

    /** What the line over time and the bars per group show. */
    public enum Metric { REQUESTS, ERROR_RATE, LATENCY_P95, TTFT_P95, TOKENS, COST }

    private final MonitorService monitor;
    private final Supplier<DriftService> drift;
    private final AlertStore alertStore;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ZoneId zone;
    private final Supplier<Instant> clock;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range", Range.DAY);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.MODEL);
    private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric", Metric.REQUESTS);
    private final ReadOnlyObjectWrapper<MonitorReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<DriftReport> driftReport = new ReadOnlyObjectWrapper<>(this, "drift");
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ObservableList<String> driftTargets = FXCollections.observableArrayList(PERIOD);
    private final ObjectProperty<String> driftTarget = new SimpleObjectProperty<>(this, "driftTarget", PERIOD);
    private final StringProperty errorRateLimit = new SimpleStringProperty(this, "errorRateLimit", "");
    private final StringProperty p95Limit = new SimpleStringProperty(this, "p95Limit", "");
    private final StringProperty dailyCostLimit = new SimpleStringProperty(this, "dailyCostLimit", "");
    private final StringProperty thumbsDownLimit = new SimpleStringProperty(this, "thumbsDownLimit", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private final java.util.concurrent.atomic.AtomicBoolean alertCheckWaiting = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile AlertThresholds limits = AlertThresholds.NONE;
    private BiConsumer<Instant, Instant> showRuns = (from, to) -> {};

    /** Where the alert limits are kept (the settings store). */
    public interface AlertStore {
        AlertThresholds load();

        void save(AlertThresholds limits);
    }

    public MonitorViewModel(MonitorService monitor, Supplier<DriftService> drift, AlertStore alertStore, TaskExecutor executor,
                            I18n i18n, ZoneId zone, Supplier<Instant> clock) {
        this.monitor = monitor;
        this.drift = drift;
        this.alertStore = alertStore;
        this.executor = executor;
        this.i18n = i18n;
        this.zone = zone;
        this.clock = clock;
    }

    /** Loads the limits and checks them once; call when the window starts. */
    public void start() {
        executor.submit(alertStore::load).whenComplete((loaded, error) -> UiThread.run(() -> {
            if (error != null) return;
            limits = loaded;
            showLimits(loaded);
            checkAlerts();
        }));
    }

    /** What a recorded run triggers: one more alert check (none if no limit is set, one waiting at most). */
    public Consumer<Object> runArrivals() {
        return run -> {
            if (!limits.isEmpty()) checkAlerts();
        };
    }

    public void checkAlerts() {
        if (limits.isEmpty()) {
            UiThread.run(alerts::clear);
            return;
        }
        if (!alertCheckWaiting.compareAndSet(false, true)) return;
        AlertThresholds now = limits;
        executor.submit(() -> {
            alertCheckWaiting.set(false);
            return new AlertCheck(monitor).check(now, clock.get());
        }).whenComplete((found, error) -> UiThread.run(() -> {
            if (error == null) alerts.setAll(found);
        }));
    }

    /** Recomputes the figures for the chosen range and grouping. */
    public void refresh() {
        MonitorQuery query;
        try {
            query = query();
        } catch (IllegalArgumentException e) {
            failed.set(true);
            message.set(i18n.text("monitor.error.range"));
            return;
        }
        busy.set(true);
        executor.submit(() -> {
            MonitorReport figures = monitor.report(query);
            return new Loaded(figures, laterVersions(query.by() == Grouping.VERSION ? figures
                    : monitor.report(new MonitorQuery(query.from(), query.to(), Grouping.VERSION, false))));
        }).whenComplete((loaded, error) -> UiThread.run(() -> {
            busy.set(false);
            failed.set(error != null);
            if (error != null) {
                message.set(i18n.text("monitor.error.load", rootMessage(error)));
                return;
            }
            MonitorReport result = loaded.report();
            report.set(result);
            driftReport.set(null);
            String chosen = driftTarget.get();
            List<String> targets = new java.util.ArrayList<>(List.of(PERIOD));
            targets.addAll(loaded.versions());
            driftTargets.setAll(targets);
            driftTarget.set(targets.contains(chosen) ? chosen : PERIOD);
            message.set(result.overall().requests() == 0 ? i18n.text("monitor.empty") : "");
        }));
    }

    private record Loaded(MonitorReport report, List<String> versions) {}

    /** The saved versions (NAME/N, N of 2 or more) that ran in the range, each of which can be held against the one before. */
    private static List<String> laterVersions(MonitorReport byVersion) {
        return byVersion.groups().stream().map(Figures::key).filter(key -> key.matches(".+/([2-9]|\\d{2,9})"))
                .sorted(java.util.Comparator.comparing((String key) -> key.substring(0, key.lastIndexOf('/')))
                        .thenComparing(key -> -Integer.parseInt(key.substring(key.lastIndexOf('/') + 1))))
                .toList();
    }

    /**
     * Drift over the chosen range: with {@link #PERIOD} chosen, against the range of the same length just before it;
     * with a version (NAME/N) chosen, that version's calls against those of version N-1, both over the range.
     */
    public void compareWithPrevious() {
        MonitorReport shown = report.get();
        if (shown == null) return;
        Instant from = shown.query().from();
        Instant to = shown.query().to();
        String target = driftTarget.get() == null ? PERIOD : driftTarget.get();
        busy.set(true);
        executor.submit(() -> {
            if (target.equals(PERIOD)) return drift.get().againstPrevious(from, to);
            int slash = target.lastIndexOf('/');
            return drift.get().againstPreviousVersion(target.substring(0, slash), Integer.parseInt(target.substring(slash + 1)), from, to);
        }).whenComplete((result, error) -> UiThread.run(() -> {
            busy.set(false);
            failed.set(error != null);
            if (error != null) message.set(i18n.text("monitor.error.drift", rootMessage(error)));
            else driftReport.set(result);
        }));
    }

    /** Saves the four limits as typed (blank: off; shares in percent); says what is wrong instead when one cannot be read. */
    public boolean saveLimits() {
        AlertThresholds typed;
        try {
            typed = new AlertThresholds(share(errorRateLimit.get()), number(p95Limit.get()), number(dailyCostLimit.get()),
                    share(thumbsDownLimit.get()));
        } catch (IllegalArgumentException e) {
            failed.set(true);
            message.set(i18n.text("monitor.alerts.invalid"));
            return false;
        }
        limits = typed;
        executor.run(() -> alertStore.save(typed)).whenComplete((ok, error) -> UiThread.run(() -> {
            failed.set(error != null);
            message.set(error == null ? i18n.text("monitor.alerts.saved") : i18n.text("monitor.error.save", rootMessage(error)));
            if (error == null) checkAlerts();
        }));
        return true;
    }

    /** A point of the line over time was clicked: the Runs view shows the calls of that step. */
    public void openPoint(int index) {
        MonitorReport shown = report.get();
        if (shown == null || index < 0 || index >= shown.series().size()) return;
        MonitorReport.Point point = shown.series().get(index);
        showRuns.accept(point.start(), point.end());
    }

    /** Who shows the runs of a clicked point (the window's Runs tab). */
    public void setRunsOpener(BiConsumer<Instant, Instant> opener) {
        this.showRuns = opener;
    }

    MonitorQuery query() {
        Instant now = clock.get();
        return switch (range.get()) {
            case HOUR -> new MonitorQuery(now.minus(Duration.ofHours(1)), now, grouping.get(), true);
            case DAY -> new MonitorQuery(now.minus(Duration.ofDays(1)), now, grouping.get(), true);
            case WEEK -> new MonitorQuery(now.minus(Duration.ofDays(7)), now, grouping.get(), true);
            case MONTH -> new MonitorQuery(now.minus(Duration.ofDays(30)), now, grouping.get(), true);
            case CUSTOM -> {
                if (customFrom.get() == null || customTo.get() == null) throw new IllegalArgumentException("no dates");
                yield new MonitorQuery(customFrom.get().atStartOfDay(zone).toInstant(), customTo.get().plusDays(1).atStartOfDay(zone).toInstant(),
                        grouping.get(), true);
            }
        };
    }

    /** The value of {@link #metricProperty()} in {@code figures}; NaN when there is none. */
    public double value(Figures figures) {
        return switch (metric.get()) {
            case REQUESTS -> figures.requests();
            case ERROR_RATE -> figures.requests() == 0 ? Double.NaN : figures.errorRate() * 100;
            case LATENCY_P95 -> figures.latencyMs().p95();
            case TTFT_P95 -> figures.ttftMs().p95();
            case TOKENS -> figures.tokensIn() + figures.tokensOut();
            case COST -> figures.priced() == 0 ? Double.NaN : figures.cost();
        };
    }

    private void showLimits(AlertThresholds loaded) {
        errorRateLimit.set(loaded.errorRate() == null ? "" : plain(loaded.errorRate() * 100));
        p95Limit.set(loaded.p95LatencyMs() == null ? "" : plain(loaded.p95LatencyMs()));
        dailyCostLimit.set(loaded.dailyCostUsd() == null ? "" : plain(loaded.dailyCostUsd()));
        thumbsDownLimit.set(loaded.thumbsDownRate() == null ? "" : plain(loaded.thumbsDownRate() * 100));
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) return null;
        return Double.parseDouble(text.strip().replace(',', '.').replace("$", "").replace("%", ""));
    }

    private static Double share(String percent) {
        Double value = number(percent);
        return value == null ? null : value / 100;
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public ObjectProperty<Range> rangeProperty() { return range; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public ObjectProperty<Grouping> groupingProperty() { return grouping; }
    public ObjectProperty<Metric> metricProperty() { return metric; }
    public ReadOnlyObjectProperty<MonitorReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DriftReport> driftProperty() { return driftReport.getReadOnlyProperty(); }
    public ObservableList<Alert> alerts() { return alerts; }
    public ObservableList<String> driftTargets() { return driftTargets; }
    public ObjectProperty<String> driftTargetProperty() { return driftTarget; }
    public StringProperty errorRateLimitProperty() { return errorRateLimit; }
    public StringProperty p95LimitProperty() { return p95Limit; }
    public StringProperty dailyCostLimitProperty() { return dailyCostLimit; }
    public StringProperty thumbsDownLimitProperty() { return thumbsDownLimit; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failedProperty() { return failed; }
    public ZoneId zone() { return zone; }
    List<Alert> currentAlerts() { return List.copyOf(alerts); }
}
