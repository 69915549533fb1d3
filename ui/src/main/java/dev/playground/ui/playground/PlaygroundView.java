package dev.playground.ui.playground;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import dev.playground.ui.documents.RunSourcesView;
import dev.playground.ui.documents.RunSourcesViewModel;
import dev.playground.ui.guard.GuardLine;
import dev.playground.ui.guard.GuardPreviewView;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import dev.playground.ui.editor.PromptEditorView;
import javafx.scene.control.ScrollPane;
import org.fxmisc.richtext.CodeArea;

/** The playground screen: binds {@link PlaygroundViewModel} to controls. */
public final class PlaygroundView {
    private final PlaygroundViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private StackPane editorHolder;
    @FXML private ScrollPane previewScroll;
    @FXML private Label runBlockedLabel;
    @FXML private TextArea outputArea;
    @FXML private javafx.scene.control.SplitPane outputSplit;
    @FXML private StackPane sourcesHolder;
    @FXML private Label statsLabel;
    @FXML private Label problemLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator progress;
    @FXML private ComboBox<Connection> connectionBox;
    @FXML private VBox endpointBox;
    @FXML private TextField baseUrlField;
    @FXML private TextField apiKeyEnvField;
    @FXML private PasswordField apiKeyField;
    @FXML private ComboBox<String> modelField;
    @FXML private javafx.scene.control.Hyperlink useSavedLink;
    @FXML private Slider temperatureSlider;
    @FXML private Label temperatureValue;
    @FXML private Spinner<Integer> maxTokensSpinner;
    @FXML private VBox advancedBox;
    @FXML private Button runButton;
    @FXML private Button stopButton;
    @FXML private VBox parametersColumn;
    @FXML private HBox answerHeader;
    @FXML private Spinner<Integer> maxStepsSpinner;

    private PromptEditorView editorView;
    private ConversationView conversationView;

    public PlaygroundView(PlaygroundViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Playground.fxml", i18n);
        shareWidth();
    }

    public Parent root() {
        return root;
    }

    /** The retrieval choices and used chunks under the output; null without document collections. */
    public RunSourcesViewModel sourcesViewModel() {
        return viewModel.sources();
    }

    public CodeArea userEditor() {
        return editorView.editorFor(dev.playground.engine.model.Role.USER);
    }

    public PromptEditorView editorView() {
        return editorView;
    }

