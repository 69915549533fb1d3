package dev.playground.ui.playground;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.playground.ConversationViewModel.TurnItem;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The conversation around the Playground's answer: the earlier turns (each with "‹ 2/3 ›" when it has alternatives,
 * Edit on a user turn, Re-run), the tool call waiting for an answer, the last answer's own "‹ 1/2 ›" and Re-run
 * beside the Answer heading, the reply field with Send and Save, and a holder for the trace timeline. Binds
 * {@link ConversationViewModel}; the parts are placed by {@link PlaygroundView}.
 */
public final class ConversationView {
    private final ConversationViewModel viewModel;
    private final I18n i18n;
    private final VBox turnBox = new VBox(6);
    private final ScrollPane turnScroll = new ScrollPane(turnBox);
    private final VBox pendingBox = new VBox(4);
    private final HBox answerBar = new HBox(4);
    private final HBox replyBar = new HBox(6);
    private final StackPane traceHolder = new StackPane();
    private final Runnable onSave;

    /** {@code onSave} opens the save dialog (the Playground view owns windows). */
    public ConversationView(ConversationViewModel viewModel, I18n i18n, Runnable onSave) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.onSave = onSave;
        turnBox.getStyleClass().add("conversation-turns");
        turnBox.setMinWidth(0);
        pendingBox.setMinWidth(0);
        turnBox.setId("conversation-turns");
        turnScroll.setFitToWidth(true);
        turnScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        turnScroll.getStyleClass().add("conversation-scroll");
        turnScroll.setMinHeight(60);
        VBox.setVgrow(turnScroll, Priority.ALWAYS);
        // The newest turn stays in view as turns arrive (not while a turn is being edited).
        turnBox.heightProperty().addListener((obs, old, now) -> {
            if (turnBox.lookup("#turn-edit") == null) javafx.application.Platform.runLater(() -> turnScroll.setVvalue(turnScroll.getVmax()));
        });
        pendingBox.setId("tool-pending");
        pendingBox.getStyleClass().addAll("turn", "turn-pending");
        answerBar.setAlignment(Pos.CENTER_LEFT);
        answerBar.setId("answer-turn-bar");
        traceHolder.setId("trace-holder");
        traceHolder.managedProperty().bind(traceHolder.visibleProperty());
        buildReplyBar();
        ViewListeners listeners = ViewListeners.of(turnBox);
        listeners.onListChange(viewModel.turns(), change -> showTurns());
        listeners.onChange(viewModel.pendingProperty(), (obs, old, now) -> showTurns());
        listeners.onChange(viewModel.answerTurnProperty(), (obs, old, now) -> showAnswerBar());
        showTurns();
        showAnswerBar();
    }

    /** The earlier turns and the waiting tool call (shown only while there are any). */
    public ScrollPane turnsNode() { return turnScroll; }

    /** The last answer's "‹ 1/2 ›" and Re-run, for the Answer heading. */
    public HBox answerBar() { return answerBar; }

    /** The reply field, Send and Save. */
    public HBox replyBar() { return replyBar; }

    /** Where the trace timeline of the last run with tools goes (PlaygroundView puts lane toolui's TraceTimelineView there). */
    public StackPane traceHolder() { return traceHolder; }

    private void showTurns() {
        turnBox.getChildren().clear();
        for (TurnItem item : viewModel.turns()) turnBox.getChildren().add(card(item));
        PendingToolCall pending = viewModel.pendingProperty().get();
        if (pending != null) {
            fillPending(pending);
            turnBox.getChildren().add(pendingBox);
        }
        boolean any = !turnBox.getChildren().isEmpty();
        turnScroll.setVisible(any);
        turnScroll.setManaged(any);
        turnScroll.setVvalue(1.0);
    }

    private VBox card(TurnItem item) {
        VBox card = new VBox(3);
        card.setMinWidth(0);
        card.getStyleClass().addAll("turn", switch (item.kind()) {
            case USER -> "turn-user";
            case ASSISTANT -> "turn-assistant";
            case TOOL_CALLS, TOOL_ANSWERS -> "turn-tool";
        });
        HBox head = new HBox(4);
        head.setAlignment(Pos.CENTER_LEFT);
        Label who = new Label(i18n.text(switch (item.kind()) {
            case USER -> "conversation.you";
            case ASSISTANT -> "conversation.assistant";
            case TOOL_CALLS -> "conversation.toolCalls";
            case TOOL_ANSWERS -> "conversation.toolAnswers";
        }));
        who.getStyleClass().add("turn-role");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        head.getChildren().addAll(who, gap);
        addNavigation(head, item);
        if (item.kind() == ConversationViewModel.Kind.USER) head.getChildren().add(small("conversation.edit", () -> startEdit(card, item)));
        if (item.kind() != ConversationViewModel.Kind.TOOL_CALLS) head.getChildren().add(small("conversation.rerun", () -> viewModel.rerun(item)));
        card.getChildren().add(head);
        if (!item.text().isEmpty()) card.getChildren().add(text(item.text(), "turn-text"));
        for (ConversationViewModel.CallLine call : item.calls()) {
            if (item.kind() == ConversationViewModel.Kind.TOOL_CALLS) {
                card.getChildren().add(text(call.name() + " " + shownArguments(call.arguments()), "turn-call"));
                card.getChildren().add(check(call.problem()));
            } else {
                card.getChildren().add(text(i18n.text("conversation.tool.answer", call.name(), call.answer()), "turn-call"));
                if (!call.source().isEmpty()) card.getChildren().add(text(source(call.source()), "turn-source"));
            }
        }
        return card;
    }

    private String source(String source) {
        if (source.startsWith("mcp:")) return i18n.text("conversation.source.mcp", source.substring(4));
        return switch (source) {
            case "person" -> i18n.text("conversation.source.person");
            case "refused" -> i18n.text("conversation.source.refused");
            case "mock" -> i18n.text("conversation.source.mock");
            default -> i18n.text("conversation.source.other", source);
        };
    }

    private Label check(String problem) {
        Label label = text(problem.isEmpty() ? i18n.text("conversation.args.valid") : i18n.text("conversation.args.invalid", problem),
                problem.isEmpty() ? "turn-valid" : "turn-invalid");
        label.setId(problem.isEmpty() ? null : "tool-arguments-invalid");
        return label;
    }

    private void addNavigation(HBox head, TurnItem item) {
        if (item.alternatives() < 2) return;
        Button previous = icon("fth-chevron-left", "conversation.previous", () -> viewModel.move(item, -1));
        previous.setDisable(item.position() == 1);
        Label where = new Label(i18n.text("conversation.position", item.position(), item.alternatives()));
        where.getStyleClass().add("turn-position");
        where.setMinWidth(Region.USE_PREF_SIZE);
        Button next = icon("fth-chevron-right", "conversation.next", () -> viewModel.move(item, +1));
        next.setDisable(item.position() == item.alternatives());
        head.getChildren().addAll(previous, where, next);
    }

    private void startEdit(VBox card, TurnItem item) {
        TextArea field = new TextArea(item.text());
        field.setWrapText(true);
        field.setPrefRowCount(2);
        field.setPrefColumnCount(12);
        field.setMinWidth(60);
        field.setId("turn-edit");
        field.setAccessibleText(i18n.text("conversation.edit"));
        Button send = new Button(i18n.text("conversation.editSend"));
        send.setId("turn-edit-send");
        send.getStyleClass().add("accent");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> viewModel.edit(item, field.getText()));
        Button cancel = new Button(i18n.text("conversation.cancelEdit"));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> showTurns());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, send, cancel);
        card.getChildren().setAll(card.getChildren().get(0), field, buttons);
        field.requestFocus();
        showWhole(card);
    }

    /** Scrolls the turns so that {@code card} is in view (its bottom, when it is taller than the view). */
    private void showWhole(VBox card) {
        turnScroll.layout();
        double content = turnBox.getHeight();
        double view = turnScroll.getViewportBounds().getHeight();
        if (content <= view) return;
        double bottom = card.getBoundsInParent().getMaxY();
        double top = Math.max(card.getBoundsInParent().getMinY(), bottom - view);
        turnScroll.setVvalue(Math.min(1.0, top / (content - view)));
    }

    private void fillPending(PendingToolCall pending) {
        Label title = text(i18n.text("conversation.pending.title", pending.call().name()), "turn-role");
        Label arguments = text(shownArguments(pending.call().arguments()), "turn-call");
        TextArea reply = new TextArea();
        reply.setId("tool-answer");
        reply.setWrapText(true);
        reply.setPrefRowCount(2);
        reply.setPrefColumnCount(12);
        reply.setMinWidth(60);
        reply.setPromptText(i18n.text("conversation.pending.prompt"));
        reply.setAccessibleText(i18n.text("conversation.pending.prompt"));
        reply.textProperty().bindBidirectional(viewModel.toolAnswerProperty());
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (!pending.mocks().isEmpty()) {
            ComboBox<String> mocks = new ComboBox<>();
            mocks.setId("tool-mocks");
            mocks.getItems().setAll(pending.mocks());
            mocks.setPromptText(i18n.text("conversation.pending.mocks"));
            mocks.setAccessibleText(i18n.text("conversation.pending.mocks"));
            mocks.setPrefWidth(210);
            mocks.setMinWidth(60);
            mocks.valueProperty().addListener((obs, old, now) -> { if (now != null) viewModel.toolAnswerProperty().set(now); });
            buttons.getChildren().add(mocks);
        }
        Button send = new Button(i18n.text("conversation.pending.send"));
        send.setId("tool-answer-send");
        send.getStyleClass().add("accent");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.setOnAction(e -> viewModel.answerTool(reply.getText()));
        Button skip = new Button(i18n.text("conversation.pending.skip"));
        skip.setId("tool-answer-skip");
        skip.setMinWidth(Region.USE_PREF_SIZE);
        skip.setOnAction(e -> viewModel.skipTool());
        buttons.getChildren().addAll(send, skip);
        pendingBox.getChildren().setAll(title, arguments, check(String.join("; ", pending.problems())), reply, buttons);
    }

    private void showAnswerBar() {
        answerBar.getChildren().clear();
        TurnItem item = viewModel.answerTurnProperty().get();
        if (item == null) return;
        HBox nav = new HBox(4);
        nav.setAlignment(Pos.CENTER_LEFT);
        addNavigation(nav, item);
        answerBar.getChildren().addAll(nav.getChildren());
        Button rerun = small("conversation.rerun", () -> viewModel.rerun(item));
        rerun.setId("answer-rerun");
        answerBar.getChildren().add(rerun);
    }

    private void buildReplyBar() {
        replyBar.setAlignment(Pos.CENTER_LEFT);
        replyBar.setId("reply-bar");
        TextField field = new TextField();
        field.setId("reply-field");
        field.setPromptText(i18n.text("conversation.reply.prompt"));
        field.setAccessibleText(i18n.text("conversation.reply.prompt"));
        field.textProperty().bindBidirectional(viewModel.replyProperty());
        field.setOnAction(e -> viewModel.send());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button send = icon("fth-send", "conversation.send", viewModel::send);
        send.setId("reply-send");
        send.disableProperty().bind(viewModel.canReplyProperty().not().or(viewModel.replyProperty().isEmpty()));
        Button save = icon("fth-save", "conversation.save", onSave);
        save.setId("conversation-save");
        save.disableProperty().bind(viewModel.runningProperty());
        field.disableProperty().bind(viewModel.canReplyProperty().not());
        replyBar.getChildren().addAll(field, send, save);
        // Shown once there is a conversation to continue or keep.
        replyBar.visibleProperty().bind(viewModel.canReplyProperty().or(viewModel.answerTurnProperty().isNotNull())
                .or(javafx.beans.binding.Bindings.isNotEmpty(viewModel.turns())));
        replyBar.managedProperty().bind(replyBar.visibleProperty());
    }

    /**
     * A call's arguments as shown: JSON with a space after each comma and colon, so a long call wraps; text that is
     * not JSON is shown as the model wrote it.
     */
    static String shownArguments(String arguments) {
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(arguments);
            if (tree == null || !tree.isContainerNode()) return arguments;
            return spaced(tree);
        } catch (java.io.IOException e) {
            return arguments;
        }
    }

    private static String spaced(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            StringBuilder out = new StringBuilder("{");
            node.properties().forEach(e -> out.append(out.length() > 1 ? ", " : "")
                    .append(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey())).append(": ").append(spaced(e.getValue())));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder out = new StringBuilder("[");
            node.forEach(v -> out.append(out.length() > 1 ? ", " : "").append(spaced(v)));
            return out.append(']').toString();
        }
        return node.toString();
    }

    private Label text(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        return label;
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(i18n.text(key));
        button.getStyleClass().addAll("flat", "turn-action", key.replace('.', '-'));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(i18n.text(key + ".tooltip")));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Button icon(String literal, String key, Runnable action) {
        Button button = new Button();
        button.setGraphic(new FontIcon(literal));
        button.getStyleClass().addAll("flat", "turn-action", key.replace('.', '-'));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(i18n.text(key + ".tooltip")));
        button.setAccessibleText(i18n.text(key + ".tooltip"));
        button.setOnAction(e -> action.run());
        return button;
    }
}
