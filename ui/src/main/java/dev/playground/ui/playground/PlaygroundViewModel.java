package dev.playground.ui.playground;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.documents.RunSourcesViewModel;
import dev.playground.ui.editor.PromptAnalyzer;
import dev.playground.ui.guard.GuardPreviewViewModel;
import dev.playground.ui.editor.PromptEditorViewModel;
import dev.playground.ui.editor.VariableEntry;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.tools.McpCatalog;
import dev.playground.ui.tools.ToolsEditorViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The playground: the prompt editor (messages, variables, preview), the connection panel
 * ({@link PlaygroundConnection}), Run/Stop with the streamed answer and its figures ({@link PlaygroundRun}),
 * the sources retrieval used ({@link RunSourcesViewModel}), Save as a new version, and the draft kept on
 * disk ({@link PlaygroundDraft}). This class ties them together around the document being edited.
 */
public final class PlaygroundViewModel {
    public static final String DRAFT_ID = "main";

    private final UiServices services;
    private I18n i18n;

    private final PromptEditorViewModel editor;
    private RetrievalSettings retrieval = RetrievalSettings.OFF;
    /** The prompt's tools, edited beside the messages (issue 20). */
    private final ToolsEditorViewModel toolsEditor;
    private final PlaygroundConnection panel;
    private final PlaygroundRun run;
    private final ConversationViewModel conversation;
    private final ConversationSaving saving;
    /** The timeline of the last run with tools, under the answer. */
    private final dev.playground.ui.trace.TraceTimelineViewModel traceTimeline;
    private final StringProperty promptName = new SimpleStringProperty(this, "promptName", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final RunSourcesViewModel sources;
    private final GuardPreviewViewModel guard;
    private final PlaygroundDraft draft;
    /** Completes once the connections and the draft are loaded: true when the draft was left by a crash. */
    private final CompletableFuture<Boolean> started = new CompletableFuture<>();

    public PlaygroundViewModel(UiServices services, I18n i18n) {
        this(services, i18n, UiThread::run);
    }

    /** {@code hop} brings a conversation turn's events to the FX thread (tests pass a queue they run themselves). */
    PlaygroundViewModel(UiServices services, I18n i18n, java.util.concurrent.Executor hop) {
        this.services = services;
        this.i18n = i18n;
        this.sources = services.documents() == null ? null : new RunSourcesViewModel(services.documents(), services.executor());
        this.panel = new PlaygroundConnection(services.connectionRepository(), services.gateway(), services.executor(), services.discovery(), i18n);
        editor = new PromptEditorViewModel(services.executor(), new PromptAnalyzer(services.renderer(), services.tokens(), services.prices()::current), i18n);
        this.run = new PlaygroundRun(services.promptRuns(), panel, sources, editor::template,
                this::filledVariables, promptName::get, () -> this.i18n);
        // The Prices pane saves on a background thread; the cost and context bar follow on the FX thread.
        services.prices().onSaved(table -> UiThread.run(editor::refreshAnalysis));
        ChatRun chat = new ChatRun(services.gateway(), services.prices()::current, services.promptRuns(), services.executor(), hop,
                run, trace -> keepTrace(services, trace));
        conversation = new ConversationViewModel(run, chat, this::document);
        traceTimeline = new dev.playground.ui.trace.TraceTimelineViewModel(services.executor(), i18n);
        conversation.lastTraceProperty().addListener((obs, old, now) -> traceTimeline.show(now));
        saving = new ConversationSaving(conversation.conversation(), this::document, services.prompts(), services.datasets(),
                services.executor(), services.author(), () -> this.i18n);
        draft = new PlaygroundDraft(this, services, failure -> run.fail(i18n.text("playground.error.autosave", PlaygroundRun.rootMessage(failure))));
        editor.setOnEdited(() -> {
            dirty.set(true);
            draft.changed();
        });
        toolsEditor = new ToolsEditorViewModel(services.executor(), new McpCatalog(services.mcpServers(), services.gateway().secrets()), i18n);
        toolsEditor.setOnEdited(() -> {
            dirty.set(true);
            draft.changed();
        });
        guard = new GuardPreviewViewModel(services.gateway(), services.executor());
        editor.analysisProperty().addListener((obs, old, now) -> updateGuard());
        panel.connectionProperty().addListener((obs, old, now) -> updateGuard());
        editor.modelProperty().bindBidirectional(panel.modelProperty());
        editor.maxOutputTokensProperty().bind(panel.maxTokensProperty());
        panel.connectionProperty().addListener((obs, old, now) -> editor.providerProperty().set(priceProvider(now)));
        if (sources != null) {
            editor.variables().addListener((ListChangeListener<VariableEntry>) change -> sources.setVariables(editor.variables().stream()
                    .map(VariableEntry::name).filter(n -> !TemplateVariables.isReserved(n)).toList()));
        }
        draft.watch();
        start();
    }

    /** Messages from now on use this language. */
    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        editor.setI18n(i18n);
        toolsEditor.setI18n(i18n);
        traceTimeline.setI18n(i18n);
        panel.setI18n(i18n);
    }