    /**
     * The parameter column takes about a third of the Playground's width, between its normal width and a
     * narrower one, so a narrow window (800 pixels) still leaves the editor and the answer room.
     */
    private void shareWidth() {
        double scale = dev.playground.ui.common.Theme.fontScale();
        parametersColumn.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double width = ((javafx.scene.layout.Region) root).getWidth();
            return width <= 0 ? 250 * scale : Math.max(180 * scale, Math.min(250 * scale, width * 0.33));
        }, ((javafx.scene.layout.Region) root).widthProperty()));
    }

    @FXML
    private void initialize() {
        if (viewModel.sources() != null) {
            sourcesHolder.getChildren().add(new RunSourcesView(viewModel.sources(), i18n).root());
        } else {
            outputSplit.getItems().remove(sourcesHolder);
        }
        editorView = new PromptEditorView(viewModel.editor(), i18n);
        editorHolder.getChildren().add(EditorTabs.of(editorView.root(), viewModel.toolsEditor(), i18n));
        previewScroll.setContent(editorView.previewNode());
        ((VBox) previewScroll.getParent()).getChildren().add(new GuardPreviewView(viewModel.guard(), i18n).root());

        connectionBox.setItems(viewModel.connections());
        connectionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Connection c) {
                return c == null ? "" : c.kind() == ProviderKind.DRY_RUN ? i18n.text("playground.connection.dryRun") : dev.playground.ui.common.ConnectionNames.shown(c, i18n);
            }

            @Override
            public Connection fromString(String s) {
                return null;
            }
        });
        connectionBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Connection item, boolean empty) {
                super.updateItem(item, empty);
                // The closed box shows the short name; the list says what a dry run does.
                setText(empty || item == null ? "" : item.kind() == ProviderKind.DRY_RUN ? i18n.text("playground.connection.dryRun.short")
                        : connectionBox.getConverter().toString(item));
            }
        });
        connectionBox.valueProperty().bindBidirectional(viewModel.connectionProperty());
        endpointBox.visibleProperty().bind(viewModel.connectionProperty().map(c -> c != null && c.kind() != ProviderKind.DRY_RUN).orElse(false));
        endpointBox.managedProperty().bind(endpointBox.visibleProperty());
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        baseUrlField.promptTextProperty().bind(viewModel.connectionProperty().map(c -> dev.playground.ui.common.BaseUrlExamples.of(c.kind())).orElse(""));
        apiKeyEnvField.textProperty().bindBidirectional(viewModel.apiKeyEnvProperty());
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        dev.playground.ui.common.ModelBox.bind(modelField, viewModel.modelProperty(), viewModel.connectionProperty()::get, viewModel::models);
        useSavedLink.visibleProperty().bind(viewModel.panel().overriddenProperty());
        useSavedLink.managedProperty().bind(useSavedLink.visibleProperty());
        temperatureSlider.valueProperty().bindBidirectional(viewModel.temperatureProperty());
        // The mapping is held by the view model's property: it must not capture this view (a language switch builds a new one).
        I18n words = i18n;
        temperatureValue.textProperty().bind(viewModel.temperatureProperty().map(t -> words.number(t.doubleValue(), 2, 2)));
        SpinnerValueFactory.IntegerSpinnerValueFactory tokens = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 200_000, viewModel.maxTokensProperty().get(), 64);
        maxTokensSpinner.setValueFactory(tokens);
        tokens.valueProperty().addListener((obs, old, now) -> { if (now != null) viewModel.maxTokensProperty().set(now); });
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly.
        ViewListeners listeners = ViewListeners.of(maxTokensSpinner);
        listeners.onChange(viewModel.maxTokensProperty(), (obs, old, now) -> tokens.setValue(now.intValue()));

        new AdvancedParametersView(viewModel.parameters(), i18n).fill(advancedBox);

        // A text area bound to a property listens to it strongly: the answer follows through a weak listener instead.
        outputArea.setText(viewModel.outputProperty().get());
        listeners.onChange(viewModel.outputProperty(), (obs, old, now) -> outputArea.setText(now));
        // Keep the newest streamed text in view.
        outputArea.textProperty().addListener((obs, old, now) -> outputArea.positionCaret(now.length()));
        statsLabel.textProperty().bind(viewModel.statsProperty());
        statsLabel.visibleProperty().bind(viewModel.statsProperty().isNotEmpty());
        statsLabel.managedProperty().bind(statsLabel.visibleProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        // After a run: what the local guardrails find in the answer, beside it.
        Label answerGuard = new Label();
        answerGuard.setId("answerGuard");
        answerGuard.setWrapText(true);
        answerGuard.getStyleClass().add("cell-guard");
        ((VBox) outputArea.getParent()).getChildren().add(answerGuard);
        listeners.onChange(viewModel.runningProperty(), (obs, old, running) -> {
            answerGuard.setText(running ? "" : GuardLine.of(viewModel.outputProperty().get(), i18n));
            answerGuard.setVisible(!answerGuard.getText().isEmpty());
        });
        answerGuard.setVisible(false);
        answerGuard.managedProperty().bind(answerGuard.visibleProperty());
        showConversation(listeners);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        listeners.onChange(viewModel.errorProperty(), (obs, old, isError) -> statusLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), isError));
        progress.visibleProperty().bind(viewModel.runningProperty());
        var blockedReason = viewModel.editor().runBlockedReasonProperty();
        runButton.disableProperty().bind(viewModel.runningProperty().or(blockedReason.isNotEmpty()));
        runBlockedLabel.textProperty().bind(blockedReason);
        runBlockedLabel.visibleProperty().bind(blockedReason.isNotEmpty());
        runBlockedLabel.managedProperty().bind(runBlockedLabel.visibleProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
    }

    /**
     * The conversation around the answer: earlier turns and a waiting tool call above it, the last answer's branches
     * beside its heading, the reply field and the trace under it; the step limit in the parameter column.
     */
    private void showConversation(ViewListeners listeners) {
        conversationView = new ConversationView(viewModel.conversation(), i18n, this::saveConversation);
        VBox answerBox = (VBox) outputArea.getParent();
        answerHeader.getChildren().add(conversationView.answerBar());
        answerBox.getChildren().add(answerBox.getChildren().indexOf(problemLabel), conversationView.turnsNode());
        answerBox.getChildren().addAll(conversationView.replyBar(), conversationView.traceHolder());
        // With earlier turns above it, the answer keeps a few lines and the turns take the rest of the height.
        int rows = outputArea.getPrefRowCount();
        listeners.onChange(conversationView.turnsNode().visibleProperty(), (obs, old, turns) -> {
            VBox.setVgrow(outputArea, turns ? javafx.scene.layout.Priority.SOMETIMES : javafx.scene.layout.Priority.ALWAYS);
            outputArea.setPrefRowCount(turns ? 4 : rows);
        });
        // The trace of the last run with tools: folded under the answer until opened.
        var timeline = new dev.playground.ui.trace.TraceTimelineView(viewModel.traceTimeline(), i18n);
        timeline.root().setPrefHeight(220);
        javafx.scene.control.TitledPane trace = new javafx.scene.control.TitledPane(i18n.text("conversation.trace"), timeline.root());
        trace.setId("conversation-trace");
        trace.setMinWidth(0);
        trace.setTooltip(new javafx.scene.control.Tooltip(i18n.text("conversation.trace.tooltip")));
        trace.setExpanded(false);
        trace.setAnimated(false);
        conversationView.traceHolder().getChildren().add(trace);
        conversationView.traceHolder().setVisible(viewModel.traceTimeline().traceProperty().get() != null);
        listeners.onChange(viewModel.traceTimeline().traceProperty(), (obs, old, now) -> conversationView.traceHolder().setVisible(now != null));
        SpinnerValueFactory.IntegerSpinnerValueFactory steps = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100,
                viewModel.conversation().maxStepsProperty().get());
        maxStepsSpinner.setValueFactory(steps);
        steps.valueProperty().addListener((obs, old, now) -> { if (now != null) viewModel.conversation().maxStepsProperty().set(now); });
        listeners.onChange(viewModel.conversation().maxStepsProperty(), (obs, old, now) -> steps.setValue(now.intValue()));
    }

    /** The conversation view, for tests and for placing the trace timeline. */
    public ConversationView conversationView() {
        return conversationView;
    }

    private void saveConversation() {
        ConversationSaveDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(), i18n, viewModel);
    }

    @FXML
    private void onRun() {
        viewModel.run();
    }

    @FXML
    private void onUseSaved() {
        viewModel.panel().useSaved();
    }

    @FXML
    private void onStop() {
        viewModel.stop();
    }
}
