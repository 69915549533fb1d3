package dev.playground.ui.settings.models;

import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.local.ModelKind;
import dev.playground.engine.local.ModelLibrary;
import dev.playground.engine.local.RecommendedModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Models: the installed local models (through {@link ModelLibrary}, the service {@code playground models}
 * calls too), adding one from disk, downloading one from a link or the recommended list ({@link ModelDownloads}), and
 * removing one. Every change to a model's connection shows at once in the connection pickers' live list.
 */
public final class ModelsViewModel {
    private final ModelLibrary library;
    private final ObservableList<Connection> connections;
    private final Supplier<List<Connection>> savedConnections;
    private final TaskExecutor executor;
    private final ModelDownloads downloads;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty sha256 = new SimpleStringProperty(this, "sha256", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper lastAdded = new ReadOnlyStringWrapper(this, "lastAdded", "");

    /**
     * @param connections      the live list behind the Playground and Compare pickers
     * @param savedConnections reads the saved connections (off the FX thread) after a model's connection changed
     */
    public ModelsViewModel(ModelLibrary library, ObservableList<Connection> connections, Supplier<List<Connection>> savedConnections,
                           TaskExecutor executor, LongSupplier nanoTime) {
        this.library = library;
        this.connections = connections;
        this.savedConnections = savedConnections;
        this.executor = executor;
        this.downloads = new ModelDownloads(library, executor, nanoTime, this::downloaded);
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        downloads.setI18n(i18n);
    }

    /** Reads the installed models again, off the FX thread. */
    public CompletableFuture<Void> refresh() {
        Locale locale = i18n.locale();
        return executor.submit(() -> rows(locale)).handle((rows, failure) -> {
            UiThread.run(() -> {
                if (failure != null) fail(i18n.text("models.error.list", library.folder()));
                else models.setAll(rows);
            });
            return null;
        });
    }

    private List<ModelRow> rows(Locale locale) {
        return library.list().stream().map(e -> ModelRow.of(e, library.memoryWarning(e, locale).orElse(null))).toList();
    }

    /** Adds a model file from disk; a file that is not a usable model is refused with a message that names it. */
    public CompletableFuture<Void> addFromDisk(Path file) {
        busy.set(true);
        Locale locale = i18n.locale();
        return executor.submit(() -> {
            ModelLibrary.Added added = library.add(file);
            return new Outcome(added, rows(locale), savedConnections.get(), added.memoryWarning().isPresent()
                    ? library.memoryWarning(added.entry(), locale).orElse(null) : null);
        }).handle((outcome, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) fail(problem(failure, file));
                else show(outcome, false);
            });
            return null;
        });
    }

    /** What an add or a download left: the model, the list and connections read again, and a memory warning (or null). */
    private record Outcome(ModelLibrary.Added added, List<ModelRow> rows, List<Connection> saved, String memoryWarning) {}

    private void show(Outcome outcome, boolean downloaded) {
        models.setAll(outcome.rows());
        connections.setAll(outcome.saved());
        ModelLibrary.Entry entry = outcome.added().entry();
        String text = entry.connection() == null
                ? i18n.text(downloaded ? "models.downloaded.embedding" : "models.added.embedding", entry.name())
                : i18n.text(downloaded ? "models.downloaded.chat" : "models.added.chat", entry.name(), entry.connection());
        if (outcome.memoryWarning() != null) text += " " + outcome.memoryWarning();
        message.set(text);
        error.set(outcome.memoryWarning() != null);
        if (entry.connection() != null) lastAdded.set(entry.connection());
    }

    private void downloaded(ModelLibrary.Added added) {
        Locale locale = i18n.locale();
        executor.submit(() -> new Outcome(added, rows(locale), savedConnections.get(),
                added.memoryWarning().isPresent() ? library.memoryWarning(added.entry(), locale).orElse(null) : null))
                .whenComplete((outcome, failure) -> UiThread.run(() -> {
                    if (outcome != null) show(outcome, true);
                }));
    }

    /** Downloads the address typed in the URL field, checked against the SHA-256 field when it is filled in. */
    public void download() {
        String typed = url.get() == null ? "" : url.get().strip();
        String sha = sha256.get() == null ? "" : sha256.get().strip();
        if (!sha.isEmpty() && !sha.matches("[0-9a-fA-F]{64}")) {
            fail(i18n.text("models.error.sha256"));
            return;
        }
        URI address;
        String fileName;
        try {
            address = URI.create(typed);
            if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) throw new IllegalArgumentException();
            fileName = dev.playground.engine.local.ModelDownload.fileName(address);
        } catch (IllegalArgumentException e) {
            fail(i18n.text("models.error.url", typed));
            return;
        } catch (LocalModelException e) {
            fail(e.message(i18n.locale()));
            return;
        }
        clearMessage();
        downloads.start(new ModelDownloads.Job(address, fileName, sha, fileName));
    }

    /** Downloads one of the recommended models into the models folder under its usual name. */
    public void download(RecommendedModel model) {
        clearMessage();
        downloads.start(new ModelDownloads.Job(model.url(), model.fileName(), "", model.title()));
    }

    /** The question asked before removing: what goes (the connection, the file) and what stays. */
    public String removeQuestion(ModelRow row) {
        boolean deletes = row.file().toAbsolutePath().normalize().startsWith(library.folder());
        String file = i18n.text(deletes ? "models.remove.deletesFile" : "models.remove.keepsFile", row.file());
        if (row.connection() == null) return i18n.text("models.remove.question", row.name()) + " " + file;
        return i18n.text("models.remove.questionConnection", row.name(), row.connection()) + " " + file;
    }

    /** Removes the model (after the person said yes to {@link #removeQuestion}). */
    public CompletableFuture<Void> remove(ModelRow row) {
        busy.set(true);
        Locale locale = i18n.locale();
        String key = row.connection() != null ? row.connection() : row.file().toString();
        return executor.submit(() -> {
            ModelLibrary.Removed removed = library.remove(key);
            return new Removal(removed, rows(locale), savedConnections.get());
        }).handle((result, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) {
                    fail(problem(failure, row.file()));
                    return;
                }
                ModelLibrary.Removed removed = result.removed();
                models.setAll(result.rows());
                connections.setAll(result.saved());
                message.set(i18n.text(removed.deleted() ? "models.removed.deleted" : "models.removed.kept", removed.name(), removed.file()));
                error.set(false);
            });
            return null;
        });
    }

    private record Removal(ModelLibrary.Removed removed, List<ModelRow> rows, List<Connection> saved) {}

    private String problem(Throwable failure, Path file) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof LocalModelException e) return e.message(i18n.locale());
        return i18n.text("models.error.unexpected", file);
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }

    private void clearMessage() {
        message.set("");
        error.set(false);
    }

    /** The kind as the table says it. */
    public String kindText(ModelKind kind) {
        return i18n.text(kind == ModelKind.CHAT ? "models.kind.chat" : "models.kind.embedding");
    }

    public String sizeText(long bytes) {
        return ByteSizes.size(bytes, i18n.locale());
    }

    /** "491 MB · Apache 2.0 · needs about 0.8 GB of memory". */
    public String describe(RecommendedModel model) {
        Locale locale = i18n.locale();
        return i18n.text("models.recommended.facts", ByteSizes.size(model.sizeBytes(), locale), model.licence(),
                ByteSizes.size(model.memoryNeeded(), locale), kindText(model.kind()));
    }

    public List<RecommendedModel> recommended() { return RecommendedModel.ALL; }
    public ObservableList<ModelRow> models() { return models; }
    public Path folder() { return library.folder(); }
    public ModelDownloads downloads() { return downloads; }
    public StringProperty urlProperty() { return url; }
    public StringProperty sha256Property() { return sha256; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The connection of the chat model last added or downloaded (empty until one is). */
    public ReadOnlyStringProperty lastAddedProperty() { return lastAdded.getReadOnlyProperty(); }
}
