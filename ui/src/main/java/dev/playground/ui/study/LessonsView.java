package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabText;
import dev.playground.engine.study.Section;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

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
        render();
    }

    private void render() {
        lessonBox.getChildren().setAll(LessonMarkdown.render(viewModel.lesson(), this::follow));
        Label labsTitle = new Label(i18n.text("study.lessons.labs"));
        labsTitle.setId("lesson-labs");
        labsTitle.getStyleClass().add("study-subtitle");
        lessonBox.getChildren().add(labsTitle);
        if (!viewModel.labProblemProperty().get().isEmpty()) {
            Label problem = new Label(i18n.text("study.lessons.labProblem", viewModel.labProblemProperty().get()));
            problem.setWrapText(true);
            problem.getStyleClass().add("study-problem");
            lessonBox.getChildren().add(problem);
        }
        for (Lab lab : viewModel.labs()) lessonBox.getChildren().add(labCard(lab));
    }

    private VBox labCard(Lab lab) {
        LabText text = viewModel.text(lab);
        Label title = new Label(text.title());
        title.getStyleClass().add("lab-title");
        title.setWrapText(true);
        Label goal = new Label(text.goal());
        goal.setWrapText(true);
        Label model = new Label(i18n.text(lab.needsModel() ? "study.lab.needsModel" : "study.lab.offline"));
        model.setGraphic(new FontIcon(lab.needsModel() ? "fth-cpu" : "fth-wifi-off"));
        model.getStyleClass().add("study-muted");
        model.setWrapText(true);
        VBox steps = new VBox(2);
        for (int i = 0; i < text.steps().size(); i++) {
            Label step = new Label((i + 1) + ". " + text.steps().get(i));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }
        Label check = new Label(i18n.text("study.lab.check", text.check()));
        check.setWrapText(true);
        check.getStyleClass().add("study-muted");
        Label command = new Label(i18n.text("study.lab.command", lab.id()));
        command.setWrapText(true);
        command.getStyleClass().add("lesson-code-block");
        boolean opening = lab.id().equals(viewModel.labStatusProperty().get());
        Button open = new Button(i18n.text(opening ? "study.lab.opening" : "study.lab.open"));
        open.setId("open-" + lab.id());
        open.setGraphic(new FontIcon("fth-external-link"));
        open.setDisable(!viewModel.labStatusProperty().get().isEmpty());
        open.setOnAction(e -> viewModel.openLab(lab));
        VBox card = new VBox(6, title, goal, model, steps, check, command, open);
        card.getStyleClass().add("lab-card");
        return card;
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
