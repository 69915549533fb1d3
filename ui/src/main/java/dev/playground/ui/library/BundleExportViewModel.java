package dev.playground.ui.library;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundleWriter;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.ExportOptions;
import dev.playground.store.PromptQuery;
import dev.playground.store.PromptSummary;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.library.BundleImportViewModel.Status;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Exporting prompts as a bundle (readable YAML files for a team's git repository) into a folder or a zip,
 * optionally with the same prompts in the formats other tools read.
 */
public final class BundleExportViewModel {
    private final UiServices services;
    /** Null: every prompt that is not archived. */
    private final String onlyPrompt;
    private final BooleanProperty selectedOnly = new SimpleBooleanProperty(this, "selectedOnly");
    private final BooleanProperty aliasedOnly = new SimpleBooleanProperty(this, "aliasedOnly");
    private final BooleanProperty includeScores = new SimpleBooleanProperty(this, "includeScores", true);
    private final BooleanProperty prompty = new SimpleBooleanProperty(this, "prompty");
    private final BooleanProperty mlflow = new SimpleBooleanProperty(this, "mlflow");
    private final BooleanProperty langfuse = new SimpleBooleanProperty(this, "langfuse");
    private final BooleanProperty promptfoo = new SimpleBooleanProperty(this, "promptfoo");
    private final BooleanProperty dotprompt = new SimpleBooleanProperty(this, "dotprompt");
    private final BooleanProperty semanticKernel = new SimpleBooleanProperty(this, "semanticKernel");
    private final BooleanProperty langchain = new SimpleBooleanProperty(this, "langchain");
    private final BooleanProperty langchainYaml = new SimpleBooleanProperty(this, "langchainYaml");
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", new Status("bundle.export.pick"));
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** {@code selectedPrompt}: the prompt selected in the library, offered as "only this one"; may be null. */
    public BundleExportViewModel(UiServices services, String selectedPrompt) {
        this.services = services;
        this.onlyPrompt = selectedPrompt;
    }

    /** Writes the bundle to {@code target}: a folder, or a zip when the name ends in .zip. */
    public CompletableFuture<Void> export(Path target) {
        busy.set(true);
        status.set(new Status("bundle.export.writing", target));
        boolean justOne = selectedOnly.get() && onlyPrompt != null;
        ExportOptions options = new ExportOptions(aliasedOnly.get(), includeScores.get());
        BundleWriter.Interop interop = new BundleWriter.Interop(prompty.get(), mlflow.get(), langfuse.get(), promptfoo.get(), dotprompt.get(),
                semanticKernel.get(), langchain.get(), langchainYaml.get());
        return services.executor().submit(() -> write(target, justOne, options, interop)).handle((written, failure) -> {
            UiThread.run(() -> {
                busy.set(false);
                if (failure != null) status.set(new Status("bundle.export.failed", Failures.readable(failure)));
                else if (written.prompts() == 0) status.set(new Status("bundle.export.nothing"));
                else status.set(new Status("bundle.export.done", written.prompts(), written.files(), target));
            });
            return null;
        });
    }

    private Written write(Path target, boolean justOne, ExportOptions options, BundleWriter.Interop interop) throws BundleFileException {
        List<String> names = justOne ? List.of(onlyPrompt)
                : services.prompts().search(new PromptQuery("", "", "", false, Integer.MAX_VALUE)).stream().map(PromptSummary::name).toList();
        if (names.isEmpty()) return new Written(0, 0);
        List<BundledPrompt> prompts = new ArrayList<>();
        for (String name : names) prompts.add(services.bundles().export(name));
        BundleWriter writer = new BundleWriter();
        Map<String, String> files = writer.files(prompts, options, interop, Instant.now());
        writer.write(files, target);
        return new Written(names.size(), files.size());
    }

    private record Written(int prompts, int files) {}

    /** The prompt offered as "only this one", or null when none is selected. */
    public String selectedPrompt() { return onlyPrompt; }
    public BooleanProperty selectedOnlyProperty() { return selectedOnly; }
    public BooleanProperty aliasedOnlyProperty() { return aliasedOnly; }
    public BooleanProperty includeScoresProperty() { return includeScores; }
    public BooleanProperty promptyProperty() { return prompty; }
    public BooleanProperty mlflowProperty() { return mlflow; }
    public BooleanProperty langfuseProperty() { return langfuse; }
    public BooleanProperty promptfooProperty() { return promptfoo; }
    public BooleanProperty dotpromptProperty() { return dotprompt; }
    public BooleanProperty semanticKernelProperty() { return semanticKernel; }
    /** LangChain prompts as JSON. */
    public BooleanProperty langchainProperty() { return langchain; }
    /** LangChain prompts as YAML. */
    public BooleanProperty langchainYamlProperty() { return langchainYaml; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
}
