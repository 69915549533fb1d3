package dev.playground.ui.playground;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolResult;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.tool.ToolLoop;
import dev.playground.engine.tool.ToolResponder;
import dev.playground.engine.tool.ToolRun;
import dev.playground.engine.trace.Span;
import dev.playground.engine.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conversation under the Playground's answer: the turns of the branch shown, continuing after an answer (the
 * answer becomes an assistant message and the person writes the next user turn), editing a user turn or re-running
 * an answer (each starts a branch at that point; "‹ 2/3 ›" moves between them), the tool calls the model makes (each
 * waits for the person's answer unless a server serves its tool), and the step limit. Runs go through
 * {@link ChatRun}; the answer itself streams into the Playground's answer area ({@link PlaygroundRun}). Saving the
 * branch as a prompt version or a dataset row is {@link ConversationSaving}.
 */
public final class ConversationViewModel {
    /** What a turn is, for how it is shown. */
    public enum Kind { USER, ASSISTANT, TOOL_CALLS, TOOL_ANSWERS }

    /** One tool call as shown: its arguments, what is wrong with them (empty: valid) and, once given, its answer. */
    public record CallLine(String name, String arguments, String problem, String answer, String source) {}

    /**
     * One turn as shown: its text, its tool calls or tool answers, its place among the alternatives at its point of
     * the conversation ({@code position} of {@code alternatives}) and the turn itself (for edit, re-run and moving).
     */
    public record TurnItem(Object key, Kind kind, String text, List<CallLine> calls, int position, int alternatives) {
        Conversation.Turn turn() { return (Conversation.Turn) key; }
    }

    private final Conversation conversation = new Conversation();
    private final PlaygroundRun answer;
    private final ChatRun runner;
    private final java.util.function.Supplier<PromptDocument> document;
    private final ObservableList<TurnItem> turns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TurnItem> answerTurn = new ReadOnlyObjectWrapper<>(this, "answerTurn");
    private final ReadOnlyObjectWrapper<PendingToolCall> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final ReadOnlyBooleanWrapper canReply = new ReadOnlyBooleanWrapper(this, "canReply");
    private final ReadOnlyObjectWrapper<Trace> lastTrace = new ReadOnlyObjectWrapper<>(this, "lastTrace");
    private final StringProperty reply = new SimpleStringProperty(this, "reply", "");
    private final StringProperty toolAnswer = new SimpleStringProperty(this, "toolAnswer", "");
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps", ToolLoop.DEFAULT_MAX_STEPS);
    private final ObjectProperty<Function<ToolSet, ToolResponder>> responders = new SimpleObjectProperty<>(this, "responders", tools -> ToolResponder.NONE);

    /** While a turn runs: the turn it continues from, and whether it has added turns yet. */
    private Conversation.Turn base;
    private boolean grown;
    private final List<ToolResult> answered = new ArrayList<>();
    /** The template and values a fresh run starts from. */
    private PromptTemplate startTemplate;
    private Map<String, String> startValues = Map.of();

    ConversationViewModel(PlaygroundRun answer, ChatRun runner, java.util.function.Supplier<PromptDocument> document) {
        this.answer = answer;
        this.runner = runner;
        this.document = document;
        answer.runningProperty().addListener((obs, old, now) -> refresh());
        answer.onAnswered((outcome, figures) -> {
            // A plain run answered: the conversation starts from what was sent and the answer.
            conversation.start(outcome.request().messages(), startTemplate, startValues);
            conversation.add(conversation.tip(), new RenderedMessage(Role.ASSISTANT, outcome.result().text())).setStats(figures);
            refresh();
        });
    }

    // ---- runs ----

    /**
     * A new conversation from the prompt as it is in the editor: through the tool loop when the prompt has tools,
     * else the plain run (the conversation starts once it answered).
     */
    void runFresh(PromptTemplate template, Map<String, String> values) {
        if (answer.runningProperty().get()) return;
        conversation.clear();
        startTemplate = template;
        startValues = values == null ? Map.of() : Map.copyOf(values);
        lastTrace.set(null);
        refresh();
        ToolSet tools = document.get().tools();
        if (tools.isEmpty()) {
            answer.run();
            return;
        }
        answer.request().ifPresent(request -> start(request, null, tools));
    }

    /** Sends the reply typed after the last answer as the next user turn. */
    public void send() {
        String text = reply.get() == null ? "" : reply.get().strip();
        if (text.isEmpty() || !canReply.get()) return;
        reply.set("");
        runFrom(conversation.add(conversation.tip(), new RenderedMessage(Role.USER, text)));
    }

    /** A user turn written again: a new branch at its point, run from there. */
    public void edit(TurnItem item, String text) {
        if (answer.runningProperty().get() || item.kind() != Kind.USER || text == null || text.isBlank()) return;
        runFrom(conversation.add(item.turn().parent(), new RenderedMessage(Role.USER, text.strip())));
    }

    /** Another answer after this user turn, or in place of this answer: a new branch at that point. */
    public void rerun(TurnItem item) {
        if (answer.runningProperty().get()) return;
        runFrom(item.kind() == Kind.USER || item.kind() == Kind.TOOL_ANSWERS ? item.turn() : item.turn().parent());
    }

    /** Shows the alternative before ({@code -1}) or after ({@code +1}) this turn's. */
    public void move(TurnItem item, int delta) {
        if (answer.runningProperty().get()) return;
        conversation.move(item.turn(), delta);
        refresh();
        Conversation.Turn tip = conversation.tip();
        boolean answered = tip.message().role() == Role.ASSISTANT && !tip.message().hasToolParts();
        answer.showAnswer(answered ? tip.message().text() : "", answered ? tip.stats() : "");
    }

    /** Answers the tool call waiting with the text typed (or a saved answer picked). */
    public void answerTool(String text) {
        PendingToolCall call = pending.get();
        if (call == null) return;
        pending.set(null);
        toolAnswer.set("");
        call.answer(text);
        answer.waiting(null);
    }

    /** Gives the waiting tool call no answer: the run ends. */
    public void skipTool() {
        PendingToolCall call = pending.get();
        if (call == null) return;
        pending.set(null);
        call.skip();
    }

    private void runFrom(Conversation.Turn from) {
        var request = answer.request();
        if (request.isEmpty()) {
            refresh();
            return;
        }
        base = from;
        start(request.get(), conversation.messagesUpTo(from), document.get().tools());
    }

    private void start(PromptRunRequest request, List<RenderedMessage> messages, ToolSet tools) {
        grown = false;
        answered.clear();
        refresh();
        runner.start(request, messages, tools, Math.max(1, maxSteps.get()), responders.get().apply(tools), new ChatRun.Events() {
            @Override
            public void started(List<RenderedMessage> sent) {
                if (messages == null) {
                    conversation.start(sent, startTemplate, startValues);
                    base = conversation.tip();
                }
                refresh();
            }

            @Override
            public void askedForTools(RenderedMessage turn) {
                grow(turn);
                answered.clear();
            }

            @Override
            public void toolAnswered(ToolCall call, Span span) {
                answered.add(new ToolResult(call.id(), call.name(), span.output()));
                sources.put(call.id(), span.source());
                Conversation.Turn tip = conversation.tip();
                if (!tip.message().toolCalls().isEmpty() && answered.size() == tip.message().toolCalls().size()) {
                    grow(RenderedMessage.toolResults(answered));
                    answered.clear();
                } else {
                    refresh();
                }
            }

            @Override
            public void needsAnswer(PendingToolCall call) {
                toolAnswer.set(call.mocks().isEmpty() ? "" : call.mocks().get(0));
                pending.set(call);
                answer.waiting(call.call().name());
            }

            @Override
            public void finished(ToolRun run, String figures) {
                pending.set(null);
                if (run.trace() != null && !tools.isEmpty()) lastTrace.set(run.trace());
                if (run.answered()) grow(new RenderedMessage(Role.ASSISTANT, run.answer())).setStats(figures);
                base = null;
                refresh();
            }

            @Override
            public void notSent(String message) {
                pending.set(null);
                base = null;
                refresh();
            }
        });
    }

    private Conversation.Turn grow(RenderedMessage message) {
        Conversation.Turn added = conversation.add(grown ? conversation.tip() : base, message);
        grown = true;
        refresh();
        return added;
    }

    /** Where each tool answer came from ("person", "mcp:SERVER", "refused"...), by call id. */
    private final Map<String, String> sources = new java.util.HashMap<>();

    // ---- what is shown ----

    private void refresh() {
        boolean running = answer.runningProperty().get();
        List<Conversation.Turn> branch = new ArrayList<>(conversation.branch());
        if (running && base != null && !grown) {
            // A re-run shows the conversation up to where it starts again, not the answer it replaces.
            int at = branch.indexOf(base);
            if (at >= 0) branch = new ArrayList<>(branch.subList(0, at + 1));
        }
        Conversation.Turn tip = branch.isEmpty() ? null : branch.get(branch.size() - 1);
        boolean endsInAnswer = tip != null && tip.message().role() == Role.ASSISTANT && !tip.message().hasToolParts();
        List<TurnItem> shown = new ArrayList<>();
        for (int i = 0; i < branch.size(); i++) {
            Conversation.Turn turn = branch.get(i);
            if (turn.message().role() == Role.SYSTEM) continue;
            if (i == branch.size() - 1 && endsInAnswer && !running) continue;
            shown.add(item(turn, i + 1 < branch.size() ? branch.get(i + 1) : null));
        }
        turns.setAll(shown);
        answerTurn.set(endsInAnswer && !running ? item(tip, null) : null);
        canReply.set(!running && endsInAnswer);
    }

    private TurnItem item(Conversation.Turn turn, Conversation.Turn next) {
        RenderedMessage m = turn.message();
        if (!m.toolCalls().isEmpty()) {
            List<CallLine> calls = new ArrayList<>();
            for (ToolCall call : m.toolCalls()) {
                String result = next == null ? null : next.message().toolResults().stream().filter(r -> r.callId().equals(call.id()))
                        .map(ToolResult::text).findFirst().orElse(null);
                calls.add(new CallLine(call.name(), call.arguments(), problem(call), result, sources.getOrDefault(call.id(), "")));
            }
            return new TurnItem(turn, Kind.TOOL_CALLS, m.text(), calls, turn.position(), turn.alternatives());
        }
        if (!m.toolResults().isEmpty()) {
            List<CallLine> results = m.toolResults().stream()
                    .map(r -> new CallLine(r.name(), "", "", r.text(), sources.getOrDefault(r.callId(), ""))).toList();
            return new TurnItem(turn, Kind.TOOL_ANSWERS, "", results, turn.position(), turn.alternatives());
        }
        return new TurnItem(turn, m.role() == Role.USER ? Kind.USER : Kind.ASSISTANT, m.text(), List.of(), turn.position(), turn.alternatives());
    }

    /** What is wrong with a call's arguments against its tool's schema (empty when they match or the tool is unknown). */
    private String problem(ToolCall call) {
        return document.get().tools().find(call.name())
                .map(tool -> String.join("; ", dev.playground.engine.tool.ToolCheck.argumentProblems(tool, call.arguments())))
                .orElse("");
    }

    /** Forgets the conversation (a new prompt). */
    void clear() {
        conversation.clear();
        lastTrace.set(null);
        refresh();
    }

    Conversation conversation() { return conversation; }

    // ---- properties ----

    /** The turns of the branch shown, without the last answer (the answer area shows it) and without system messages. */
    public ObservableList<TurnItem> turns() { return turns; }
    /** The last answer of the branch shown, for its "‹ 1/2 ›" and Re-run; null while running or without one. */
    public ReadOnlyObjectProperty<TurnItem> answerTurnProperty() { return answerTurn.getReadOnlyProperty(); }
    /** The tool call waiting for the person; null when none. */
    public ReadOnlyObjectProperty<PendingToolCall> pendingProperty() { return pending.getReadOnlyProperty(); }
    /** True after an answer, while nothing runs: a reply can be sent. */
    public ReadOnlyBooleanProperty canReplyProperty() { return canReply.getReadOnlyProperty(); }
    /** The trace of the last run with tools (null before one): for the trace timeline. */
    public ReadOnlyObjectProperty<Trace> lastTraceProperty() { return lastTrace.getReadOnlyProperty(); }
    public StringProperty replyProperty() { return reply; }
    /** The answer being written for the waiting tool call (a saved answer, when the tool has one, to start from). */
    public StringProperty toolAnswerProperty() { return toolAnswer; }
    /** The most model calls one turn may make while the model keeps asking for tools (the command line's --max-steps). */
    public IntegerProperty maxStepsProperty() { return maxSteps; }
    /** Who serves tool calls before the person is asked (an MCP server for its tools); none by default. */
    public ObjectProperty<Function<ToolSet, ToolResponder>> respondersProperty() { return responders; }
    public ReadOnlyBooleanProperty runningProperty() { return answer.runningProperty(); }
}
