package dev.playground.ui.study;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * The study window's content: the language picker and the pages (lessons, practice, mock exam,
 * progress). Built again when the language changes; the page and all study state live in
 * {@link StudyViewModel}.
 */
public final class StudyView {
    private final StudyViewModel viewModel;
    private final I18n i18n;
    private final ObjectProperty<Locale> language;
    private final Parent root;
    private PracticeView practiceView;
    private MockExamView examView;

    @FXML private ComboBox<Locale> languageBox;
    @FXML private Label loadingLabel;
    @FXML private TabPane tabs;
    @FXML private Tab lessonsTab;
    @FXML private Tab practiceTab;
    @FXML private Tab examTab;
    @FXML private Tab progressTab;

    public StudyView(StudyViewModel viewModel, I18n i18n, ObjectProperty<Locale> language) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.language = language;
        this.root = ViewLoader.load(this, "Study.fxml", i18n);
        root.getStylesheets().add(StudyView.class.getResource("study.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(I18n.SUPPORTED);
        languageBox.setConverter(PracticeView.converter(l -> {
            if (l == null) return "";
            String name = l.getDisplayLanguage(l);
            return name.substring(0, 1).toUpperCase(l) + name.substring(1);
        }));
        languageBox.setButtonCell(PracticeView.cell(languageBox.getConverter()));
        languageBox.setValue(I18n.supported(language.get()));
        languageBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(language.get())) language.set(now);
        });
        ViewListeners listeners = ViewListeners.of(tabs);
        listeners.onChange(viewModel.loadedProperty(), (obs, old, now) -> showPages());
        listeners.onChange(viewModel.problemProperty(), (obs, old, now) -> showPages());
        listeners.onChange(viewModel.pageProperty(), (obs, old, now) -> tabs.getSelectionModel().select(tab(now)));
        showPages();
        viewModel.load();
    }

    private void showPages() {
        if (!viewModel.loadedProperty().get()) {
            String problem = viewModel.problemProperty().get();
            loadingLabel.setText(problem.isEmpty() ? i18n.text("study.loading") : i18n.text("study.loadFailed", problem));
            return;
        }
        if (tabs.isVisible()) return;
        lessonsTab.setContent(new LessonsView(viewModel, i18n).root());
        practiceView = new PracticeView(viewModel, i18n);
        practiceTab.setContent(practiceView.root());
        examView = new MockExamView(viewModel, i18n);
        examTab.setContent(examView.root());
        progressTab.setContent(new ProgressView(viewModel, i18n).root());
        tabs.getSelectionModel().select(tab(viewModel.pageProperty().get()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                viewModel.pageProperty().set(StudyViewModel.Page.values()[now.intValue()]));
        loadingLabel.setVisible(false);
        tabs.setVisible(true);
    }

    private Tab tab(StudyViewModel.Page page) {
        return List.of(lessonsTab, practiceTab, examTab, progressTab).get(page.ordinal());
    }

    /** The keyboard: number keys, Enter and F on the practice and exam pages; true when the key was used. */
    public boolean handleKey(KeyEvent e) {
        if (!tabs.isVisible()) return false;
        return switch (viewModel.pageProperty().get()) {
            case PRACTICE -> practiceView.handleKey(e);
            case EXAM -> examView.handleKey(e);
            default -> false;
        };
    }
}
