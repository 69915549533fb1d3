package dev.playground.ui.library;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.FileReport;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.ParsedImport;
import dev.playground.engine.bundle.PromptImportReader;
import dev.playground.store.ImportChange;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Importing prompts from a bundle folder or zip, a .prompty, a promptfoo config, an MLflow or Langfuse JSON:
 * read and preview first (nothing written), then apply in one transaction. Refused files are left out and the
 * others imported, unless the person ticks "all or nothing": then any refused file blocks the import, as
 * {@code playground import --all-or-nothing} does.
 */
public final class BundleImportViewModel {
    /** What the dialog says under the lists; {@code key} is a message key, {@code args} its arguments. */
    public record Status(String key, Object... args) {}

    private final UiServices services;
    private final Runnable afterImport;
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>(this, "source");
    private final ObservableList<FileReport> reports = FXCollections.observableArrayList();
    private final ObservableList<ImportChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", new Status("bundle.import.pick"));
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(this, "allOrNothing");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(this, "imported");
    private List<BundledPrompt> pending = List.of();
    /** A bundle's suites, kept with its prompts so an export writes them back. */
    private List<dev.playground.engine.bundle.BundledSuite> pendingSuites = List.of();
    private Preview previewed;

    public BundleImportViewModel(UiServices services, Runnable afterImport) {
        this.services = services;
        this.afterImport = afterImport;
        allOrNothing.addListener((obs, was, now) -> {
            if (previewed != null && !imported.get() && !busy.get()) show(previewed, null);
        });
    }

    /** Reads {@code path} and previews what importing it would change. */
    public CompletableFuture<Void> read(Path path) {
        source.set(path);
        reports.clear();
        changes.clear();
        pending = List.of();
        previewed = null;
        canImport.set(false);
        imported.set(false);
        busy.set(true);
        status.set(new Status("bundle.import.reading", path.getFileName() == null ? path : path.getFileName()));
        return services.executor().submit(() -> preview(path)).handle((result, failure) -> {
            UiThread.run(() -> show(result, failure));
            return null;
        });
    }

    private Preview preview(Path path) throws BundleFileException {
        ParsedImport parsed = new PromptImportReader(ImportLimits.DEFAULT).read(path);
        return new Preview(parsed, services.bundles().preview(parsed.prompts()));
    }

    private void show(Preview result, Throwable failure) {
        busy.set(false);
        if (failure != null) {
            status.set(new Status("bundle.import.unreadable", Failures.readable(failure)));
            return;
        }
        previewed = result;
        pending = List.of();
        canImport.set(false);
        reports.setAll(result.parsed().reports());
        int refused = result.parsed().refusals().size();
        boolean blocked = refused > 0 && allOrNothing.get();
        changes.setAll(blocked ? List.of() : result.changes());
        if (blocked) {
            status.set(new Status("bundle.import.refused", refused));
        } else if (result.parsed().prompts().isEmpty()) {
            status.set(new Status(refused > 0 ? "bundle.import.refusedAll" : "bundle.import.noPrompts", refused));
        } else if (result.changes().stream().allMatch(c -> c.kind() == ImportChange.Kind.SAME_AS_EXISTING)) {
            status.set(new Status("bundle.import.nothingNew"));
        } else {
            pending = result.parsed().prompts();
            pendingSuites = result.parsed().suites();
            canImport.set(true);
            status.set(refused > 0 ? new Status("bundle.import.readyWithout", countWrites(result.changes()), refused)
                    : new Status("bundle.import.ready", countWrites(result.changes())));
        }
    }

    /** Writes the previewed prompts: all of them or, on any error, none. */
    public CompletableFuture<Void> importNow() {
        if (!canImport.get()) return CompletableFuture.completedFuture(null);
        List<BundledPrompt> prompts = pending;
        var suites = pendingSuites;
        canImport.set(false);
        busy.set(true);
        return services.executor().submit(() -> {
            List<ImportChange> applied = services.bundles().apply(prompts, services.author());
            if (!suites.isEmpty()) services.bundles().keepSuites(suites);
            return applied;
        }).handle((done, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) {
                    canImport.set(true);
                    status.set(new Status("bundle.import.failed", Failures.readable(failure)));
                    return;
                }
                changes.setAll(done);
                pending = List.of();
                previewed = null;
                imported.set(true);
                status.set(new Status("bundle.import.done", countWrites(done)));
                afterImport.run();
            });
            return null;
        });
    }

    private static long countWrites(List<ImportChange> list) {
        return list.stream().filter(c -> c.kind() != ImportChange.Kind.SAME_AS_EXISTING).count();
    }

    private record Preview(ParsedImport parsed, List<ImportChange> changes) {}

    public ObjectProperty<Path> sourceProperty() { return source; }
    public ObservableList<FileReport> reports() { return reports; }
    public ObservableList<ImportChange> changes() { return changes; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
    /** Ticked: any refused file blocks the whole import. Unticked (the default): the readable files are imported. */
    public BooleanProperty allOrNothingProperty() { return allOrNothing; }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importedProperty() { return imported.getReadOnlyProperty(); }
}
