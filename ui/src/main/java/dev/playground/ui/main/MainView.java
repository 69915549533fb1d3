package dev.playground.ui.main;

import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import dev.playground.ui.compare.CompareView;
import dev.playground.ui.documents.DocumentsView;
import dev.playground.ui.runlog.RunLogView;
import dev.playground.ui.library.LibraryView;
import dev.playground.ui.playground.PlaygroundView;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/** The main window's content: toolbar, library sidebar and the feature tabs. */
public final class MainView {
    private final MainViewModel viewModel;
    private final I18n i18n;
    private final Parent root;
    private final Runnable openSettings;
    private final Runnable openStudy;
    private PlaygroundView playgroundView;
    private DocumentsView documentsView;
    private Tab evaluateTab;

    @FXML private StackPane libraryHolder;
    @FXML private TabPane tabs;
    @FXML private Tab playgroundTab;
    @FXML private Tab compareTab;
    @FXML private Tab runLogTab;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private ToggleButton themeToggle;
    @FXML private Label promptNameLabel;
    @FXML private javafx.scene.control.ToolBar toolbar;
    @FXML private Label appTitle;
    @FXML private javafx.scene.control.Separator titleSeparator;
    @FXML private Label languageLabel;
    @FXML private javafx.scene.control.Button newButton;
    @FXML private javafx.scene.control.Button saveButton;
    @FXML private javafx.scene.control.Button studyButton;
    @FXML private javafx.scene.control.Button settingsButton;
    private ToolbarFit toolbarFit;
    @FXML private javafx.scene.layout.HBox recoveryNote;
    @FXML private Label recoveryText;

    public MainView(MainViewModel viewModel, I18n i18n, Runnable openSettings, Runnable openStudy) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.openSettings = openSettings;
        this.openStudy = openStudy;
        this.root = ViewLoader.load(this, "Main.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    /** True while the toolbar shows its buttons as icons only (a narrow window). */
    public boolean compactToolbar() {
        return toolbarFit.compact();
    }

    public PlaygroundView playgroundView() {
        return playgroundView;
    }

    /** Null when the app runs without document collections; built on first use. */
    public DocumentsView documentsView() {
        if (documentsView == null && viewModel.documents() != null) documentsView = new DocumentsView(viewModel.documents(), i18n);
        return documentsView;
    }

    /**
     * Each tab's tooltip gives its full name (a label may be shortened so every tab fits a 1024-pixel window) and
     * the shortcut that shows it.
     */
    private void nameTabs(Tab datasetsTab) {
        for (int i = 0; i < tabs.getTabs().size() && i < 9; i++) {
            Tab tab = tabs.getTabs().get(i);
            String name = tab == datasetsTab ? i18n.text("datasets.tab.full") : tab.getText();
            String keys = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN).getDisplayText();
            tab.setTooltip(new javafx.scene.control.Tooltip(i18n.text("main.tab.tooltip", name, keys)));
        }
    }

    private static void fillWhenShown(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        ChangeListener<Boolean> onFirstShow = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (!selected) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener(onFirstShow);
    }

