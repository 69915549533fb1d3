package dev.playground.ui.playground;

import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetSummary;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.store.PromptRepository;
import dev.playground.store.PromptVersion;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Keeps the branch of the conversation shown (decision 0099): as the next version of a prompt (its messages; the
 * connection, model, parameters, variables and tools of the Playground as they are) or as a row added to a dataset.
 * Store work runs on the task executor; each returns the sentence the status line shows.
 */
public final class ConversationSaving {
    private final Conversation conversation;
    private final Supplier<PromptDocument> document;
    private final PromptRepository prompts;
    private final DatasetService datasets;
    private final TaskExecutor executor;
    private final String author;
    private final Supplier<I18n> i18n;

    ConversationSaving(Conversation conversation, Supplier<PromptDocument> document, PromptRepository prompts, DatasetService datasets,
                       TaskExecutor executor, String author, Supplier<I18n> i18n) {
        this.conversation = conversation;
        this.document = document;
        this.prompts = prompts;
        this.datasets = datasets;
        this.executor = executor;
        this.author = author;
        this.i18n = i18n;
    }

    /** True when there is a conversation to keep. */
    public boolean possible() {
        return !conversation.isEmpty();
    }

    /** The branch's messages as the next version of {@code name}; completes with what the status line says. */
    public CompletableFuture<String> asVersion(String name, String message) {
        var written = ConversationExport.template(conversation.branch(), conversation.template());
        PromptDocument saved = document.get().withTemplate(written.template());
        I18n words = i18n.get();
        return executor.submit(() -> prompts.saveVersion(name.strip(), saved, message == null ? "" : message, author))
                .thenApply((PromptVersion version) -> {
                    String done = words.text("conversation.saved.version", version.promptName(), version.version());
                    return written.toolTurnsLeftOut() == 0 ? done
                            : done + " " + words.text("conversation.saved.toolsLeftOut", written.toolTurnsLeftOut());
                });
    }

    /** The branch as a row added to {@code dataset} (made when there is none of that name). */
    public CompletableFuture<String> asRow(String dataset, String message) {
        var branch = conversation.branch();
        I18n words = i18n.get();
        var row = ConversationExport.row(branch, conversation.values(),
                words.text("conversation.row.description", ConversationExport.userTurns(branch)));
        return executor.submit(() -> datasets.append(dataset.strip(), List.of(row), message == null || message.isBlank()
                        ? words.text("conversation.row.message") : message, author, "playground conversation"))
                .thenApply(appended -> words.text("conversation.saved.row", appended.version().name(), appended.version().version(),
                        appended.rowsBefore() + 1));
    }

    /** The datasets there are, by name, for the picker. */
    public CompletableFuture<List<String>> datasetNames() {
        return executor.submit(() -> datasets.list().stream().map(DatasetSummary::name).toList());
    }
}
