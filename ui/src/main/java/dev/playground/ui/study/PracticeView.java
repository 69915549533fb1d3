package dev.playground.ui.study;

import dev.playground.engine.study.Section;
import dev.playground.engine.study.Topic;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Practice with immediate feedback and the weak-spots review; the state lives in {@link PracticeViewModel}. */
public final class PracticeView {
    private final StudyViewModel study;
    private final PracticeViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ComboBox<Section> sectionBox;
    @FXML private ComboBox<Topic> topicBox;
    @FXML private ComboBox<Integer> countBox;
    @FXML private Label dueLabel;
    @FXML private Button reviewButton;
    @FXML private ScrollPane scroll;
    @FXML private VBox questionBox;
    @FXML private Label positionLabel;
    @FXML private Label problemLabel;
    @FXML private Button enterButton;

    public PracticeView(StudyViewModel study, I18n i18n) {
        this.study = study;
        this.viewModel = study.practice();
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "Practice.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sectionBox.getItems().add(null);
        sectionBox.getItems().addAll(study.sections());
        sectionBox.setConverter(converter(s -> s == null ? i18n.text("study.practice.anySection") : s.id() + ". " + study.sectionName(s.id())));
        sectionBox.setButtonCell(cell(sectionBox.getConverter()));
        sectionBox.getSelectionModel().selectFirst();
        topicBox.setConverter(converter(t -> t == null ? i18n.text("study.practice.anyTopic") : t.id() + " " + study.topicName(t)));
        topicBox.setButtonCell(cell(topicBox.getConverter()));
        topicBox.setMaxWidth(320);
        sectionBox.setMaxWidth(300);
        sectionBox.valueProperty().addListener((obs, old, now) -> fillTopics(now));
        fillTopics(null);
        countBox.getItems().setAll(PracticeViewModel.COUNTS);
        countBox.setValue(PracticeViewModel.COUNTS.getFirst());
        ViewListeners listeners = ViewListeners.of(questionBox);
        listeners.onChange(viewModel.changesProperty(), (obs, old, now) -> render());
        listeners.onChange(study.progress().summaryProperty(), (obs, old, now) -> showDue());
        problemLabel.textProperty().bind(viewModel.problemProperty().map(p -> p.isEmpty() ? "" : i18n.text(viewModel.problemKey(), p)));
        render();
        showDue();
    }

    private void fillTopics(Section section) {
        topicBox.getItems().setAll((Topic) null);
        if (section != null) topicBox.getItems().addAll(study.topicsOf(section.id()));
        topicBox.getSelectionModel().selectFirst();
        topicBox.setDisable(section == null);
    }

    private void showDue() {
        var summary = study.progress().summaryProperty().get();
        int due = summary == null ? 0 : summary.due();
        dueLabel.setText(i18n.text("study.review.due", due));
        reviewButton.setDisable(due == 0);
    }

    private void render() {
        questionBox.getChildren().clear();
        if (!viewModel.isStarted()) {
            questionBox.getChildren().add(hint(i18n.text("study.practice.hint")));
            positionLabel.setText("");
            enterButton.setVisible(false);
            return;
        }
        String tally = i18n.text("study.practice.tally", viewModel.right(), viewModel.answered());
        if (viewModel.isFinished()) {
            questionBox.getChildren().add(hint(i18n.text(viewModel.isReview() ? "study.review.done" : "study.practice.done", viewModel.right(),
                    viewModel.answered())));
            positionLabel.setText(tally);
            enterButton.setVisible(false);
            return;
        }
        ShownQuestion q = viewModel.current();
        String meta = (viewModel.isReview() ? i18n.text("study.review.title") + " · " : "") + q.section() + ". " + viewModel.sectionName()
                + " · " + i18n.text("study.topic", q.topic());
        questionBox.getChildren().add(QuestionCard.build(q, meta, viewModel.chosen(), i18n, viewModel::pick,
                viewModel.isChecked() ? viewModel.feedback() : null));
        if (viewModel.isChecked()) {
            Label verdict = new Label(i18n.text(viewModel.isCorrect() ? "study.verdict.right" : "study.verdict.wrong"));
            verdict.setId("practice-verdict");
            verdict.setWrapText(true);
            verdict.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            verdict.getStyleClass().addAll("study-verdict", viewModel.isCorrect() ? "verdict-right" : "verdict-wrong");
            questionBox.getChildren().add(0, verdict);
        }
        positionLabel.setText(i18n.text("study.practice.position", viewModel.position(), viewModel.size()) + " · " + tally);
        enterButton.setVisible(true);
        enterButton.setText(i18n.text(viewModel.isChecked() ? "study.next" : "study.check"));
        enterButton.setDisable(!viewModel.isChecked() && viewModel.chosen().isEmpty());
        scroll.setVvalue(0);
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("study-hint");
        return label;
    }

    @FXML
    private void onStart() {
        Section section = sectionBox.getValue();
        Topic topic = topicBox.getValue();
        viewModel.start(section == null ? null : section.id(), topic == null ? null : topic.id(), countBox.getValue());
    }

    @FXML
    private void onReview() {
        study.reviewWeakSpots();
    }

    @FXML
    private void onEnter() {
        viewModel.enter();
    }

    /** Number keys pick, Enter checks or moves on; true when the key was used. */
    boolean handleKey(javafx.scene.input.KeyEvent e) {
        if (!viewModel.isStarted() || viewModel.isFinished()) return false;
        int digit = StudyKeys.digit(e);
        if (digit > 0) {
            viewModel.pick(digit - 1);
            return true;
        }
        if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            viewModel.enter();
            return true;
        }
        return false;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        };
    }
}