    @FXML
    private void initialize() {
        playgroundView = new PlaygroundView(viewModel.playground(), i18n);
        playgroundTab.setContent(playgroundView.root());
        libraryHolder.getChildren().add(new LibraryView(viewModel.library(), i18n).root());
        // The other tabs are built the first time they are shown: the window appears sooner.
        fillWhenShown(compareTab, () -> new CompareView(viewModel.compare(), i18n).root());
        if (viewModel.documents() != null) {
            Tab documentsTab = new Tab(i18n.text("documents.tab"));
            documentsTab.setId("documents-tab");
            tabs.getTabs().add(documentsTab);
            fillWhenShown(documentsTab, () -> documentsView().root());
        }
        Tab datasetsTab = new Tab(i18n.text("datasets.tab"));
        datasetsTab.setId("datasets-tab");
        tabs.getTabs().add(tabs.getTabs().indexOf(runLogTab), datasetsTab);
        fillWhenShown(datasetsTab, () -> new dev.playground.ui.datasets.DatasetsView(viewModel.datasets(), i18n).root());
        evaluateTab = new Tab(i18n.text("evaluate.tab"));
        evaluateTab.setId("evaluate-tab");
        tabs.getTabs().add(tabs.getTabs().indexOf(runLogTab), evaluateTab);
        fillWhenShown(evaluateTab, () -> new dev.playground.ui.evaluate.EvaluateView(viewModel.evaluate(), i18n).root());
        fillWhenShown(runLogTab, this::runsAndMonitor);
        // Runs made since the tab was last shown appear when it is opened again.
        runLogTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) viewModel.runLog().refresh();
        });
        addMonitorTab();
        Tab historyTab = new Tab(i18n.text("main.tab.history"));
        tabs.getTabs().add(historyTab);
        fillWhenShown(historyTab, () -> new dev.playground.ui.history.HistoryView(viewModel.history(), i18n).root());
        nameTabs(datasetsTab);
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly.
        ViewListeners.of(tabs).onChange(viewModel.historyRequestsProperty(), (obs, old, now) -> tabs.getSelectionModel().select(historyTab));

        languageBox.getItems().setAll(I18n.SUPPORTED);
        languageBox.setValue(viewModel.languageProperty().get());
        languageBox.setCellFactory(list -> new LanguageCell());
        languageBox.setButtonCell(new LanguageCell());
        languageBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(viewModel.languageProperty().get())) viewModel.languageProperty().set(now);
        });
        themeToggle.setSelected(viewModel.themeProperty().get() == dev.playground.ui.common.Theme.DARK);
        // The button says what pressing it does: "Dark" in the light theme, "Light" in the dark one.
        themeToggle.textProperty().bind(themeToggle.selectedProperty().map(dark -> i18n.text(dark ? "main.light" : "main.dark")));
        javafx.scene.control.Tooltip themeTip = new javafx.scene.control.Tooltip();
        themeTip.textProperty().bind(themeToggle.selectedProperty().map(dark -> i18n.text(dark ? "main.light.tooltip" : "main.dark.tooltip")));
        themeToggle.setTooltip(themeTip);
        themeToggle.graphicProperty().bind(themeToggle.selectedProperty().map(dark -> new org.kordamp.ikonli.javafx.FontIcon(dark ? "fth-sun" : "fth-moon")));
        themeToggle.selectedProperty().addListener((obs, old, dark) ->
                viewModel.themeProperty().set(dark ? dev.playground.ui.common.Theme.DARK : dev.playground.ui.common.Theme.LIGHT));
        // A narrow window keeps every toolbar action: icons only, then the toolbar's overflow menu.
        toolbarFit = new ToolbarFit(toolbar, java.util.List.of(newButton, saveButton, themeToggle, studyButton, settingsButton),
                java.util.List.of(appTitle, titleSeparator, languageLabel), promptNameLabel);
        // The first-launch offer of a small local model sits under the recovery note.
        ((javafx.scene.layout.VBox) recoveryNote.getParent()).getChildren().add(new dev.playground.ui.settings.models.ModelOfferView(
                viewModel.modelOffer(), i18n, () -> {
                    viewModel.settings().selectedTabProperty().set("models-tab");
                    openSettings.run();
                }).root());
        RecoveryNote note = viewModel.recoveryNote();
        // Bindings observe the view model weakly: an old view (after a language switch) is not kept alive by them.
        recoveryNote.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(note.parts()));
        recoveryNote.managedProperty().bind(recoveryNote.visibleProperty());
        recoveryText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> note.text(i18n), note.parts()));
        String untitled = i18n.text("main.untitled");
        var playground = viewModel.playground();
        // A saved prompt edited since it was saved or opened says so: what is on screen is not that version.
        promptNameLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String name = playground.promptNameProperty().get();
            if (name == null || name.isEmpty()) return untitled;
            return playground.dirtyProperty().get() ? i18n.text("main.edited", name) : name;
        }, playground.promptNameProperty(), playground.dirtyProperty()));
        javafx.scene.control.Tooltip editedTip = new javafx.scene.control.Tooltip(i18n.text("main.edited.tooltip"));
        promptNameLabel.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                playground.dirtyProperty().get() && !playground.promptNameProperty().get().isEmpty() ? editedTip : null,
                playground.promptNameProperty(), playground.dirtyProperty()));
    }

    /**
     * The Runs tab holds two: every call (the run log) and Monitor (the run log as a dashboard). A badge on the Runs
     * tab counts the alerts raised; a point clicked in Monitor opens its calls in the list.
     */
    private void addMonitorTab() {
        javafx.scene.control.Label badge = new javafx.scene.control.Label();
        badge.setId("monitor-tab-badge");
        badge.getStyleClass().add("monitor-tab-badge");
        Runnable showBadge = () -> {
            int alerts = viewModel.monitor().alerts().size();
            badge.setText(alerts == 0 ? "" : Integer.toString(alerts));
            runLogTab.setGraphic(alerts == 0 ? null : badge);
        };
        ViewListeners listeners = ViewListeners.of(tabs);
        listeners.onListChange(viewModel.monitor().alerts(), change -> showBadge.run());
        showBadge.run();
        listeners.onChange(viewModel.runsRequestsProperty(), (obs, old, now) -> {
            tabs.getSelectionModel().select(runLogTab);
            if (runLogTab.getContent() instanceof javafx.scene.control.TabPane inner) inner.getSelectionModel().selectFirst();
        });
    }

    private Node runsAndMonitor() {
        Tab list = new Tab(i18n.text("runlog.inner.list"));
        list.setId("runs-list-tab");
        list.setContent(new RunLogView(viewModel.runLog(), i18n).root());
        Tab monitor = new Tab(i18n.text("monitor.tab"));
        monitor.setId("monitor-tab");
        fillWhenShown(monitor, () -> new dev.playground.ui.monitor.MonitorView(viewModel.monitor(), i18n).root());
        javafx.scene.control.TabPane inner = new javafx.scene.control.TabPane(list, monitor);
        inner.setId("runs-tabs");
        inner.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return inner;
    }

    /** Keyboard shortcuts that work wherever the focus is. */
    public void installShortcuts(Scene scene) {
        // Ctrl+Enter and Ctrl+. act on the tab in front: the Playground's prompt, Compare's grid, Evaluate's suite.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::runHere);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSave);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onNew);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN), this::stopHere);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), openSettings);
        // The shortcut sheet from every tab (the editor answers F1 itself while it has the focus).
        Runnable sheet = () -> dev.playground.ui.editor.ShortcutSheet.show(scene.getWindow(), i18n);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), sheet);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), sheet);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7,
                KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (index < tabs.getTabs().size()) tabs.getSelectionModel().select(index);
            });
        }
    }

    /** Runs what the tab in front runs; tabs with nothing to run ignore the key. */
    private void runHere() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == playgroundTab) {
            viewModel.playground().run();
        } else if (tab == compareTab) {
            if (!viewModel.compare().runs().runningProperty().get()) viewModel.compare().runs().runAll();
        } else if (tab == evaluateTab) {
            if (!viewModel.evaluate().runningProperty().get() && viewModel.evaluate().suiteFileProperty().get() != null) viewModel.evaluate().run();
        }
    }

    private void stopHere() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == playgroundTab) viewModel.playground().stop();
        else if (tab == compareTab) viewModel.compare().runs().stop();
        else if (tab == evaluateTab && viewModel.evaluate().runningProperty().get()) viewModel.evaluate().cancel();
    }

    @FXML
    private void onSave() {
        var playground = viewModel.playground();
        SaveDialog.ask(root.getScene().getWindow(), i18n, playground.promptNameProperty().get()).ifPresent(answer ->
                playground.save(answer.name(), answer.message()).thenAccept(version -> dev.playground.ui.common.UiThread.run(() -> viewModel.saved(version.promptName()))));
    }

    @FXML
    private void onDismissRecovery() {
        viewModel.recoveryNote().dismiss();
    }

    @FXML
    private void onStudy() {
        openStudy.run();
    }

    @FXML
    private void onDiscardRecovered() {
        viewModel.discardRecovered();
    }

    @FXML
    private void onSettings() {
        openSettings.run();
    }

    @FXML
    private void onNew() {
        if (viewModel.playground().dirtyProperty().get()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.text("main.new.confirm"), ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(root.getScene().getWindow());
            confirm.setHeaderText(null);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        }
        viewModel.playground().newPrompt();
    }

    private final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String name = item.getDisplayLanguage(item);
            setText(name.substring(0, 1).toUpperCase(item) + name.substring(1));
        }
    }
}