    /**
     * The provider name the price table uses. Servers that only speak OpenAI's protocol, and a dry
     * run (which shows what the chosen model would cost), match the model under any provider.
     */
    private static String priceProvider(Connection selected) {
        if (selected == null) return "";
        return switch (selected.kind()) {
            case OPENAI_COMPATIBLE, DATABRICKS, DRY_RUN -> "";
            default -> selected.kind().cliName();
        };
    }

    private record Loaded(PlaygroundConnection.Saved connections, Optional<PlaygroundDraft.Found> draft) {}

    /** Connections, their policies and the draft are read off the FX thread; the panel fills in when they arrive. */
    private void start() {
        String loading = i18n.text("playground.status.loading");
        run.tell(loading);
        services.executor().submit(() -> new Loaded(panel.load(), PlaygroundDraft.find(services.drafts())))
                .whenComplete((loaded, failure) -> UiThread.run(() -> {
                    if (run.statusProperty().get().equals(loading)) run.tell("");
                    if (failure != null) {
                        run.fail(i18n.text("playground.error.load", PlaygroundRun.rootMessage(failure)));
                        started.complete(false);
                        return;
                    }
                    boolean recovered = loaded.draft().isPresent() && loaded.draft().get().interrupted() && !dirty.get();
                    draft.quietly(() -> {
                        panel.show(loaded.connections());
                        // Something typed before the draft arrived wins over it.
                        if (!dirty.get()) loaded.draft().ifPresent(found -> {
                            show(found.draft().document(), found.draft().promptName());
                            // The draft's own address and key variable come back over the saved connection's.
                            if (found.endpoint() != null) panel.override(found.endpoint());
                        });
                    });
                    started.complete(recovered);
                }));
    }

    /** Completes on the FX thread once connections and draft are loaded; true when the draft was recovered after a crash. */
    public CompletableFuture<Boolean> started() {
        return started;
    }

    /** The models this connection offers (its default first), for the model picker. */
    public CompletableFuture<java.util.List<String>> models(Connection connection) {
        return services.modelCatalog().models(connection);
    }

    public void selectConnection(String id) {
        panel.select(id);
    }

    // ---- template and variables ----

    public PromptEditorViewModel editor() {
        return editor;
    }

    /** The prompt's tools as typed ({@code toolsEditor().toolSetProperty()}); {@link #document()} carries them. */
    public ToolsEditorViewModel toolsEditor() {
        return toolsEditor;
    }

    public PromptTemplate template() {
        return editor.template();
    }

    /** Values the user actually gave: a blank field counts as missing, so the run says so. */
    private Map<String, String> filledVariables() {
        Map<String, String> filled = new LinkedHashMap<>(editor.values());
        filled.values().removeIf(String::isBlank);
        return filled;
    }

    public PromptDocument document() {
        return new PromptDocument(template(), panel.connectionId(), panel.modelProperty().get(), panel.settings(), editor.values(),
                editor.testInputs(), sources == null ? retrieval : sources.settings(), toolsEditor.toolSet());
    }

    /** Puts a document into the editor (a saved version or the restored draft). */
    public void show(PromptDocument document, String name) {
        editor.load(document);
        retrieval = document.retrieval();
        toolsEditor.load(document.tools());
        panel.show(document);
        promptName.set(name == null ? "" : name);
        if (sources != null) sources.show(document.retrieval());
    }

    public void open(PromptVersion version) {
        draft.quietly(() -> show(version.document(), version.promptName()));
        dirty.set(false);
        draft.save();
    }

    public void newPrompt() {
        draft.quietly(() -> show(PromptDocument.of(PromptTemplate.systemAndUser("", "")), ""));
        run.clear();
        conversation.clear();
        dirty.set(false);
        draft.save();
    }

    // ---- run ----

    /** A new conversation from the prompt as it is (through the tool loop when the prompt has tools). */
    public void run() {
        conversation.runFresh(template(), filledVariables());
    }

    /** The conversation under the answer: turns, branches, replies and tool calls. */
    public ConversationViewModel conversation() {
        return conversation;
    }

    /** The trace timeline of the conversation's last run with tools (empty until there is one). */
    public dev.playground.ui.trace.TraceTimelineViewModel traceTimeline() {
        return traceTimeline;
    }

