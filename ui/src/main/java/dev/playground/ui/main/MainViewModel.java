package dev.playground.ui.main;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.compare.CompareViewModel;
import dev.playground.ui.runlog.RunLogViewModel;
import dev.playground.ui.history.HistoryViewModel;
import dev.playground.ui.documents.DocumentsViewModel;
import dev.playground.ui.library.LibraryViewModel;
import dev.playground.ui.playground.PlaygroundViewModel;
import dev.playground.store.SettingsRepository;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state that outlives a re-built view: the feature view models, the theme and the
 * language. Changing the language rebuilds the views around the same view models.
 */
public final class MainViewModel {
    static final String LANGUAGE_KEY = "ui.language";
    static final String THEME_KEY = "ui.theme";

    private final UiServices services;
    /** Stops the library watch (saves by others); set once the window is built. */
    private Runnable stopWatchingLibrary = () -> {};
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final PlaygroundViewModel playground;
    private final LibraryViewModel library;
    private final CompareViewModel compare;
    private final RunLogViewModel runLog;
    private final dev.playground.ui.monitor.MonitorViewModel monitor;
    private final javafx.beans.property.ReadOnlyIntegerWrapper runsRequests = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "runsRequests");
    private final HistoryViewModel history;
    /** Counts requests to show the history tab; the view selects the tab when it changes. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper historyRequests = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "historyRequests");
    private final DocumentsViewModel documents;
    private final dev.playground.ui.datasets.DatasetsViewModel datasets;
    private final dev.playground.ui.evaluate.EvaluateViewModel evaluate;
    private final dev.playground.ui.settings.SettingsViewModel settings;
    private final RecoveryNote recoveryNote = new RecoveryNote();
    private final dev.playground.ui.settings.models.ModelOfferViewModel modelOffer;
    private dev.playground.ui.study.StudyViewModel study;
    /** Counts requests to bring the main window forward (a lab opened in the playground). */
    private final javafx.beans.property.ReadOnlyIntegerWrapper frontRequests = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "frontRequests");
    private final DraftRecovery recovery = new DraftRecovery(recoveryNote);
    private final WindowPlace savedPlace;
    /** The text size chosen in Settings > Appearance; NaN while none was (the environment's size applies). */
    private final javafx.beans.property.DoubleProperty textScale = new javafx.beans.property.SimpleDoubleProperty(this, "textScale", Double.NaN);

    /**
     * The language, theme and window place saved from the last session (the OS language, the light theme and no
     * place at first; {@code place} may be null).
     */
    public record Preferences(Locale language, Theme theme, WindowPlace place, Double textScale) {
        public Preferences(Locale language, Theme theme) {
            this(language, theme, null, null);
        }
    }

    /** Reads the saved preferences; it touches the store, so the app calls it off the FX thread before building the window. */
    public static Preferences savedPreferences(SettingsRepository settings, Locale osLocale) {
        Theme theme = Theme.parse(settings.get(THEME_KEY).orElse("light"));
        Locale language = I18n.supported(settings.get(LANGUAGE_KEY).map(Locale::forLanguageTag).orElse(osLocale));
        return new Preferences(language, theme, settings.get(WindowPlace.SETTING).flatMap(WindowPlace::parse).orElse(null),
                dev.playground.ui.settings.appearance.AppearanceViewModel.saved(settings).orElse(null));
    }

    /** In {@code language} with the light theme. */
    public MainViewModel(UiServices services, Locale language) {
        this(services, new Preferences(I18n.supported(language), Theme.LIGHT));
    }

    public MainViewModel(UiServices services, Preferences preferences) {
        this.services = services;
        theme.set(preferences.theme());
        savedPlace = preferences.place();
        textScale.set(preferences.textScale() == null ? Double.NaN : preferences.textScale());
        language.set(preferences.language());
        I18n i18n = new I18n(language.get());
        playground = new PlaygroundViewModel(services, i18n);
        documents = services.documents() == null ? null : new DocumentsViewModel(services.documents(), services.executor(), i18n, playground.connections(),
                services.drafts());
        library = new LibraryViewModel(services, playground::open);
        compare = new CompareViewModel(services, playground::template, playground.connections(), i18n);
        compare.seedValuesFrom(() -> playground.editor().values());
        compare.draftToolsFrom(() -> playground.document().tools());
        history = new HistoryViewModel(services, playground::open);
        library.setHistoryOpener(name -> {
            history.load(name);
            historyRequests.set(historyRequests.get() + 1);
        });
        compare.defaultPromptNameProperty().bind(playground.promptNameProperty());
        // The History tab follows the prompt that is open (opened from the library, or just saved under a name).
        playground.promptNameProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) history.load(now);
        });
        settings = new dev.playground.ui.settings.SettingsViewModel(services, playground.connections(), textScale);
        datasets = new dev.playground.ui.datasets.DatasetsViewModel(services.datasets(), services.drafts(), services.executor(),
                services.author(), i18n);
        if (services.gateway() != null) {
            datasets.enableGeneration(new dev.playground.ui.datasets.DatasetsViewModel.Generation(language -> new dev.playground.ui.datasets.GenerateRowsViewModel(
                    new dev.playground.engine.dataset.generate.DatasetGenerator(services.gateway()),
                    dev.playground.ui.datasets.PassageCollections.of(services.documents()), services.connectionRepository(), services.datasets(),
                    services.executor(), services.author(), language), connection -> services.modelCatalog().models(connection)));
        }
        evaluate = new dev.playground.ui.evaluate.EvaluateViewModel(services.suiteRuns(), services.drafts(), services.executor(), i18n);
        runLog = new RunLogViewModel(services, i18n, java.time.ZoneId.systemDefault());
        monitor = MonitorSetup.viewModel(services, i18n);
        monitor.setRunsOpener((start, end) -> {
            runLog.showRange(start, end);
            runsRequests.set(runsRequests.get() + 1);
        });
        services.onRunRecorded(monitor.runArrivals()::accept);
        monitor.start();
        modelOffer = new dev.playground.ui.settings.models.ModelOfferViewModel(settings.modelsTab(), services.settings(), playground.connections(),
                services.executor(), playground::selectConnection);
        playground.started().thenAccept(recovered -> {
            if (recovered) recovery.playgroundRecovered(playground::newPrompt);
            dev.playground.ui.common.UiThread.run(modelOffer::check);
        });
        // Every other editor's unsaved work comes back the same way; a new editor adds its draft here.
        recovery.add(compare.draft());
        if (documents != null) recovery.add(documents.draft());
        recovery.add(datasets.draft());
        recovery.add(evaluate.draft());
        library.refresh();
        // Saves by other people (team store) or other processes show in the list without a restart.
        stopWatchingLibrary = services.watchLibrary(() -> dev.playground.ui.common.UiThread.run(library::refresh));
        theme.addListener((obs, old, now) -> services.executor().run(() -> services.settings().put(THEME_KEY, now.name().toLowerCase(Locale.ROOT))));
        language.addListener((obs, old, now) -> services.executor().run(() -> services.settings().put(LANGUAGE_KEY, now.toLanguageTag())));
    }

    /** The text size chosen in Settings (a factor); NaN while none was. */
    public javafx.beans.property.DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** Where the window was when it last closed; empty at first. */
    public java.util.Optional<WindowPlace> savedPlace() {
        return java.util.Optional.ofNullable(savedPlace);
    }

    /** Keeps where the window is, for the next start (off the FX thread). */
    public CompletableFuture<Void> keepPlace(WindowPlace place) {
        return services.executor().run(() -> services.settings().put(WindowPlace.SETTING, place.format()));
    }

    /**
     * Writes every draft and then marks them closed cleanly, all off the FX thread; the window waits
     * for this (briefly) when it closes, so that the next start shows no recovery note.
     */
    public CompletableFuture<Void> closeCleanly() {
        CompletableFuture<Void> exam = study == null ? CompletableFuture.completedFuture(null) : study.exam().keepNow();
        stopWatchingLibrary.run();
        return CompletableFuture.allOf(playground.saveDraft(), recovery.flushAll(), exam)
                .thenCompose(saved -> services.executor().run(() -> services.drafts().markAllClosed()));
    }

    /** The study window's state, made on first use; it outlives the window's views. */
    public dev.playground.ui.study.StudyViewModel study() {
        if (study == null) {
            var opener = new dev.playground.ui.study.PlaygroundLabOpener(services.documents(), services.dataDir(), file -> {
                playground.show(file.document(), file.name());
                frontRequests.set(frontRequests.get() + 1);
            });
            study = new dev.playground.ui.study.StudyViewModel(
                    dev.playground.ui.study.StudySetup.standard(services.executor(), services.studyAnswers(), opener, services.labChecker(),
                            () -> new dev.playground.ui.study.PlaygroundSnapshot(playground.promptNameProperty().get(), playground.document(),
                                    playground.connectionProperty().get(), playground.modelProperty().get()))
                            .withExamDrafts(services.studyExamDraft()), language.get());
            language.addListener((obs, old, now) -> study.setLocale(now));
        }
        return study;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty frontRequestsProperty() { return frontRequests.getReadOnlyProperty(); }
    /** The person does not want what was recovered: those editors start afresh and their drafts go. */
    public void discardRecovered() {
        recovery.discardRecovered();
    }

    /** Where an editor's {@link dev.playground.ui.common.EditorDraft} is added to be restored, named in the note and written at close. */
    public DraftRecovery drafts() { return recovery; }

    public RecoveryNote recoveryNote() { return recoveryNote; }
    public UiServices services() { return services; }
    public PlaygroundViewModel playground() { return playground; }
    public LibraryViewModel library() { return library; }
    public CompareViewModel compare() { return compare; }
    public RunLogViewModel runLog() { return runLog; }
    public dev.playground.ui.monitor.MonitorViewModel monitor() { return monitor; }
    /** Goes up by one each time the Runs tab is asked to show (a point clicked in the Monitor tab). */
    public javafx.beans.property.ReadOnlyIntegerProperty runsRequestsProperty() { return runsRequests.getReadOnlyProperty(); }
    public HistoryViewModel history() { return history; }

    /** A version was just saved: the library shows it among the prompt's versions and History lists it. */
    public void saved(String promptName) {
        library.show(promptName);
        history.load(promptName);
    }
    public dev.playground.ui.datasets.DatasetsViewModel datasets() { return datasets; }
    public dev.playground.ui.evaluate.EvaluateViewModel evaluate() { return evaluate; }
    public dev.playground.ui.settings.SettingsViewModel settings() { return settings; }
    /** The first-launch offer of a small local model. */
    public dev.playground.ui.settings.models.ModelOfferViewModel modelOffer() { return modelOffer; }
    public javafx.beans.property.ReadOnlyIntegerProperty historyRequestsProperty() { return historyRequests.getReadOnlyProperty(); }
    /** Null when the app runs without document collections. */
    public DocumentsViewModel documents() { return documents; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public ObjectProperty<Locale> languageProperty() { return language; }
}
