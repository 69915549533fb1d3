package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.Section;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The lessons: the sections on the left, the chosen lesson rendered from Markdown, a glossary term's
 * definition at the bottom when its link is clicked, and the section's labs at the end, each with
 * "Open in playground".
 */
public final class LessonsView {
    private final StudyViewModel study;
    private final LessonsViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ListView<Section> sectionList;
    @FXML private ScrollPane scroll;
    @FXML private VBox lessonBox;
    @FXML private VBox termBox;
    @FXML private Label termTitle;
    @FXML private Label termText;

    public LessonsView(StudyViewModel study, I18n i18n) {
        this.study = study;
        this.viewModel = study.lessons();
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Lessons.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sectionList.getItems().setAll(study.sections());
        sectionList.setCellFactory(list -> {
            var cell = PracticeView.<Section>cell(PracticeView.converter(s -> s == null ? "" : s.id() + ". " + study.sectionName(s.id())
                    + " (" + s.weight() + "\u00a0%)"));
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        sectionList.getSelectionModel().select(viewModel.sectionProperty().get() - 1);
        sectionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.sectionProperty().set(now.id());
        });
        ViewListeners listeners = ViewListeners.of(lessonBox);
        listeners.onChange(viewModel.sectionProperty(), (obs, old, now) -> {
            sectionList.getSelectionModel().select(now.intValue() - 1);
            render();
        });
        listeners.onChange(viewModel.labStatusProperty(), (obs, old, now) -> render());
        listeners.onChange(viewModel.labProblemProperty(), (obs, old, now) -> render());
        listeners.onInvalidated(viewModel.checks().states(), changed -> render());
        render();
    }

    private void render() {
        lessonBox.getChildren().setAll(LessonMarkdown.render(viewModel.lesson(), this::follow));
        Label labsTitle = new Label(i18n.text("study.lessons.labs"));
        labsTitle.setId("lesson-labs");
        labsTitle.getStyleClass().add("study-subtitle");
        lessonBox.getChildren().add(labsTitle);
        if (!viewModel.labProblemProperty().get().isEmpty()) {
            Label problem = new Label(i18n.text(viewModel.labProblemKey(), viewModel.labProblemProperty().get()));
            problem.setWrapText(true);
            problem.getStyleClass().add("study-problem");
            lessonBox.getChildren().add(problem);
        }
        for (Lab lab : viewModel.labs()) lessonBox.getChildren().add(LabCard.of(lab, viewModel, i18n));
    }

    private void follow(String target) {
        if (target.startsWith("glossary:")) {
            String id = target.substring("glossary:".length());
            viewModel.term(id).ifPresent(entry -> {
                termTitle.setText(entry.term());
                termText.setText(entry.definition());
                termBox.setVisible(true);
                termBox.setManaged(true);
            });
        } else if (target.startsWith("lab:")) {
            String id = target.substring("lab:".length());
            lessonBox.getChildren().stream().filter(n -> ("open-" + id).equals(n.getId()) || n.lookup("#open-" + id) != null)
                    .findFirst().ifPresent(n -> {
                        double room = lessonBox.getHeight() - scroll.getViewportBounds().getHeight();
                        scroll.setVvalue(room <= 0 ? 0 : Math.min(1, n.getBoundsInParent().getMinY() / room));
                    });
        }
    }

    @FXML
    private void onCloseTerm() {
        termBox.setVisible(false);
        termBox.setManaged(false);
    }
}