    /** Saving the conversation shown as a prompt version or a dataset row. */
    public ConversationSaving conversationSaving() {
        return saving;
    }

    /**
     * Saves the conversation shown as the next version of prompt {@code target} ({@code asRow} false) or as a row of
     * dataset {@code target}; the status line says what was saved or why not.
     */
    public CompletableFuture<String> saveConversation(boolean asRow, String target, String message) {
        if (!saving.possible()) {
            run.fail(i18n.text("conversation.save.nothing"));
            return CompletableFuture.failedFuture(new IllegalStateException("no conversation"));
        }
        CompletableFuture<String> saved;
        try {
            saved = asRow ? saving.asRow(target, message) : saving.asVersion(target, message);
        } catch (RuntimeException e) {
            saved = CompletableFuture.failedFuture(e);
        }
        return saved.whenComplete((said, failure) -> UiThread.run(() -> {
            if (failure != null) run.fail(i18n.text("conversation.error.save", PlaygroundRun.rootMessage(failure)));
            else run.tell(said);
        }));
    }

    /** Keeps a run's trace off the FX thread; a trace that cannot be kept costs nothing but itself. */
    private static void keepTrace(UiServices services, dev.playground.engine.trace.Trace trace) {
        services.executor().run(() -> services.traces().save(trace)).exceptionally(failure -> {
            org.slf4j.LoggerFactory.getLogger(PlaygroundViewModel.class).warn("The trace {} could not be kept: {}", trace.id(),
                    PlaygroundRun.rootMessage(failure));
            return null;
        });
    }

    public void stop() {
        run.stop();
    }

    // ---- save and the draft ----

    /** Saves the editor as the next version of {@code name}; completes with the new version. */
    public CompletableFuture<PromptVersion> save(String name, String commitMessage) {
        if (!toolsEditor.validProperty().get()) {
            String problem = i18n.text("playground.error.tools", String.join(" ", toolsEditor.problems()));
            run.fail(problem);
            return CompletableFuture.failedFuture(new IllegalStateException(problem));
        }
        PromptDocument document = document();
        return services.executor().submit(() -> services.prompts().saveVersion(name.trim(), document, commitMessage, services.author()))
                .whenComplete((version, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        run.fail(i18n.text("playground.error.save", PlaygroundRun.rootMessage(failure)));
                    } else {
                        promptName.set(version.promptName());
                        dirty.set(false);
                        run.tell(i18n.text("playground.status.saved", version.promptName(), version.version()));
                        draft.save();
                    }
                }));
    }

    /** Writes the draft now, off the FX thread; completes once it is on disk (the window waits for it when closing). */
    public CompletableFuture<Void> saveDraft() {
        return draft.save();
    }

    // ---- properties ----

    public PlaygroundConnection panel() { return panel; }
    public PlaygroundRun runner() { return run; }
    public ObservableList<Connection> connections() { return panel.connections(); }
    public ObjectProperty<Connection> connectionProperty() { return panel.connectionProperty(); }
    public StringProperty baseUrlProperty() { return panel.baseUrlProperty(); }
    public StringProperty apiKeyEnvProperty() { return panel.apiKeyEnvProperty(); }
    public StringProperty apiKeyProperty() { return panel.apiKeyProperty(); }
    public StringProperty modelProperty() { return panel.modelProperty(); }
    public DoubleProperty temperatureProperty() { return panel.temperatureProperty(); }
    public IntegerProperty maxTokensProperty() { return panel.maxTokensProperty(); }
    public AdvancedParameters parameters() { return panel.parameters(); }
    public StringProperty promptNameProperty() { return promptName; }
    public ReadOnlyStringProperty outputProperty() { return run.outputProperty(); }
    public ReadOnlyStringProperty statsProperty() { return run.statsProperty(); }
    public ReadOnlyStringProperty statusProperty() { return run.statusProperty(); }
    /** Why the last run failed, for the Answer pane; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() { return run.problemProperty(); }
    /** Null when the app runs without document collections. */
    public RunSourcesViewModel sources() { return sources; }
    public GuardPreviewViewModel guard() { return guard; }

    /** The input rails' verdict on the rendered prompt, for the preview. */
    private void updateGuard() {
        var analysis = editor.analysisProperty().get();
        guard.update(panel.connectionProperty().get(), panel.modelProperty().get(), analysis == null ? java.util.List.of() : analysis.preview());
    }
    public ReadOnlyBooleanProperty runningProperty() { return run.runningProperty(); }
    public ReadOnlyBooleanProperty errorProperty() { return run.errorProperty(); }
    public BooleanProperty dirtyProperty() { return dirty; }
}
