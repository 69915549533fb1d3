package dev.playground.ui.playground;

import dev.playground.store.Draft;
import dev.playground.store.DraftRepository;
import dev.playground.ui.common.DraftAutosaver;
import dev.playground.ui.main.UiServices;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the playground's open draft (messages, variables and their saved sets, connection, model,
 * parameters, retrieval) on disk a moment after each edit, through a {@link DraftAutosaver}.
 */
final class PlaygroundDraft {
    static final String ID = PlaygroundViewModel.DRAFT_ID;

    /** What start-up finds: the draft, and whether it was left by a session that did not close cleanly. */
    record Found(Draft draft, boolean interrupted) {}

    private final PlaygroundViewModel viewModel;
    private final DraftAutosaver saver;
    private final ChangeListener<Object> onChange;

    PlaygroundDraft(PlaygroundViewModel viewModel, UiServices services, Consumer<Throwable> onFailure) {
        this.viewModel = viewModel;
        this.saver = new DraftAutosaver(services.executor(), () -> {
            Draft draft = new Draft(ID, viewModel.promptNameProperty().get(), viewModel.document(), Instant.now());
            return () -> services.drafts().save(draft);
        }, onFailure);
        this.onChange = (obs, old, now) -> saver.changed();
    }

    /** Every panel value that the draft holds besides the editor (which reports its own edits). */
    void watch() {
        AdvancedParameters p = viewModel.parameters();
        for (ObservableValue<?> value : new ObservableValue<?>[] {viewModel.connectionProperty(), viewModel.modelProperty(),
                viewModel.temperatureProperty(), viewModel.maxTokensProperty(), viewModel.promptNameProperty(), p.topPProperty(),
                p.topKProperty(), p.seedProperty(), p.presencePenaltyProperty(), p.frequencyPenaltyProperty(),
                p.stopSequencesProperty(), p.responseModeProperty(), p.jsonSchemaProperty()}) {
            value.addListener(onChange);
        }
        if (viewModel.sources() != null) {
            viewModel.sources().collectionProperty().addListener(onChange);
            viewModel.sources().queryVariableProperty().addListener(onChange);
            viewModel.sources().topKProperty().addListener(onChange);
        }
    }

    /** Read on a background thread at start-up. */
    static Optional<Found> find(DraftRepository drafts) {
        boolean interrupted = drafts.interrupted().contains(ID);
        return drafts.load(ID).map(draft -> new Found(draft, interrupted));
    }

    void changed() {
        saver.changed();
    }

    void quietly(Runnable change) {
        saver.quietly(change);
    }

    /** Writes the draft now (after opening a version, saving, or when the window closes). */
    CompletableFuture<Void> save() {
        return saver.save();
    }
}
