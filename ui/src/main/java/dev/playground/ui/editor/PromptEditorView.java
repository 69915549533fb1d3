package dev.playground.ui.editor;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.StarterTemplates;
import dev.playground.engine.tokens.CostEstimate;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The prompt editor: message blocks, find and replace, the variables panel with test inputs, token
 * and cost figures, and (placed by the playground) a live preview of exactly what will be sent.
 */
public final class PromptEditorView {
    private final PromptEditorViewModel viewModel;
    private final I18n i18n;
    private final Parent root;
    private final VBox preview = new VBox(8);
    private final List<MessageEditor> editors = new ArrayList<>();
    private FindReplace findReplace;
    private CodeArea lastFocused;

    @FXML private MenuButton startersButton;
    @FXML private VBox messagesBox;
    @FXML private ScrollPane messagesScroll;
    @FXML private HBox findBar;
    @FXML private TextField findField;
    @FXML private TextField replaceField;
    @FXML private Label findStatus;
    @FXML private Label totalTokensLabel;
    @FXML private ProgressBar windowBar;
    @FXML private Label windowLabel;
    @FXML private Label costLabel;
    @FXML private Label problemLabel;
    @FXML private MenuButton testInputsButton;
    /** The set of test inputs last used or saved: the name the save dialog offers. */
    private String lastTestInputs;
    @FXML private VBox variablesBox;
    @FXML private Label noVariablesLabel;

    public PromptEditorView(PromptEditorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "PromptEditor.fxml", i18n);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    public Parent root() {
        return root;
    }

    /** The live preview; the playground shows it beside the answer. */
    public Node previewNode() {
        return preview;
    }

    /** The code area of the first block with {@code role}, or null. */
    public CodeArea editorFor(Role role) {
        return editors.stream().filter(e -> e.block().roleProperty().get() == role).map(MessageEditor::area).findFirst().orElse(null);
    }

    @FXML
    private void initialize() {
        preview.getStyleClass().add("preview-box");
        for (PromptFile starter : StarterTemplates.all(i18n.locale())) {
            MenuItem item = new MenuItem(starter.name());
            item.setOnAction(event -> applyStarter(starter));
            startersButton.getItems().add(item);
        }
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly.
        ViewListeners listeners = ViewListeners.of(findField);
        listeners.onListChange(viewModel.messages(), (ListChangeListener<MessageBlock>) change -> {
            boolean structural = false;
            while (change.next()) structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            if (structural) rebuildMessages();
        });
        rebuildMessages();
        listeners.onListChange(viewModel.variables(), (ListChangeListener<VariableEntry>) change -> {
            boolean structural = false;
            while (change.next()) structural |= change.wasAdded() || change.wasRemoved();
            if (structural) rebuildVariables();
        });
        rebuildVariables();
        listeners.onListChange(viewModel.testInputNames(), (ListChangeListener<String>) change -> fillTestInputs());
        fillTestInputs();
        listeners.onChange(viewModel.analysisProperty(), (obs, old, now) -> showAnalysis(now));
        findReplace = new FindReplace(() -> lastFocused != null ? lastFocused : editors.isEmpty() ? null : editors.get(0).area(),
                () -> editors.stream().map(MessageEditor::area).toList());
        findField.setOnAction(event -> onFindNext());
    }

