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

    /** The address and key variable typed over the chosen connection's, kept beside the draft. */
    static final String ENDPOINT_ID = ID + ".endpoint";

    /** This draft's own address and key variable for one saved connection (the saved connection is never changed). */
    record Endpoint(String connectionId, String baseUrl, String apiKeyEnv) {}

    /**
     * What start-up finds: the draft, whether it was left by a session that did not close cleanly, and the
     * draft's own address and key variable (null when it uses the saved connection's).
     */
    record Found(Draft draft, boolean interrupted, Endpoint endpoint) {}

    private final PlaygroundViewModel viewModel;
    private final DraftAutosaver saver;
    private final ChangeListener<Object> onChange;

    PlaygroundDraft(PlaygroundViewModel viewModel, UiServices services, Consumer<Throwable> onFailure) {
        this.viewModel = viewModel;
        this.saver = new DraftAutosaver(services.executor(), () -> {
            Draft draft = new Draft(ID, viewModel.promptNameProperty().get(), viewModel.document(), Instant.now());
            Endpoint endpoint = endpoint(viewModel.panel());
            return () -> {
                services.drafts().save(draft);
                if (endpoint == null) services.drafts().delete(ENDPOINT_ID);
                else services.drafts().saveState(ENDPOINT_ID, endpoint);
            };
        }, onFailure);
        this.onChange = (obs, old, now) -> saver.changed();
    }

    /** Every panel value that the draft holds besides the editor (which reports its own edits). */
    void watch() {
        AdvancedParameters p = viewModel.parameters();
        for (ObservableValue<?> value : new ObservableValue<?>[] {viewModel.connectionProperty(), viewModel.modelProperty(),
                viewModel.temperatureProperty(), viewModel.maxTokensProperty(), viewModel.promptNameProperty(),
                viewModel.baseUrlProperty(), viewModel.apiKeyEnvProperty(), p.topPProperty(),
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
        Endpoint endpoint = drafts.loadState(ENDPOINT_ID, Endpoint.class).orElse(null);
        return drafts.load(ID).map(draft -> new Found(draft, interrupted, endpoint));
    }

    /** The panel's address and key variable when they differ from the saved connection's; null when they do not. */
    static Endpoint endpoint(PlaygroundConnection panel) {
        if (!panel.overriddenProperty().get()) return null;
        return new Endpoint(panel.connectionId(), panel.baseUrlProperty().get(), panel.apiKeyEnvProperty().get());
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
