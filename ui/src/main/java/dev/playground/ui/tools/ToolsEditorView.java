package dev.playground.ui.tools;

import dev.playground.engine.model.ToolChoice;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The tool editor: binds {@link ToolsEditorViewModel} to the list of tools and the selected tool's fields. */
public final class ToolsEditorView {
    private final ToolsEditorViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private Button mcpButton;
    @FXML private ComboBox<ToolChoice> choiceBox;
    @FXML private Label choiceProblemLabel;
    @FXML private Label noticeLabel;
    @FXML private Label emptyLabel;
    @FXML private ListView<ToolItem> toolList;
    @FXML private ScrollPane formScroll;
    @FXML private TextField nameField;
    @FXML private TextArea descriptionArea;
    @FXML private TextArea parametersArea;
    @FXML private Label toolProblemLabel;
    @FXML private VBox mocksBox;

    private ToolItem shown;
    private final javafx.beans.value.ChangeListener<String> problemChanged = (obs, old, now) -> markFields();
    private final ListChangeListener<StringProperty> mocksChanged = change -> {
        while (change.next()) if (change.wasAdded() || change.wasRemoved()) showMocks();
    };

    public ToolsEditorView(ToolsEditorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "ToolsEditor.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        choiceBox.setItems(viewModel.choices());
        choiceBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ToolChoice choice) {
                if (choice == null) return "";
                return switch (choice.mode()) {
                    case AUTO -> i18n.text("tools.choice.auto");
                    case NONE -> i18n.text("tools.choice.none");
                    case REQUIRED -> i18n.text("tools.choice.required");
                    case NAMED -> i18n.text("tools.choice.named", choice.tool());
                };
            }

            @Override
            public ToolChoice fromString(String text) {
                return null;
            }
        });
        choiceBox.valueProperty().bindBidirectional(viewModel.choiceProperty());
        // What the chosen word means, on hover (the column is narrow at 1024 pixels).
        Tooltip choiceHint = new Tooltip();
        choiceHint.textProperty().bind(viewModel.choiceProperty().map(choice -> i18n.text("tools.choice."
                + choice.mode().name().toLowerCase(java.util.Locale.ROOT) + ".hint", choice.tool())));
        choiceBox.setTooltip(choiceHint);
        showWhenSet(choiceProblemLabel, viewModel.choiceProblemProperty());
        showWhenSet(noticeLabel, viewModel.noticeProperty());
        mcpButton.setDisable(!viewModel.hasMcp());

        toolList.setItems(viewModel.tools());
        toolList.setCellFactory(list -> new ToolCell());
        ViewListeners listeners = ViewListeners.of(toolList);
        listeners.onChange(viewModel.selectedProperty(), (obs, old, now) -> show(now));
        toolList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.selectedProperty().set(now);
        });
        emptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.tools()));
        emptyLabel.managedProperty().bind(emptyLabel.visibleProperty());
        toolList.visibleProperty().bind(emptyLabel.visibleProperty().not());
        toolList.managedProperty().bind(toolList.visibleProperty());
        formScroll.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        formScroll.managedProperty().bind(formScroll.visibleProperty());
        show(viewModel.selectedProperty().get());
    }

    private static void showWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Binds the fields to {@code item} (the previous tool's are let go). */
    private void show(ToolItem item) {
        if (shown != null) {
            nameField.textProperty().unbindBidirectional(shown.nameProperty());
            descriptionArea.textProperty().unbindBidirectional(shown.descriptionProperty());
            parametersArea.textProperty().unbindBidirectional(shown.parametersProperty());
            shown.mocks().removeListener(mocksChanged);
            shown.problemProperty().removeListener(problemChanged);
            toolProblemLabel.textProperty().unbind();
        }
        shown = item;
        if (toolList.getSelectionModel().getSelectedItem() != item) toolList.getSelectionModel().select(item);
        if (item == null) {
            mocksBox.getChildren().clear();
            return;
        }
        nameField.textProperty().bindBidirectional(item.nameProperty());
        descriptionArea.textProperty().bindBidirectional(item.descriptionProperty());
        parametersArea.textProperty().bindBidirectional(item.parametersProperty());
        toolProblemLabel.textProperty().bind(item.problemProperty());
        item.problemProperty().addListener(problemChanged);
        toolProblemLabel.visibleProperty().bind(item.problemProperty().isNotEmpty());
        toolProblemLabel.managedProperty().bind(toolProblemLabel.visibleProperty());
        markFields();
        item.mocks().addListener(mocksChanged);
        showMocks();
    }

    /** The name field and the parameters are outlined while the shown tool has a problem with them. */
    private void markFields() {
        javafx.css.PseudoClass error = javafx.css.PseudoClass.getPseudoClass("error");
        nameField.pseudoClassStateChanged(error, shown != null && shown.nameWrongProperty().get());
        parametersArea.pseudoClassStateChanged(error, shown != null && shown.parametersWrongProperty().get());
    }

    private void showMocks() {
        mocksBox.getChildren().clear();
        if (shown == null) return;
        int n = 1;
        for (StringProperty mock : shown.mocks()) {
            TextArea area = new TextArea();
            area.setPrefRowCount(2);
            area.setWrapText(true);
            area.getStyleClass().add("tool-mock");
            area.setAccessibleText(i18n.text("tools.mocks.one", n));
            area.setPromptText(i18n.text("tools.mocks.prompt"));
            area.textProperty().bindBidirectional(mock);
            HBox.setHgrow(area, Priority.ALWAYS);
            Button remove = new Button();
            remove.setGraphic(new FontIcon("fth-x"));
            remove.getStyleClass().add("flat");
            remove.setAccessibleText(i18n.text("tools.mocks.remove", n));
            remove.setTooltip(new Tooltip(i18n.text("tools.mocks.remove", n)));
            remove.setOnAction(e -> viewModel.removeMock(shown, mock));
            mocksBox.getChildren().add(new HBox(4, area, remove));
            n++;
        }
    }

    @FXML
    private void onAdd() {
        viewModel.add();
        nameField.requestFocus();
        nameField.selectAll();
    }

    @FXML
    private void onRemove() {
        if (shown != null) viewModel.remove(shown);
    }

    @FXML
    private void onAddMock() {
        if (shown != null) viewModel.addMock(shown);
        if (!mocksBox.getChildren().isEmpty()) ((HBox) mocksBox.getChildren().getLast()).getChildren().getFirst().requestFocus();
    }

    @FXML
    private void onAddFromMcp() {
        McpToolsViewModel picker = viewModel.mcp();
        if (picker != null) new McpToolsDialog(picker, viewModel, i18n).show(root.getScene().getWindow());
    }

    /** A tool's name (or "no name yet"), marked when something is wrong with it. */
    private final class ToolCell extends ListCell<ToolItem> {
        @Override
        protected void updateItem(ToolItem item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            textProperty().bind(item.nameProperty().map(name -> name.isBlank() ? i18n.text("tools.name.none") : name));
            FontIcon warning = new FontIcon("fth-alert-triangle");
            warning.getStyleClass().add("tool-warning");
            warning.visibleProperty().bind(item.problemProperty().isNotEmpty());
            setGraphic(warning);
        }
    }
}
