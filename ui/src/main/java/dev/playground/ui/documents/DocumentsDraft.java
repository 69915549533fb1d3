package dev.playground.ui.documents;

import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.DraftRepository;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.EditorDraft;
import java.util.Objects;
import javafx.beans.value.ChangeListener;

/**
 * The Documents tab's unsaved work kept as a draft: the chosen collection, the search typed, and
 * the settings form while it holds changes not yet applied. A restored form waits until its
 * collection's saved settings have been read, then goes over them.
 */
final class DocumentsDraft {
    /** The settings form as typed; {@code minScore} is the text in its field; {@code searchContext} null (older drafts): on. */
    public record Form(ChunkingSettings.Unit splitter, int size, int overlap, String embeddingConnectionId, String embeddingModel,
                       String chunkFormat, int topK, String minScore, Boolean searchContext) {
        public Form(ChunkingSettings.Unit splitter, int size, int overlap, String embeddingConnectionId, String embeddingModel,
                    String chunkFormat, int topK, String minScore) {
            this(splitter, size, overlap, embeddingConnectionId, embeddingModel, chunkFormat, topK, minScore, null);
        }
    }

    /** {@code form} is null when the form shows the collection's saved settings unchanged. */
    public record State(String collection, String query, Form form) {}

    private final DocumentsViewModel viewModel;
    private final CollectionSettingsViewModel settings;
    private final EditorDraft<State> draft;
    /** Whether the form holds a change the person made since it was last loaded or applied. */
    private boolean formEdited;
    private boolean loading;
    private State waiting;

    DocumentsDraft(DocumentsViewModel viewModel, DraftRepository drafts, TaskExecutor executor) {
        this.viewModel = viewModel;
        this.settings = viewModel.settings();
        this.draft = new EditorDraft<>(DraftKind.DOCUMENTS, State.class, drafts, executor, this::capture, this::show);
        ChangeListener<Object> formChanged = (obs, old, now) -> {
            if (!loading) formEdited = true;
        };
        draft.watch(viewModel.collectionProperty(), viewModel.queryProperty(), settings.splitterProperty(), settings.sizeProperty(),
                settings.overlapProperty(), settings.embeddingOptionProperty(), settings.embeddingModelProperty(),
                settings.chunkFormatProperty(), settings.topKProperty(), settings.minScoreProperty(), settings.searchContextProperty());
        for (var value : new javafx.beans.value.ObservableValue<?>[] {settings.splitterProperty(), settings.sizeProperty(),
                settings.overlapProperty(), settings.embeddingModelProperty(), settings.chunkFormatProperty(), settings.topKProperty(),
                settings.minScoreProperty(), settings.searchContextProperty()}) {
            value.addListener(formChanged);
        }
        // The picker's labels change with the language; only another connection is an edit.
        settings.embeddingOptionProperty().addListener((obs, old, now) -> {
            if (!loading && !Objects.equals(old == null ? "" : old.connectionId(), now == null ? "" : now.connectionId())) formEdited = true;
        });
    }

    EditorDraft<State> draft() {
        return draft;
    }

    /** Runs a change the person did not make (the first collection chosen for them, say). */
    void quietly(Runnable change) {
        draft.quietly(change);
    }

    /** {@code collection}'s saved settings are going into the form; a restored form for it goes over them. */
    void loaded(String collection, Runnable load) {
        loading = true;
        try {
            draft.quietly(load);
            formEdited = false;
            if (waiting != null && waiting.form() != null && waiting.collection() != null && collection.strip().equals(waiting.collection().strip())) {
                draft.quietly(() -> showForm(waiting.form()));
                formEdited = true;
                waiting = null;
            }
        } finally {
            loading = false;
        }
    }

    /** The settings were applied: nothing unsaved is left. */
    void applied() {
        formEdited = false;
        waiting = null;
        draft.clear();
    }

    private State capture() {
        CollectionSettingsViewModel.EmbeddingOption option = settings.embeddingOptionProperty().get();
        Form form = !formEdited ? null : new Form(settings.splitterProperty().get(), settings.sizeProperty().get(),
                settings.overlapProperty().get(), option == null ? "" : option.connectionId(), settings.embeddingModelProperty().get(),
                settings.chunkFormatProperty().get(), settings.topKProperty().get(), settings.minScoreProperty().get(),
                settings.searchContextProperty().get());
        return new State(viewModel.collectionProperty().get(), viewModel.queryProperty().get(), form);
    }

    private void show(State state) {
        waiting = state;
        viewModel.queryProperty().set(state.query() == null ? "" : state.query());
        String collection = state.collection() == null ? "" : state.collection();
        if (collection.equals(viewModel.collectionProperty().get())) {
            // Already open (or being opened): put the form over what was read.
            if (state.form() != null && !viewModel.opening()) {
                showForm(state.form());
                formEdited = true;
                waiting = null;
            }
        } else {
            viewModel.collectionProperty().set(collection);
        }
    }

    private void showForm(Form form) {
        loading = true;
        try {
            if (form.splitter() != null) settings.splitterProperty().set(form.splitter());
            settings.sizeProperty().set(form.size());
            settings.overlapProperty().set(form.overlap());
            settings.searchContextProperty().set(form.searchContext() == null || form.searchContext());
            String id = form.embeddingConnectionId() == null ? "" : form.embeddingConnectionId();
            settings.embeddingOptions().stream().filter(o -> o.connectionId().equals(id)).findFirst()
                    .ifPresent(settings.embeddingOptionProperty()::set);
            settings.embeddingModelProperty().set(form.embeddingModel() == null ? "" : form.embeddingModel());
            settings.chunkFormatProperty().set(form.chunkFormat() == null ? "" : form.chunkFormat());
            settings.topKProperty().set(form.topK());
            settings.minScoreProperty().set(form.minScore() == null ? "" : form.minScore());
        } finally {
            loading = false;
        }
    }
}
