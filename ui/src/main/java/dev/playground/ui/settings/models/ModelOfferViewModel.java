package dev.playground.ui.settings.models;

import dev.playground.engine.local.RecommendedModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.SettingsRepository;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The first-launch offer: while nothing but the dry run can answer a prompt, a note offers to download a small chat
 * model (its size, licence and memory shown). Nothing downloads without the person's yes; "Not now" is remembered in
 * the settings and the note does not come back. A connection that can run prompts (a key, Ollama, a model) hides it.
 */
public final class ModelOfferViewModel {
    /** Settings key: "declined" once the person said "Not now". */
    public static final String SETTING = "models.firstLaunchOffer";
    /** The app's offline switch (the same store setting the command line's --offline stands for). */
    static final String OFFLINE_SETTING = "offline";

    /** Where the offer is. */
    public enum Stage { HIDDEN, OFFERED, DOWNLOADING, READY }

    private final ModelsViewModel models;
    private final SettingsRepository settings;
    private final ObservableList<Connection> connections;
    private final TaskExecutor executor;
    private final Consumer<String> selectConnection;
    private final RecommendedModel model;
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.HIDDEN);
    private String readyConnection = "";

    /**
     * @param connections      the live list behind the connection pickers
     * @param selectConnection chooses a connection (by id) in the Playground once the model is ready
     */
    public ModelOfferViewModel(ModelsViewModel models, SettingsRepository settings, ObservableList<Connection> connections,
                               TaskExecutor executor, Consumer<String> selectConnection) {
        this(models, settings, connections, executor, selectConnection, RecommendedModel.QWEN_05B);
    }

    /** Offering {@code model} (tests offer one their loopback server holds). */
    public ModelOfferViewModel(ModelsViewModel models, SettingsRepository settings, ObservableList<Connection> connections,
                               TaskExecutor executor, Consumer<String> selectConnection, RecommendedModel model) {
        this.model = model;
        this.models = models;
        this.settings = settings;
        this.connections = connections;
        this.executor = executor;
        this.selectConnection = selectConnection;
        connections.addListener((ListChangeListener<Connection>) change -> {
            if (stage.get() == Stage.OFFERED && anyRunnable(connections)) stage.set(Stage.HIDDEN);
        });
        models.downloads().stateProperty().addListener((obs, old, now) -> {
            if (stage.get() == Stage.DOWNLOADING && now == ModelDownloads.State.IDLE) stage.set(Stage.OFFERED);
        });
        models.lastAddedProperty().addListener((obs, old, now) -> {
            if (stage.get() != Stage.DOWNLOADING || now.isEmpty()) return;
            readyConnection = now;
            connections.stream().filter(c -> c.name().equals(now)).findFirst().ifPresent(c -> selectConnection.accept(c.id()));
            stage.set(Stage.READY);
        });
    }

    /** Decides whether to offer, once the saved connections are in the live list (reads the settings off the FX thread). */
    public void check() {
        if (anyRunnable(connections)) return;
        executor.submit(() -> settings.get(SETTING).isEmpty() && !settings.get(OFFLINE_SETTING).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false))
                .thenAccept(offer -> UiThread.run(() -> {
                    if (offer && stage.get() == Stage.HIDDEN && !anyRunnable(connections)) stage.set(Stage.OFFERED);
                }));
    }

    /** "Download": the person said yes. */
    public void accept() {
        if (stage.get() != Stage.OFFERED) return;
        stage.set(Stage.DOWNLOADING);
        models.download(model);
    }

    /** "Not now": hidden, and not offered again. */
    public void decline() {
        stage.set(Stage.HIDDEN);
        executor.run(() -> settings.put(SETTING, "declined"));
    }

    /** Hides the note (after the model is ready). */
    public void close() {
        stage.set(Stage.HIDDEN);
    }

    /** Whether a connection other than the dry run and the untouched example server can answer a prompt. */
    static boolean anyRunnable(List<Connection> list) {
        return list.stream().anyMatch(c -> c.kind() != ProviderKind.DRY_RUN
                && !(c.id().equals("custom") && c.baseUrl().equals(ProviderKind.OPENAI_COMPATIBLE.exampleBaseUrl())));
    }

    /** The note's words for the stage it is in (while downloading, the download's own progress line). */
    public String text(I18n i18n) {
        Locale locale = i18n.locale();
        return switch (stage.get()) {
            case OFFERED -> i18n.text("offer.text", model.title(), ByteSizes.size(model.sizeBytes(), locale), model.licence(),
                    ByteSizes.size(model.memoryNeeded(), locale));
            case DOWNLOADING -> models.downloads().statusProperty().get();
            case READY -> i18n.text("offer.ready", model.title(), readyConnection);
            case HIDDEN -> "";
        };
    }

    public RecommendedModel model() { return model; }
    public ModelsViewModel models() { return models; }
    public ReadOnlyObjectProperty<Stage> stageProperty() { return stage.getReadOnlyProperty(); }
}
