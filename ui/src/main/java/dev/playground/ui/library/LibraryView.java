package dev.playground.ui.library;

import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The sidebar listing saved prompts and their versions. */
public final class LibraryView {
    private final LibraryViewModel viewModel;
    private final I18n i18n;
    private final Parent root;
    private final DateTimeFormatter when;

    @FXML private ListView<PromptSummary> promptList;
    @FXML private ListView<PromptVersion> versionList;
    @FXML private javafx.scene.control.TextField searchField;
    @FXML private javafx.scene.control.ChoiceBox<String> aliasFilterBox;
    @FXML private javafx.scene.control.Button historyButton;

    public LibraryView(LibraryViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        this.root = ViewLoader.load(this, "Library.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void onImport() {
        BundleImportView.show(root.getScene().getWindow(), viewModel.newImport(), i18n);
    }

    @FXML
    private void onExport() {
        BundleExportView.show(root.getScene().getWindow(), viewModel.newExport(), i18n);
    }

    @FXML
    private void onHistory() {
        viewModel.openHistory();
    }

    @FXML
    private void initialize() {
        promptList.setItems(viewModel.prompts());
        dev.playground.ui.common.Wrapping.placeholder(promptList, i18n.text("library.empty"));
        promptList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PromptSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String text = i18n.text("library.promptCell", item.name(), item.latestVersion());
                java.util.List<String> marks = new java.util.ArrayList<>();
                item.aliases().forEach((alias, version) -> marks.add("@" + alias + " v" + version));
                item.tags().forEach(tag -> marks.add("#" + tag));
                setText(marks.isEmpty() ? text : text + "\n" + String.join(" · ", marks));
            }
        });
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        // A ChoiceBox listens to its items strongly: it gets a copy that follows the view model's list
        // (a content binding holds the copy weakly), so an old view is not kept by the view model.
        javafx.collections.ObservableList<String> aliasChoices = javafx.collections.FXCollections.observableArrayList();
        javafx.beans.binding.Bindings.bindContent(aliasChoices, viewModel.aliasChoices());
        aliasFilterBox.setItems(aliasChoices);
        aliasFilterBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String alias) {
                return alias == null || alias.isEmpty() ? i18n.text("library.aliasFilter.all") : i18n.text("library.aliasFilter.only", alias);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        aliasFilterBox.valueProperty().bindBidirectional(viewModel.aliasFilterProperty());
        historyButton.disableProperty().bind(promptList.getSelectionModel().selectedItemProperty().isNull());
        promptList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.H && e.isShortcutDown()) viewModel.openHistory();
        });
        if (viewModel.selectedProperty().get() != null) promptList.getSelectionModel().select(viewModel.selectedProperty().get());
        promptList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.selectedProperty().set(now);
        });
        promptList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) viewModel.openHistory();
        });
        versionList.setItems(viewModel.versions());
        versionList.setCellFactory(list -> new ListCell<>() {
            {
                // As wide as the list, wrapping a long message, with the date on its own line: no sideways scrolling.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PromptVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : i18n.text("library.versionCell", item.version(), item.commitMessage(), when.format(item.createdAt())));
            }
        });
        versionList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) viewModel.open(versionList.getSelectionModel().getSelectedItem());
        });
        versionList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) viewModel.open(versionList.getSelectionModel().getSelectedItem());
        });
    }
}
