package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.Comparison;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.JudgeAgreement;
import dev.playground.engine.compare.Variant;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.EditorDraft;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The compare view's state. Its parts: the grid of columns, rows and cells ({@link CompareGrid}),
 * running them ({@link CompareRuns}), scoring set-up ({@link CompareScoring}), saved comparisons
 * ({@link CompareArchive}) and the prompt library ({@link ComparePrompts}). This class holds what
 * they share (title, samples, status, judge agreement) and puts a whole comparison together.
 */
public final class CompareViewModel {
    private final Supplier<PromptTemplate> draft;
    private Supplier<ToolSet> draftTools = () -> ToolSet.EMPTY;
    private I18n i18n;

    private final StreamPump pump = new StreamPump();
    private final CompareGrid grid;
    private final CompareScoring scoring;
    private final CompareRuns runs;
    private final CompareArchive archive;
    private final ComparePrompts prompts;
    private final CompareDraft setupDraft;
    private final dev.playground.ui.common.ModelCatalog models;
    private final RunLogFeedback runFeedback;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 1);
    private final BooleanProperty markdown = new SimpleBooleanProperty(this, "markdown", true);
    private final StringProperty defaultPromptName = new SimpleStringProperty(this, "defaultPromptName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper(this, "agreement", "");

    /**
     * @param draft       the playground's current template
     * @param connections the live list of saved connections (columns and the judge follow edits made in Settings)
     */
    public CompareViewModel(UiServices services, Supplier<PromptTemplate> draft, ObservableList<Connection> connections, I18n i18n) {
        this.draft = draft;
        this.i18n = i18n;
        this.models = services.modelCatalog();
        this.runFeedback = new RunLogFeedback(services.runs(), services.executor());
        this.grid = new CompareGrid(draft, connections, () -> this.i18n, pump, this::feedbackChanged);
        this.scoring = new CompareScoring(services.settings(), services.executor(), services.scoring());
        this.runs = new CompareRuns(services.comparisonRunner(), grid, pump, this::comparison, () -> this.i18n, status::set, this::cellFinished);
        this.archive = new CompareArchive(services.comparisons(), services.executor());
        this.prompts = new ComparePrompts(services.prompts(), services.aliases(), services.executor(), services.author());
        scoring.loadJudgePrompts();
        grid.addRow();
        connections.addListener((ListChangeListener<Connection>) change ->
                scoring.judgeConnectionProperty().set(grid.fresh(scoring.judgeConnectionProperty().get())));
        this.setupDraft = new CompareDraft(this, services.drafts(), services.executor());
        setupDraft.draft().onFailure(failure -> status.set(this.i18n.text("compare.status.autosaveFailed", rootMessage(failure))));
    }

    /** The first row's variables start with these values (the Playground's), unless already typed. */
    public void seedValuesFrom(Supplier<java.util.Map<String, String>> values) {
        grid.seedFrom(values);
    }

    /** Where the draft's tools come from (the Playground's document); without it the draft runs without tools. */
    public void draftToolsFrom(Supplier<ToolSet> tools) {
        draftTools = tools == null ? () -> ToolSet.EMPTY : tools;
    }

    /** The set-up kept as a draft until the comparison is saved; the window restores it at start-up. */
    public EditorDraft<?> draft() {
        return setupDraft.draft();
    }

    public void setI18n(I18n i18n) {
        I18n before = this.i18n;
        this.i18n = i18n;
        // Rows still named as they were made ("Row 1") take the new language's name; a name the person typed stays.
        for (VariableRowModel row : grid.rows()) {
            String number = row.id().startsWith("r") ? row.id().substring(1) : "";
            if (!number.matches("\\d+")) continue;
            int n = Integer.parseInt(number);
            if (row.labelProperty().get().equals(before.text("compare.row.default", n))) row.labelProperty().set(i18n.text("compare.row.default", n));
        }
    }

    /** The comparison as set up now. Throws IllegalArgumentException (with a message for the person) on a bad set-up. */
    Comparison comparison() {
        PromptTemplate template = draft.get();
        RetrievalSettings retrieval = new RetrievalSettings("default", "", 5, null, null);
        List<VariantColumn> columns = grid.columns();
        return new Comparison(title.get(), columns.stream().map(c -> c.toVariant(template, draftTools.get(), retrieval, defaultPromptName.get(), i18n.locale())).toList(),
                grid.rows().stream().map(VariableRowModel::toRow).toList(), samples.get(),
                scoring.plan(columns.isEmpty() ? null : columns.get(0).connectionProperty().get()));
    }

    /** The comparison as it stands: set-up, every finished cell and all feedback. */
    public ComparisonRecord record() {
        Comparison comparison = comparison();
        List<CellResult> results = new ArrayList<>();
        List<CellFeedback> feedback = new ArrayList<>();
        grid.collect(results, feedback);
        return new ComparisonRecord(title.get(), Instant.now(), comparison.variants(), comparison.rows(), comparison.samples(),
                scoring.metricSpecs(), scoring.chosenRubrics(), comparison.scoring().judge(), results, feedback);
    }

    private void cellFinished(CellResult result) {
        archive.cellFinished(result);
        refreshAgreement();
    }

    private void feedbackChanged(CellFeedback feedback) {
        refreshAgreement();
        archive.feedbackChanged(feedback);
        CellModel cell = grid.existing(feedback.cell());
        runFeedback.keep(cell == null ? null : cell.result(), feedback);
    }

    // ---- saving, reopening, export ----

    public void save() {
        ComparisonRecord record;
        try {
            record = record();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        archive.save(record).whenComplete((id, error) -> {
            if (error == null) setupDraft.draft().clear();
            status.set(error != null ? i18n.text("compare.status.saveFailed", rootMessage(error)) : i18n.text("compare.status.saved"));
        });
    }

    public void open(long id) {
        archive.open(id).whenComplete((found, error) -> {
            if (error != null || found.isEmpty()) {
                status.set(i18n.text("compare.status.openFailed", error == null ? "" : rootMessage(error)));
                return;
            }
            setupDraft.draft().quietly(() -> show(found.get()));
            setupDraft.draft().clear();
            status.set(i18n.text("compare.status.opened", found.get().title()));
        });
    }

    private void show(ComparisonRecord record) {
        title.set(record.title());
        samples.set(record.samples());
        scoring.show(record);
        grid.show(record);
        refreshAgreement();
    }

    public void export(CompareArchive.ExportFormat format, Path file) {
        archive.export(record(), format, file).whenComplete((ok, error) -> UiThread.run(() -> status.set(error == null
                ? i18n.text("compare.status.exported", file.getFileName())
                : i18n.text("compare.status.exportFailed", file, rootMessage(error)))));
    }

    // ---- judge prompts and the prompt library ----

    /** Sets the judge prompts (rubric id to template; blank means the built-in one) and saves them for the next session. */
    public CompletableFuture<Void> saveJudgePrompts(Map<String, String> templates) {
        CompletableFuture<Void> saved = scoring.saveJudgePrompts(templates);
        saved.whenComplete((ok, error) -> UiThread.run(() -> status.set(error == null ? i18n.text("compare.status.judgePromptsSaved")
                : i18n.text("compare.status.judgePromptsFailed", rootMessage(error)))));
        return saved;
    }

    /** Lists the current draft and every saved version of every library prompt, newest first, off the FX thread. */
    public CompletableFuture<List<PromptChoice>> refreshPromptChoices() {
        CompletableFuture<List<PromptChoice>> loaded = prompts.load();
        loaded.whenComplete((list, error) -> UiThread.run(() -> {
            if (error != null) status.set(i18n.text("compare.status.promptsFailed", rootMessage(error)));
            else prompts.show(list);
        }));
        return loaded;
    }

    /**
     * Saves the draft with the winning column's connection, model and parameters as a new version
     * of {@code promptName}, and points {@code alias} at it. Fails with the store's message (bad
     * name, unknown prompt) so the view can show it.
     */
    public CompletableFuture<PromptVersion> promote(VariantColumn column, String promptName, String alias) {
        Variant winner = column.toVariant(draft.get(), draftTools.get(), RetrievalSettings.OFF, defaultPromptName.get(), i18n.locale());
        Map<String, String> values = grid.rows().isEmpty() ? Map.of() : grid.rows().get(0).toRow().values();
        PromptDocument document = new PromptDocument(winner.template(), winner.connection().id(), winner.model(), winner.settings(), values)
                .withTools(winner.tools());
        String name = promptName.strip();
        String aliasName = alias == null || alias.isBlank() ? ComparePrompts.DEFAULT_ALIAS : alias.strip();
        String message = i18n.text("compare.promote.message", title.get().isBlank() ? i18n.text("compare.title.default") : title.get(), winner.label());
        CompletableFuture<PromptVersion> promoted = prompts.promote(document, name, aliasName, message);
        promoted.whenComplete((version, error) -> UiThread.run(() -> status.set(error == null
                ? i18n.text("compare.status.promoted", aliasName, name, version.version())
                : i18n.text("compare.status.promoteFailed", rootMessage(error)))));
        return promoted;
    }

    private void refreshAgreement() {
        List<JudgeAgreement.Agreement> list;
        try {
            list = JudgeAgreement.of(record());
        } catch (IllegalArgumentException e) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (JudgeAgreement.Agreement a : list) {
            if (a.compared() == 0) continue;
            if (!text.isEmpty()) text.append(" · ");
            text.append(i18n.text("compare.agreement.item", a.rubric(), a.agreed(), a.compared(), i18n.number(a.rate() * 100, 0, 0)));
        }
        agreement.set(text.isEmpty() ? "" : i18n.text("compare.agreement", text.toString()));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The models a connection offers (its default first), for a column's model picker. */
    public CompletableFuture<List<String>> models(Connection connection) {
        return models.models(connection);
    }

    public CompareGrid grid() { return grid; }
    public CompareRuns runs() { return runs; }
    public CompareScoring scoring() { return scoring; }
    public CompareArchive archive() { return archive; }
    public ObservableList<VariantColumn> columns() { return grid.columns(); }
    public ObservableList<VariableRowModel> rows() { return grid.rows(); }
    public ObservableList<Connection> connections() { return grid.connections(); }
    public ObservableList<PromptChoice> promptChoices() { return prompts.choices(); }
    public StringProperty titleProperty() { return title; }
    public IntegerProperty samplesProperty() { return samples; }
    /** Finished answers show as rendered Markdown (true) or as the raw text. */
    public BooleanProperty markdownProperty() { return markdown; }
    /** The playground's prompt name, offered when promoting a winner. */
    public StringProperty defaultPromptNameProperty() { return defaultPromptName; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty agreementProperty() { return agreement.getReadOnlyProperty(); }
}
