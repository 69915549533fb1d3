package dev.playground.ui.documents;

import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.context.Citations;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.UiThread;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which collection fills a prompt's {@code {{context}}}, from which variable the query comes (empty:
 * the user message), how many chunks; and after a run, the chunks that were used and the answer
 * whose [n] citations point at them.
 */
public final class RunSourcesViewModel {
    private final DocumentCollections collections;
    private final TaskExecutor executor;
    private final ObservableList<String> collectionNames = FXCollections.observableArrayList();
    private final ObservableList<String> queryChoices = FXCollections.observableArrayList("");
    private final StringProperty collection = new SimpleStringProperty(this, "collection", "");
    private final StringProperty queryVariable = new SimpleStringProperty(this, "queryVariable", "");
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", 5);
    private final ObservableList<SearchHit> usedChunks = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>(this, "selected");

    public RunSourcesViewModel(DocumentCollections collections, TaskExecutor executor) {
        this.collections = collections;
        this.executor = executor;
        collectionNames.add("");
        refreshCollections();
    }

    /** Lists the collection folders off the FX thread (the picker asks each time it opens); the choice "none" stays first. */
    public void refreshCollections() {
        executor.submit(collections::names).whenComplete((names, failure) -> UiThread.run(() -> {
            List<String> shown = new java.util.ArrayList<>();
            shown.add("");
            if (failure == null) shown.addAll(names);
            if (!shown.equals(collectionNames)) collectionNames.setAll(shown);
        }));
    }

    /** Query choices follow the template's variables; the empty choice means "the user message". */
    public void setVariables(List<String> variables) {
        String chosen = queryVariable.get();
        List<String> choices = new java.util.ArrayList<>();
        choices.add("");
        choices.addAll(variables);
        if (choices.equals(queryChoices)) return;
        queryChoices.setAll(choices);
        // A picker bound to the choice may have cleared it while its list was replaced: the choice is put back
        // (or, if its variable is gone, the user message), never left blank.
        queryVariable.set(chosen != null && queryChoices.contains(chosen) ? chosen : "");
    }

    public RetrievalSettings settings() {
        return new RetrievalSettings(collection.get(), queryVariable.get(), topK.get(), null, RetrievalSettings.DEFAULT_CHUNK_FORMAT);
    }

    public void show(RetrievalSettings settings) {
        collection.set(settings.collection());
        queryVariable.set(settings.queryVariable());
        topK.set(settings.topK());
    }

    /** Called on the FX thread once the context is known, before the model answers. */
    public void showUsed(RetrievedContext context) {
        usedChunks.setAll(context.chunks());
        query.set(context.query());
        answer.set("");
        selected.set(null);
    }

    public void setAnswer(String text) {
        answer.set(text == null ? "" : text);
    }

    /** Selects the chunk a citation [n] in the answer points to. */
    public void followCitation(int number) {
        usedChunks.stream().filter(h -> h.rank() == number).findFirst().ifPresent(selected::set);
    }

    public List<Citations.Citation> citations() {
        return Citations.find(answer.get(), usedChunks.size());
    }

    public ObservableList<String> collectionNames() { return collectionNames; }
    public ObservableList<String> queryChoices() { return queryChoices; }
    public StringProperty collectionProperty() { return collection; }
    public StringProperty queryVariableProperty() { return queryVariable; }
    public IntegerProperty topKProperty() { return topK; }
    public ObservableList<SearchHit> usedChunks() { return usedChunks; }
    public StringProperty queryProperty() { return query; }
    public StringProperty answerProperty() { return answer; }
    public ObjectProperty<SearchHit> selectedProperty() { return selected; }
}
