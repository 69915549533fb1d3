package dev.playground.ui.playground;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import javafx.beans.property.StringProperty;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** The playground screen: binds {@link PlaygroundViewModel} to controls. */
public final class PlaygroundView {
    private final PlaygroundViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private StackPane systemHolder;
    @FXML private StackPane userHolder;
    @FXML private VBox variablesBox;
    @FXML private Label noVariablesLabel;
    @FXML private TextArea outputArea;
    @FXML private Label statsLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator progress;
    @FXML private ComboBox<Connection> connectionBox;
    @FXML private VBox endpointBox;
    @FXML private TextField baseUrlField;
    @FXML private TextField apiKeyEnvField;
    @FXML private PasswordField apiKeyField;
    @FXML private TextField modelField;
    @FXML private Slider temperatureSlider;
    @FXML private Label temperatureValue;
    @FXML private Spinner<Integer> maxTokensSpinner;
    @FXML private Button runButton;
    @FXML private Button stopButton;

    private final CodeArea systemEditor = editor("system-editor");
    private final CodeArea userEditor = editor("user-editor");

    public PlaygroundView(PlaygroundViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Playground.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    public CodeArea userEditor() {
        return userEditor;
    }

    @FXML
    private void initialize() {
        systemHolder.getChildren().add(new VirtualizedScrollPane<>(systemEditor));
        userHolder.getChildren().add(new VirtualizedScrollPane<>(userEditor));
        systemEditor.setAccessibleText(i18n.text("playground.system"));
        userEditor.setAccessibleText(i18n.text("playground.user"));
        bindEditor(systemEditor, viewModel.systemTextProperty());
        bindEditor(userEditor, viewModel.userTextProperty());

        viewModel.variables().addListener((javafx.collections.ListChangeListener<VariableValue>) change -> rebuildVariables());
        rebuildVariables();

        connectionBox.setItems(viewModel.connections());
        connectionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Connection c) {
                return c == null ? "" : c.kind() == ProviderKind.DRY_RUN ? i18n.text("playground.connection.dryRun") : c.name();
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
                setText(empty || item == null ? "" : connectionBox.getConverter().toString(item));
            }
        });
        connectionBox.valueProperty().bindBidirectional(viewModel.connectionProperty());
        endpointBox.visibleProperty().bind(viewModel.connectionProperty().map(c -> c != null && c.kind() != ProviderKind.DRY_RUN).orElse(false));
        endpointBox.managedProperty().bind(endpointBox.visibleProperty());
        baseUrlField.textProperty().bindBidirectional(viewModel.baseUrlProperty());
        apiKeyEnvField.textProperty().bindBidirectional(viewModel.apiKeyEnvProperty());
        apiKeyField.textProperty().bindBidirectional(viewModel.apiKeyProperty());
        modelField.textProperty().bindBidirectional(viewModel.modelProperty());
        temperatureSlider.valueProperty().bindBidirectional(viewModel.temperatureProperty());
        temperatureValue.textProperty().bind(viewModel.temperatureProperty().asString("%.2f"));
        SpinnerValueFactory.IntegerSpinnerValueFactory tokens = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 200_000, viewModel.maxTokensProperty().get(), 64);
        maxTokensSpinner.setValueFactory(tokens);
        tokens.valueProperty().addListener((obs, old, now) -> { if (now != null) viewModel.maxTokensProperty().set(now); });
        viewModel.maxTokensProperty().addListener((obs, old, now) -> tokens.setValue(now.intValue()));

        outputArea.textProperty().bind(viewModel.outputProperty());
        // Keep the newest streamed text in view.
        outputArea.textProperty().addListener((obs, old, now) -> outputArea.positionCaret(now.length()));
        statsLabel.textProperty().bind(viewModel.statsProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        viewModel.errorProperty().addListener((obs, old, isError) -> statusLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), isError));
        progress.visibleProperty().bind(viewModel.runningProperty());
        runButton.disableProperty().bind(viewModel.runningProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
    }

    private static CodeArea editor(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("template-editor");
        return area;
    }

    private static void bindEditor(CodeArea area, StringProperty text) {
        area.replaceText(text.get());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.get())) text.set(now);
            area.setStyleSpans(0, TemplateHighlighter.spans(now));
        });
        text.addListener((obs, old, now) -> {
            if (!now.equals(area.getText())) area.replaceText(now);
        });
        area.setStyleSpans(0, TemplateHighlighter.spans(area.getText()));
    }

    private void rebuildVariables() {
        variablesBox.getChildren().setAll(noVariablesLabel);
        noVariablesLabel.setVisible(viewModel.variables().isEmpty());
        noVariablesLabel.setManaged(viewModel.variables().isEmpty());
        for (VariableValue variable : viewModel.variables()) {
            Label name = new Label("{{" + variable.name() + "}}");
            name.getStyleClass().add("variable-name");
            TextArea value = new TextArea();
            value.setId("var-" + variable.name());
            value.setPrefRowCount(2);
            value.setWrapText(true);
            value.setAccessibleText(variable.name());
            value.textProperty().bindBidirectional(variable.valueProperty());
            name.setLabelFor(value);
            variablesBox.getChildren().addAll(name, value);
        }
    }

    @FXML
    private void onRun() {
        viewModel.run();
    }

    @FXML
    private void onStop() {
        viewModel.stop();
    }
}
