package dev.playground.ui.runlog;

import dev.playground.engine.runlog.RunExport;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.RunQuery;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The run log: every model call, filtered by prompt, model, date and status, exportable as CSV or JSONL. */
public final class RunLogViewModel {
    /** How many runs the view shows at most; export writes the same filtered rows. */
    static final int SHOWN = 500;

    public enum ExportFormat { CSV, JSONL }

    private final UiServices services;
    private final I18n i18n;
    private final ZoneId zone;
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunRecord> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The trace the selected run belongs to (a model call of a run with tools), shown as a timeline; empty when none. */
    private final dev.playground.ui.trace.TraceTimelineViewModel timeline;

    /** A range to the instant (a point clicked in the Monitor tab), used instead of the dates until a filter changes. */
    private java.time.Instant exactFrom;
    private java.time.Instant exactTo;

    public RunLogViewModel(UiServices services, I18n i18n, ZoneId zone) {
        this.services = services;
        this.i18n = i18n;
        this.zone = zone;
        from.addListener((obs, old, now) -> exactFrom = exactTo = null);
        to.addListener((obs, old, now) -> exactFrom = exactTo = null);
        this.timeline = new dev.playground.ui.trace.TraceTimelineViewModel(services.executor(), i18n);
        selected.addListener((obs, old, now) -> findTrace(now));
    }

    /** Looks up, off the FX thread, the trace whose model calls include {@code run}; a later selection wins. */
    private void findTrace(RunRecord run) {
        timeline.clear();
        if (run == null) return;
        String id = run.id();
        services.executor().submit(() -> services.traces().forRun(id)).whenComplete((found, error) -> UiThread.run(() -> {
            RunRecord current = selected.get();
            if (error == null && current != null && current.id().equals(id)) timeline.show(found.orElse(null));
        }));
    }

    public dev.playground.ui.trace.TraceTimelineViewModel timeline() {
        return timeline;
    }

    /** Shows the runs started in [{@code start}, {@code end}) (other filters cleared), as the Monitor tab asks. */
    public void showRange(java.time.Instant start, java.time.Instant end) {
        prompt.set("");
        model.set("");
        status.set(null);
        from.set(null);
        to.set(null);
        exactFrom = start;
        exactTo = end;
        refresh();
    }

    /** Reloads the list with the current filters, off the FX thread. */
    public void refresh() {
        RunQuery query = query();
        services.executor().submit(() -> services.runs().find(query)).whenComplete((list, error) -> UiThread.run(() -> {
            if (error != null) {
                message.set(i18n.text("runlog.error.load", rootMessage(error)));
                return;
            }
            runs.setAll(list);
            String count = list.isEmpty() ? i18n.text("runlog.empty") : i18n.text("runlog.count", list.size());
            message.set(query.from() != null && exactFrom != null && query.from().equals(exactFrom)
                    ? count + " " + i18n.text("runlog.range", SHOWN_TIME.format(exactFrom.atZone(zone)), SHOWN_TIME.format(exactTo.atZone(zone)))
                    : count);
        }));
    }

    public void clearFilters() {
        exactFrom = exactTo = null;
        prompt.set("");
        model.set("");
        from.set(null);
        to.set(null);
        status.set(null);
        refresh();
    }

    /** Writes the rows currently shown to {@code file}. */
    public void export(Path file, ExportFormat format) {
        List<RunRecord> rows = List.copyOf(runs);
        services.executor().run(() -> {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                if (format == ExportFormat.CSV) RunExport.writeCsv(rows, writer);
                else RunExport.writeJsonl(rows, writer);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, error) -> UiThread.run(() -> message.set(error == null
                ? i18n.text("runlog.exported", rows.size(), file.getFileName().toString())
                : i18n.text("runlog.error.export", file.toString(), rootMessage(error)))));
    }

    private static final java.time.format.DateTimeFormatter SHOWN_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    RunQuery query() {
        if (exactFrom != null) return new RunQuery(prompt.get(), model.get(), exactFrom, exactTo, status.get(), SHOWN);
        LocalDate end = to.get();
        return new RunQuery(prompt.get(), model.get(), from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(), status.get(), SHOWN);
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public StringProperty promptProperty() { return prompt; }
    public StringProperty modelProperty() { return model; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<RunStatus> statusProperty() { return status; }
    public ObservableList<RunRecord> runs() { return runs; }
    public ObjectProperty<RunRecord> selectedProperty() { return selected; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    ZoneId zone() { return zone; }
}
