package dev.playground.ui.playground;

import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.run.PromptRun;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.run.RunProblem;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.StreamCoalescer;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.documents.RunSourcesViewModel;
import dev.playground.ui.editor.ProblemText;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Run and Stop in the playground: an adapter over the engine's {@link PromptRunService} (retrieval
 * into {@code {{context}}}, render, stream, run log; the same service as {@code playground run}) that
 * streams the answer into the output once per frame and shows the figures and messages in the
 * interface's language. Also the panel's status line, which saving and loading use too.
 */
public final class PlaygroundRun {
    private final PromptRunService runs;
    private final PlaygroundConnection connection;
    private final RunSourcesViewModel sources;
    private final Supplier<PromptTemplate> template;
    private final Supplier<Map<String, String>> values;
    private final Supplier<String> logName;
    private final Supplier<I18n> i18n;

    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output", "");
    private final ReadOnlyStringWrapper stats = new ReadOnlyStringWrapper(this, "stats", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Why the last run failed, shown where the answer would be; empty after a good run. */
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error", false);
    private final StreamCoalescer coalescer = new StreamCoalescer(chunk -> output.set(output.get() + chunk));
    private PromptRun current;
    /** Stops a run driven elsewhere (a conversation turn, a run with tools); null when none is under way. */
    private Runnable stopper;
    /** What the status line said when the turn under way started. */
    private String runningStatus = "";
    /** Hears each good answer of a plain run, with what was sent (the conversation starts from it). */
    private java.util.function.BiConsumer<RunOutcome, String> onAnswered = (outcome, figures) -> {};

    /**
     * @param sources null without document collections
     * @param values  the variable values the person gave (blank ones left out, so the run names them as missing)
     * @param logName the prompt's name, which the run log files the call under (empty for an unsaved draft)
     */
    PlaygroundRun(PromptRunService runs, PlaygroundConnection connection,
                  RunSourcesViewModel sources, Supplier<PromptTemplate> template, Supplier<Map<String, String>> values,
                  Supplier<String> logName, Supplier<I18n> i18n) {
        this.runs = runs;
        this.connection = connection;
        this.sources = sources;
        this.template = template;
        this.values = values;
        this.logName = logName;
        this.i18n = i18n;
    }

    /**
     * The run the editor asks for (retrieval, variables, connection, model, parameters), or empty after telling the
     * status line why there is none.
     */
    java.util.Optional<PromptRunRequest> request() {
        var unreadable = connection.parameters().problem();
        if (unreadable.isPresent()) {
            fail(unreadable.get());
            return java.util.Optional.empty();
        }
        RetrievalSettings chosen = sources == null ? RetrievalSettings.OFF : sources.settings();
        try {
            return java.util.Optional.of(new PromptRunRequest(template.get(), values.get(), chosen, connection.effective(),
                    connection.modelProperty().get(), connection.settings(), logName.get()));
        } catch (RuntimeException e) {
            fail(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Hands the prompt to the engine's run service (retrieval, render, stream, run log) and shows what comes back. */
    public void run() {
        if (running.get()) return;
        I18n words = i18n.get();
        var asked = request();
        if (asked.isEmpty()) return;
        PromptRunRequest request = asked.get();
        RetrievalSettings chosen = request.retrieval();
        output.set("");
        stats.set("");
        problem.set("");
        error.set(false);
        // Without arguments the bundle text is taken as is: "{{context}}" in it is not a placeholder.
        status.set(chosen.enabled() ? words.text("sources.status.retrieving") : words.text("playground.status.running", request.connection().name()));
        running.set(true);
        coalescer.start();
        PromptRun started = runs.start(request, new RunListener() {
            @Override
            public void onContext(RetrievedContext context) {
                UiThread.run(() -> {
                    if (sources != null) sources.showUsed(context);
                    status.set(i18n.get().text("playground.status.running", request.connection().name()));
                });
            }

            @Override
            public void onToken(String token) {
                coalescer.append(token);
            }
        });
        current = started;
        started.outcome().whenComplete((outcome, failure) -> UiThread.run(() -> {
            if (failure != null) {
                String message = describeFailure(failure);
                finishWithError(message);
                if (!notSent(failure)) problem.set(answerProblem(message));
            } else {
                show(outcome);
            }
        }));
    }

    /** A stop, or a prompt that could not be sent as it is (the status line and the Run area say why): not a failed run. */
    private static boolean notSent(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof java.util.concurrent.CancellationException || cause instanceof MissingVariablesException
                || cause instanceof TemplateException || cause instanceof RunProblem problem && problem.kind() == RunProblem.Kind.EMPTY;
    }

    /** Why nothing was sent, in the interface's language. */
    private String describeFailure(Throwable failure) {
        I18n words = i18n.get();
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof MissingVariablesException e) return words.text("playground.error.missingVariables", String.join(", ", e.missing()));
        if (cause instanceof TemplateException e) {
            return words.text("playground.error.template", e.problem() == null ? e.describe()
                    : words.text("editor.problem.where", e.messageIndex() + 1, ProblemText.describe(e.problem(), words)));
        }
        if (cause instanceof RunProblem problem) {
            return problem.kind() == RunProblem.Kind.EMPTY ? words.text("playground.error.empty") : words.text("sources.error.retrieve", problem.getMessage());
        }
        if (cause instanceof java.util.concurrent.CancellationException) return words.text("playground.status.stopped");
        return rootMessage(cause);
    }

    private void show(RunOutcome outcome) {
        coalescer.stop();
        current = null;
        CompletionResult result = outcome.result();
        if (!outcome.failed()) {
            // The provider's final text wins: it is exactly what the model returned.
            output.set(result.text());
            if (sources != null) sources.setAnswer(result.text());
            stats.set(describe(result));
            status.set(i18n.get().text("playground.status.done"));
            running.set(false);
            onAnswered.accept(outcome, stats.get());
            return;
        }
        output.set(result == null ? "" : result.text());
        // Figures only for what happened: a run that brought no answer has no latency or tokens to show.
        stats.set(result == null || result.text().isEmpty() ? "" : describe(result));
        String reason = outcome.cancelled() ? i18n.get().text("playground.status.stopped") : outcome.error().getMessage();
        String message = result == null || result.text().isEmpty() ? reason : i18n.get().text("playground.status.incomplete", reason);
        finishWithError(message);
        if (!outcome.cancelled()) problem.set(answerProblem(message));
    }

    /** The failure as the Answer pane shows it: what went wrong and what to do next. */
    private String answerProblem(String message) {
        return i18n.get().text("playground.answer.failed", message == null || message.isBlank() ? i18n.get().text("playground.answer.unknown") : message);
    }

    public void stop() {
        if (current != null) current.cancel();
        else if (stopper != null) stopper.run();
    }

    void onAnswered(java.util.function.BiConsumer<RunOutcome, String> listener) {
        onAnswered = listener;
    }

    // ---- a run driven by the conversation (ChatRun): the same answer, figures, status line and Stop ----

    /** A conversation turn starts: the answer area empties and streams again; Stop calls {@code stop}. */
    void begin(String message, Runnable stop) {
        runningStatus = message;
        output.set("");
        stats.set("");
        problem.set("");
        error.set(false);
        status.set(message);
        stopper = stop;
        running.set(true);
        coalescer.start();
    }

    /** Safe from any thread: streamed text of the turn under way. */
    void token(String text) {
        coalescer.append(text);
    }

    /** The text streamed so far belonged to a step that asked for tools: the answer area starts again. */
    void restartAnswer() {
        coalescer.stop();
        output.set("");
        coalescer.start();
    }

    /** The turn ended with an answer; returns its figures line. */
    String answered(String answer, CompletionResult last) {
        coalescer.stop();
        stopper = null;
        output.set(answer);
        if (sources != null) sources.setAnswer(answer);
        stats.set(last == null ? "" : describe(last));
        status.set(i18n.get().text("playground.status.done"));
        running.set(false);
        return stats.get();
    }

    /** The turn ended without an answer: {@code message} says why; a stop is news, anything else a failure. */
    void ended(String message, boolean stopped) {
        coalescer.stop();
        stopper = null;
        running.set(false);
        fail(message);
        if (!stopped) problem.set(answerProblem(message));
    }

    /** Shows an answer already given (another branch chosen) with its figures. */
    void showAnswer(String answer, String figures) {
        output.set(answer == null ? "" : answer);
        stats.set(figures == null ? "" : figures);
        problem.set("");
    }

    /** The status line as a turn runs (the connection's name). */
    String runningMessage(String connectionName) {
        return i18n.get().text("playground.status.running", connectionName);
    }

    /** While a turn runs: the status line says what it waits for (a tool's answer from the person), or that it runs again. */
    void waiting(String tool) {
        status.set(tool == null ? runningStatus : i18n.get().text("conversation.status.waiting", tool));
    }

    String stoppedMessage() {
        return i18n.get().text("playground.status.stopped");
    }

    String describeProblem(Throwable failure) {
        return describeFailure(failure);
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
        problem.set("");
    }

    private void finishWithError(String message) {
        coalescer.stop();
        running.set(false);
        current = null;
        fail(message);
    }

    private String describe(CompletionResult result) {
        I18n words = i18n.get();
        String usage = result.usage() == null ? "" : words.text(result.usage().reported() ? "playground.stats.tokens" : "playground.stats.tokensCounted",
                result.usage().inputTokens(), result.usage().outputTokens());
        String line = words.text("playground.stats", millis(result.latency()), millis(result.timeToFirstToken()), usage);
        double rate = result.tokensPerSecond();
        return rate > 0 ? line + " · " + words.text("playground.stats.rate", rate) : line;
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
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }
}
