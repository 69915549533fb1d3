package dev.playground.ui.documents;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.context.Citations;
import dev.playground.engine.context.SearchHit;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Retrieval choices for the prompt, and after a run the used chunks, with the answer's [n] citations as links. */
public final class RunSourcesView {
    private final RunSourcesViewModel viewModel;
    private final I18n i18n;
    private final Parent root;

    @FXML private ComboBox<String> collectionBox;
    @FXML private ComboBox<String> queryBox;
    @FXML private Spinner<Integer> topKSpinner;
    @FXML private Label usedLabel;
    @FXML private TextFlow answerFlow;
    @FXML private javafx.scene.control.ScrollPane answerScroll;
    @FXML private Label pickHint;
    @FXML private javafx.scene.layout.VBox queryHolder;
    @FXML private javafx.scene.layout.VBox topKHolder;
    @FXML private ListView<SearchHit> usedList;

    public RunSourcesView(RunSourcesViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.root = ViewLoader.load(this, "RunSources.fxml", i18n);
        root.getStylesheets().add(RunSourcesView.class.getResource("documents.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        collectionBox.setItems(viewModel.collectionNames());
        collectionBox.valueProperty().bindBidirectional(viewModel.collectionProperty());
        collectionBox.setCellFactory(list -> new NamedCell(i18n.text("sources.collection.none")));
        collectionBox.setButtonCell(new NamedCell(i18n.text("sources.collection.none")));
        collectionBox.setOnShowing(e -> viewModel.refreshCollections());
        queryBox.setItems(viewModel.queryChoices());
        queryBox.valueProperty().bindBidirectional(viewModel.queryVariableProperty());
        queryBox.setCellFactory(list -> new NamedCell(i18n.text("sources.query.user")));
        queryBox.setButtonCell(new NamedCell(i18n.text("sources.query.user")));
        SpinnerValueFactory.IntegerSpinnerValueFactory topK = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, viewModel.topKProperty().get());
        topKSpinner.setValueFactory(topK);
        topK.valueProperty().addListener((obs, old, now) -> viewModel.topKProperty().set(now == null ? 5 : now));
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly.
        ViewListeners listeners = ViewListeners.of(topKSpinner);
        listeners.onChange(viewModel.topKProperty(), (obs, old, now) -> topK.setValue(now.intValue()));
        usedLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.usedChunks().isEmpty()
                ? i18n.text("sources.used.none") : i18n.text("sources.used", viewModel.usedChunks().size(), viewModel.queryProperty().get()),
                viewModel.usedChunks(), viewModel.queryProperty()));
        usedList.setItems(viewModel.usedChunks());
        usedList.setCellFactory(list -> new DocumentsView.ChunkCell(i18n));
        dev.playground.ui.common.Wrapping.placeholder(usedList, i18n.text("sources.used.empty"));
        // Without a collection there is nothing to show but how to get one: the answer column keeps its room.
        var chosen = Bindings.isNotEmpty(viewModel.collectionProperty()).or(Bindings.isNotEmpty(viewModel.usedChunks()));
        for (Node shownWhenChosen : List.of(usedLabel, usedList, queryHolder, topKHolder)) {
            shownWhenChosen.visibleProperty().bind(chosen);
            shownWhenChosen.managedProperty().bind(chosen);
        }
        pickHint.visibleProperty().bind(chosen.not());
        pickHint.managedProperty().bind(pickHint.visibleProperty());
        answerScroll.managedProperty().bind(answerScroll.visibleProperty());
        answerScroll.setVisible(false);
        listeners.onChange(viewModel.answerProperty(), (obs, old, now) -> renderAnswer());
        listeners.onListChange(viewModel.usedChunks(), (javafx.collections.ListChangeListener<SearchHit>) change -> renderAnswer());
        listeners.onChange(viewModel.selectedProperty(), (obs, old, hit) -> {
            if (hit == null) return;
            usedList.getSelectionModel().select(hit);
            usedList.scrollTo(hit);
        });
    }

    /** The answer as text runs with each valid [n] as a link that selects chunk n. */
    private void renderAnswer() {
        String answer = viewModel.answerProperty().get();
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (Citations.Citation citation : viewModel.citations()) {
            if (citation.start() > at) runs.add(new Text(answer.substring(at, citation.start())));
            Hyperlink link = new Hyperlink(Integer.toString(citation.number()));
            link.getStyleClass().add("citation-link");
            link.setId("citation-" + citation.number() + "-" + citation.start());
            link.setOnAction(e -> viewModel.followCitation(citation.number()));
            runs.add(link);
            at = citation.end();
        }
        if (at < answer.length()) runs.add(new Text(answer.substring(at)));
        runs.stream().filter(Text.class::isInstance).forEach(n -> n.getStyleClass().add("sources-answer-text"));
        answerFlow.getChildren().setAll(runs);
        // The Answer pane above already shows the answer: it is repeated here only for its citation links.
        answerScroll.setVisible(!viewModel.citations().isEmpty());
    }

    /** Shows the empty choice with a readable name ("none", "user message"). */
    private static final class NamedCell extends ListCell<String> {
        private final String emptyName;

        NamedCell(String emptyName) {
            this.emptyName = emptyName;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? emptyName : item);
        }
    }
}