    private void onKey(KeyEvent event) {
        if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(event)) {
            showFind();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE && findBar.isVisible()) {
            onCloseFind();
            event.consume();
        } else if (MessageEditor.isMoveKey(event)) {
            int index = indexOfFocused();
            if (index >= 0) {
                int moved = viewModel.moveMessage(index, event.getCode() == KeyCode.UP ? -1 : 1);
                editors.get(moved).area().requestFocus();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.F1 || new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN).match(event)) {
            onShortcuts();
            event.consume();
        }
    }

    private int indexOfFocused() {
        for (int i = 0; i < editors.size(); i++) if (editors.get(i).area().isFocused()) return i;
        return -1;
    }

    private void rebuildMessages() {
        editors.clear();
        List<Node> nodes = new ArrayList<>();
        boolean sawSystem = false;
        boolean sawUser = false;
        for (int i = 0; i < viewModel.messages().size(); i++) {
            MessageBlock block = viewModel.messages().get(i);
            MessageEditor editor = new MessageEditor(block, i18n);
            // Stable ids for tests and accessibility: the first system and user blocks keep their skeleton names.
            Role role = block.roleProperty().get();
            if (role == Role.SYSTEM && !sawSystem) {
                editor.area().setId("system-editor");
                sawSystem = true;
            } else if (role == Role.USER && !sawUser) {
                editor.area().setId("user-editor");
                sawUser = true;
            } else {
                editor.area().setId("message-editor-" + i);
            }
            editor.root().setId("message-" + i);
            editor.area().setAccessibleText(i18n.text("editor.message.accessible", i + 1, i18n.text("editor.role." + role.wireName())));
            int index = i;
            editor.upButton().setOnAction(event -> viewModel.moveMessage(index, -1));
            editor.downButton().setOnAction(event -> viewModel.moveMessage(index, 1));
            editor.removeButton().setOnAction(event -> confirmRemove(index));
            editor.upButton().setDisable(i == 0);
            editor.downButton().setDisable(i == viewModel.messages().size() - 1);
            editor.removeButton().setDisable(viewModel.messages().size() == 1);
            editor.area().focusedProperty().addListener((obs, old, focused) -> {
                if (focused) lastFocused = editor.area();
            });
            editors.add(editor);
            // A tall window gives the messages its free height; a low one keeps each at a few lines and scrolls.
            VBox.setVgrow(editor.root(), javafx.scene.layout.Priority.ALWAYS);
            nodes.add(editor.root());
        }
        messagesBox.getChildren().setAll(nodes);
        if (viewModel.analysisProperty().get() != null) showAnalysis(viewModel.analysisProperty().get());
    }

    /** Removing a block that holds text asks first: nothing typed is lost by accident. */
    private void confirmRemove(int index) {
        if (!viewModel.messages().get(index).textProperty().get().isBlank()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("editor.remove.confirm"), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(root.getScene().getWindow());
            confirm.setHeaderText(null);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        }
        viewModel.removeMessage(index);
    }

    private void applyStarter(PromptFile starter) {
        boolean hasText = viewModel.messages().stream().anyMatch(m -> !m.textProperty().get().isBlank());
        if (hasText) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("editor.starters.confirm"), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(root.getScene().getWindow());
            confirm.setHeaderText(null);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        }
        viewModel.applyStarter(starter);
    }

    private void rebuildVariables() {
        variablesBox.getChildren().setAll(noVariablesLabel);
        noVariablesLabel.setVisible(viewModel.variables().isEmpty());
        noVariablesLabel.setManaged(viewModel.variables().isEmpty());
        for (VariableEntry variable : viewModel.variables()) {
            Label name = new Label("{{" + variable.name() + "}}");
            name.getStyleClass().add("variable-name");
            TextArea value = new TextArea();
            value.setId("var-" + variable.name());
            value.setPrefRowCount(2);
            // Never squeezed below two lines (the box scrolls instead); grows when the column has room.
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox.setVgrow(value, javafx.scene.layout.Priority.SOMETIMES);
            value.setWrapText(true);
            value.setAccessibleText(variable.name());
            value.textProperty().bindBidirectional(variable.valueProperty());
            name.setLabelFor(value);
            if (variable.reserved()) {
                Label reserved = new Label(i18n.text("editor.variables.reserved"));
                reserved.getStyleClass().addAll("hint", "reserved-note");
                reserved.setWrapText(true);
                value.setPromptText(i18n.text("editor.variables.reserved.prompt"));
                variablesBox.getChildren().addAll(new HBox(6, name, reserved), value);
            } else {
                variablesBox.getChildren().addAll(name, value);
            }
        }
    }

    private void showAnalysis(PromptAnalysis analysis) {
        if (analysis == null) return;
        Set<String> unfilled = new HashSet<>(analysis.missing());
        for (int i = 0; i < editors.size(); i++) {
            MessageEditor editor = editors.get(i);
            editor.showMarks(analysis.problemMessage() == i ? analysis.problem() : null, unfilled);
            editor.showTokens(analysis.tokens() == null || i >= analysis.tokens().perMessage().size() ? ""
                    : i18n.text("editor.tokens.message", analysis.tokens().perMessage().get(i)));
        }
        String problem = analysis.problem() != null ? i18n.text("editor.problem.where", analysis.problemMessage() + 1, ProblemText.describe(analysis.problem(), i18n))
                : analysis.renderError();
        problemLabel.setText(problem == null ? "" : problem);
        problemLabel.setVisible(problem != null);
        problemLabel.setManaged(problem != null);
        showFigures(analysis);
        showPreview(analysis);
    }

    private void showFigures(PromptAnalysis analysis) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(i18n.locale());
        if (analysis.tokens() == null) {
            // Unfilled variables are no template error: say what to fill in rather than "fix the template".
            boolean onlyUnfilled = analysis.problem() == null && analysis.renderError() == null && !analysis.missing().isEmpty();
            totalTokensLabel.setText(onlyUnfilled ? i18n.text("editor.tokens.unfilled", String.join(", ", analysis.missing()))
                    : i18n.text("editor.tokens.unknown"));
            windowBar.setProgress(0);
            windowLabel.setText("");
            showWindowRow(false);
            costLabel.setText("");
            return;
        }
        int total = analysis.tokens().total();
        totalTokensLabel.setText(i18n.text(analysis.tokens().estimate() ? "editor.tokens.totalEstimate" : "editor.tokens.total", numbers.format(total)));
        // The why of an estimate, and an unknown context window, go to the tooltip: the column stays short.
        List<String> notes = new ArrayList<>();
        if (analysis.tokens().estimate()) notes.add(i18n.text("editor.tokens.estimate.tooltip"));
        if (analysis.contextWindow().isEmpty()) notes.add(i18n.text("editor.window.unknown"));
        totalTokensLabel.setTooltip(notes.isEmpty() ? null : new javafx.scene.control.Tooltip(String.join("\n", notes)));
        showWindowRow(analysis.contextWindow().isPresent());
        if (analysis.contextWindow().isPresent()) {
            int window = analysis.contextWindow().getAsInt();
            int withAnswer = total + viewModel.maxOutputTokensProperty().get();
            windowBar.setProgress(Math.min(1.0, withAnswer / (double) window));
            windowBar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("full"), withAnswer > window);
            windowLabel.setText(i18n.text(withAnswer > window ? "editor.window.over" : "editor.window", numbers.format(withAnswer), numbers.format(window)));
        } else {
            windowBar.setProgress(0);
            windowLabel.setText(i18n.text("editor.window.unknown"));
        }
        CostEstimate cost = analysis.cost();
        costLabel.setText(cost == null || !cost.known() ? i18n.text("editor.cost.unknown")
                : i18n.text("editor.cost", dollars(cost.input()), dollars(cost.outputUpTo())));
    }

    private void showWindowRow(boolean shown) {
        windowBar.getParent().setVisible(shown);
        windowBar.getParent().setManaged(shown);
    }

    private String dollars(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(i18n.locale());
        format.setMaximumFractionDigits(amount.compareTo(new BigDecimal("0.01")) < 0 ? 5 : 4);
        format.setMinimumFractionDigits(2);
        return "$" + format.format(amount.setScale(6, RoundingMode.HALF_UP));
    }

    private void showPreview(PromptAnalysis analysis) {
        List<Node> cards = new ArrayList<>();
        if (analysis.preview().stream().allMatch(m -> m.text().isBlank())) {
            Label empty = new Label(viewModel.runBlockedReasonProperty().get().isEmpty() ? i18n.text("editor.preview.empty")
                    : viewModel.runBlockedReasonProperty().get());
            empty.getStyleClass().add("hint");
            empty.setWrapText(true);
            cards.add(empty);
        }
        for (int i = 0; i < analysis.preview().size(); i++) {
            RenderedMessage message = analysis.preview().get(i);
            if (message.text().isBlank()) continue; // not sent, so not shown
            Label role = new Label(i18n.text("editor.role." + message.role().wireName()) + " · "
                    + i18n.text("editor.tokens.message", analysis.tokens().perMessage().get(i)));
            role.getStyleClass().add("preview-role");
            Label text = new Label(message.text());
            text.setWrapText(true);
            text.getStyleClass().add("preview-text");
            VBox card = new VBox(2, role, text);
            card.getStyleClass().addAll("preview-card", message.role().wireName());
            cards.add(card);
        }
        preview.getChildren().setAll(cards);
    }

    private void showFind() {
        findBar.setVisible(true);
        findBar.setManaged(true);
        String selected = lastFocused == null ? "" : lastFocused.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) findField.setText(selected);
        findField.requestFocus();
        findField.selectAll();
    }

    @FXML
    private void onCloseFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        findStatus.setText("");
        if (lastFocused != null) lastFocused.requestFocus();
    }

    @FXML
    private void onFindNext() {
        findStatus.setText(findReplace.findNext(findField.getText()) ? "" : i18n.text("editor.find.none"));
    }

    @FXML
    private void onReplace() {
        findReplace.replace(findField.getText(), replaceField.getText());
        onFindNext();
    }

    @FXML
    private void onReplaceAll() {
        int count = findReplace.replaceAll(findField.getText(), replaceField.getText());
        findStatus.setText(i18n.text("editor.replace.count", count));
    }

    @FXML
    private void onAddSystem() {
        addAndFocus(Role.SYSTEM);
    }

    @FXML
    private void onAddUser() {
        addAndFocus(Role.USER);
    }

    @FXML
    private void onAddAssistant() {
        addAndFocus(Role.ASSISTANT);
    }

    private void addAndFocus(Role role) {
        int at = viewModel.addMessage(role);
        editors.get(at).area().requestFocus();
        messagesScroll.setVvalue(at == 0 ? 0.0 : 1.0);
    }

    /** The menu: each saved set (choosing one fills the variables), then saving the current values as a set. */
    private void fillTestInputs() {
        List<MenuItem> items = new ArrayList<>();
        for (String name : viewModel.testInputNames()) {
            MenuItem use = new MenuItem(name);
            use.setOnAction(event -> {
                viewModel.applyTestInputs(name);
                lastTestInputs = name;
            });
            items.add(use);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(i18n.text("editor.testInputs.empty"));
            none.setDisable(true);
            items.add(none);
        }
        items.add(new javafx.scene.control.SeparatorMenuItem());
        MenuItem save = new MenuItem(i18n.text("editor.testInputs.save"));
        save.setId("save-test-inputs");
        save.setOnAction(event -> onSaveTestInputs());
        items.add(save);
        testInputsButton.getItems().setAll(items);
    }

    private void onSaveTestInputs() {
        TextInputDialog dialog = new TextInputDialog(lastTestInputs == null ? "" : lastTestInputs);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.text("editor.testInputs.save"));
        dialog.setHeaderText(i18n.text("editor.testInputs.saveHeader"));
        dialog.getEditor().setId("test-inputs-name");
        dialog.showAndWait().ifPresent(name -> {
            viewModel.saveTestInputs(name);
            lastTestInputs = name.strip();
        });
    }

    @FXML
    private void onShortcuts() {
        ShortcutSheet.show(root.getScene().getWindow(), i18n);
    }
}
