package dev.playground.ui.playground;

import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.Role;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.StreamCoalescer;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.documents.RunSourcesViewModel;
import dev.playground.ui.editor.ProblemText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Run and Stop in the playground: retrieval into {@code {{context}}} when the prompt uses it, the
 * template rendered with the values given, the request streamed into the output once per frame, and
 * the figures when it ends. Also the panel's status line, which saving and loading use too.
 */
public final class PlaygroundRun {
    private final ModelGateway gateway;
    private final TemplateRenderer renderer;
    private final TaskExecutor executor;
    private final PlaygroundConnection connection;
    private final RunSourcesViewModel sources;
    private final Supplier<PromptTemplate> template;
    private final Supplier<Map<String, String>> values;
    private final Supplier<String> logName;
    private final Supplier<I18n> i18n;

    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final StreamCoalescer coalescer = new StreamCoalescer(chunk -> output.set(output.get() + chunk));
    private CompletionHandle current;

    /**
     * @param sources null without document collections
     * @param values  the variable values the person gave (blank ones left out, so the run names them as missing)
     * @param logName the prompt's name, which the run log files the call under (empty for an unsaved draft)
     */
    PlaygroundRun(ModelGateway gateway, TemplateRenderer renderer, TaskExecutor executor, PlaygroundConnection connection,
                  RunSourcesViewModel sources, Supplier<PromptTemplate> template, Supplier<Map<String, String>> values,
                  Supplier<String> logName, Supplier<I18n> i18n) {
        this.gateway = gateway;
        this.renderer = renderer;
        this.executor = executor;
        this.connection = connection;
        this.sources = sources;
        this.template = template;
        this.values = values;
        this.logName = logName;
        this.i18n = i18n;
    }

    public void run() {
        if (running.get()) return;
        RetrievalSettings chosen = sources == null ? RetrievalSettings.OFF : sources.settings();
        Map<String, String> given = values.get();
        if (!chosen.enabled()) {
            send(given);
            return;
        }
        // Retrieval searches an index and embeds the query: off the FX thread, then render and send.
        String fallbackQuery = userMessageWithoutContext(given);
        running.set(true);
        error.set(false);
        status.set(i18n.get().text("sources.status.retrieving"));
        executor.submit(() -> sources.retrieve(chosen, given, fallbackQuery)).whenComplete((context, failure) -> UiThread.run(() -> {
            running.set(false);
            if (failure != null) {
                fail(i18n.get().text("sources.error.retrieve", rootMessage(failure)));
                return;
            }
            sources.showUsed(context);
            Map<String, String> withContext = new LinkedHashMap<>(given);
            withContext.put(TemplateVariables.CONTEXT, context.text());
            send(withContext);
        }));
    }

    /** The default query: the user messages as rendered without the retrieved passages. */
    private String userMessageWithoutContext(Map<String, String> given) {
        Map<String, String> withEmptyContext = new LinkedHashMap<>(given);
        withEmptyContext.put(TemplateVariables.CONTEXT, "");
        String userText = template.get().textOf(Role.USER);
        try {
            return renderer.render(PromptTemplate.systemAndUser("", userText), withEmptyContext).stream()
                    .map(RenderedMessage::text).reduce("", (a, b) -> a + b).strip();
        } catch (TemplateException e) {
            return userText;
        }
    }

    private void send(Map<String, String> given) {
        I18n words = i18n.get();
        var unreadable = connection.parameters().problem();
        if (unreadable.isPresent()) {
            fail(unreadable.get());
            return;
        }
        List<RenderedMessage> messages;
        try {
            // Blank messages (an empty system block, say) are not sent: chat APIs refuse them.
            messages = renderer.render(template.get(), given).stream().filter(m -> !m.text().isBlank()).toList();
        } catch (MissingVariablesException e) {
            fail(words.text("playground.error.missingVariables", String.join(", ", e.missing())));
            return;
        } catch (TemplateException e) {
            fail(words.text("playground.error.template", e.problem() == null ? e.describe()
                    : words.text("editor.problem.where", e.messageIndex() + 1, ProblemText.describe(e.problem(), words))));
            return;
        }
        if (messages.isEmpty()) {
            fail(words.text("playground.error.empty"));
            return;
        }
        CompletionRequest request;
        try {
            request = new CompletionRequest(connection.effective(), connection.modelProperty().get(), connection.settings(), messages);
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return;
        }
        output.set("");
        stats.set("");
        error.set(false);
        status.set(words.text("playground.status.running", request.connection().name()));
        running.set(true);
        coalescer.start();
        String name = logName.get();
        executor.run(() -> {
            try {
                CompletionHandle handle = gateway.stream(request, new Listener(), name);
                UiThread.run(() -> current = handle);
            } catch (ProviderException e) {
                UiThread.run(() -> finishWithError(e.getMessage()));
            }
        }).whenComplete((ok, failure) -> {
            // Anything unexpected must end the run visibly, not leave it "running" for ever.
            if (failure != null) UiThread.run(() -> finishWithError(rootMessage(failure)));
        });
    }

    public void stop() {
        if (current != null) current.cancel();
    }

    /** Shows {@code message} as an error in the status line. */
    void fail(String message) {
        error.set(true);
        status.set(message);
    }

    /** Shows {@code message} as news in the status line. */
    void tell(String message) {
        error.set(false);
        status.set(message);
    }

    /** Empties the output, figures and status (a new prompt). */
    void clear() {
        output.set("");
        stats.set("");
        status.set("");
    }

    private void finishWithError(String message) {
        coalescer.stop();
        running.set(false);
        current = null;
        fail(message);
    }

    private final class Listener implements CompletionListener {
        @Override
        public void onToken(String token) {
            coalescer.append(token);
        }

        @Override
        public void onComplete(CompletionResult result) {
            UiThread.run(() -> {
                coalescer.stop();
                // The provider's final text wins: it is exactly what the model returned.
                output.set(result.text());
                if (sources != null) sources.setAnswer(result.text());
                stats.set(describe(result));
                status.set(i18n.get().text("playground.status.done"));
                running.set(false);
                current = null;
            });
        }

        @Override
        public void onError(ProviderException failure, CompletionResult partial) {
            UiThread.run(() -> {
                coalescer.stop();
                output.set(partial.text());
                stats.set(describe(partial));
                String reason = failure.kind() == ProviderException.Kind.CANCELLED ? i18n.get().text("playground.status.stopped") : failure.getMessage();
                finishWithError(partial.text().isEmpty() ? reason : i18n.get().text("playground.status.incomplete", reason));
            });
        }
    }

    private String describe(CompletionResult result) {
        I18n words = i18n.get();
        String usage = result.usage() == null ? "" : words.text(result.usage().reported() ? "playground.stats.tokens" : "playground.stats.tokensCounted",
                result.usage().inputTokens(), result.usage().outputTokens());
        return words.text("playground.stats", millis(result.latency()), millis(result.timeToFirstToken()), usage);
    }

    private static String millis(Duration duration) {
        return duration == null ? "–" : duration.toMillis() + " ms";
    }

    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)) t = t.getCause();
        return t.getMessage();
    }

    public ReadOnlyStringProperty outputProperty() { return output.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statsProperty() { return stats.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
}
