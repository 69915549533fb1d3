package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.Comparison;
import dev.playground.engine.compare.ComparisonExport;
import dev.playground.engine.compare.ComparisonListener;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.ComparisonRun;
import dev.playground.engine.compare.ComparisonRunner;
import dev.playground.engine.compare.JudgeAgreement;
import dev.playground.engine.compare.ScoringPlan;
import dev.playground.engine.compare.Variant;
import dev.playground.engine.compare.WordDiff;
import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Metric;
import dev.playground.engine.metrics.MetricSpecs;
import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.store.ComparisonRepository;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.main.UiServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The compare view's state: variant columns, variable rows and a cell per pair; running one cell,
 * a row, a column or everything at once; scoring set-up; feedback; save, reopen and export.
 */
public final class CompareViewModel {
    public static final List<String> RUBRICS = BuiltInRubrics.IDS;

    private final UiServices services;
    private final Supplier<PromptTemplate> draft;
    private final ObservableList<Connection> connections;
    private final ComparisonRunner runner;
    private final ComparisonRepository repository;
    private I18n i18n;

    private final ObservableList<VariantColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<VariableRowModel> rows = FXCollections.observableArrayList();
    private final Map<CellKey, CellModel> cells = new HashMap<>();
    private final StreamPump pump = new StreamPump();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 1);
    private final StringProperty metrics = new SimpleStringProperty(this, "metrics", "exact, rouge-l, bleu");
    private final Map<String, BooleanProperty> rubrics = new LinkedHashMap<>();
    /** Each rubric's judge prompt as the user has it: the built-in text until edited. */
    private final Map<String, StringProperty> judgeTemplates = new LinkedHashMap<>();
    private final StringProperty guideline = new SimpleStringProperty(this, "guideline", "");
    private final BooleanProperty markdown = new SimpleBooleanProperty(this, "markdown", true);
    private final ObjectProperty<Connection> judgeConnection = new SimpleObjectProperty<>(this, "judgeConnection");
    private final StringProperty judgeModel = new SimpleStringProperty(this, "judgeModel", "");
    private final StringProperty defaultPromptName = new SimpleStringProperty(this, "defaultPromptName", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper(this, "agreement", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ObservableList<ComparisonRepository.Summary> saved = FXCollections.observableArrayList();
    private final ObservableList<PromptChoice> promptChoices = FXCollections.observableArrayList(PromptChoice.DRAFT);
    private final List<ComparisonRun> runs = new ArrayList<>();
    private Long savedId;
    private int nextColumn = 1;
    private int nextRow = 1;

    public CompareViewModel(UiServices services, Supplier<PromptTemplate> draft, ObservableList<Connection> connections, I18n i18n) {
        this.services = services;
        this.draft = draft;
        this.connections = connections;
        this.i18n = i18n;
        this.runner = services.comparisonRunner();
        this.repository = services.comparisons();
        RUBRICS.forEach(id -> rubrics.put(id, new SimpleBooleanProperty(this, id, false)));
        RUBRICS.forEach(id -> judgeTemplates.put(id, new SimpleStringProperty(this, id + "Template", BuiltInRubrics.get(id).template())));
        loadJudgePrompts();
        addRow();
        // A connection edited in Settings: columns (and the judge) use the fresh copy from then on.
        connections.addListener((javafx.collections.ListChangeListener<Connection>) change -> {
            for (VariantColumn column : columns) column.connectionProperty().set(fresh(column.connectionProperty().get()));
            judgeConnection.set(fresh(judgeConnection.get()));
        });
    }

    /** The listed connection with the same id, or {@code current} itself when it is no longer listed. */
    private Connection fresh(Connection current) {
        if (current == null) return null;
        return connections.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(current);
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    // ---- columns and rows ----

    public VariantColumn addVariant() {
        Connection connection = connections.isEmpty() ? Connection.dryRun() : connections.get(0);
        VariantColumn column = track(new VariantColumn("v" + nextColumn++, connection, connection.defaultModel(), 0.7));
        columns.add(column);
        return column;
    }

    public VariantColumn duplicate(VariantColumn column) {
        VariantColumn copy = track(column.copy("v" + nextColumn++));
        columns.add(columns.indexOf(column) + 1, copy);
        return copy;
    }

    public void move(VariantColumn column, int delta) {
        int from = columns.indexOf(column);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= columns.size()) return;
        columns.remove(from);
        columns.add(to, column);
    }

    public void remove(VariantColumn column) {
        columns.remove(column);
        cells.keySet().removeIf(k -> k.variantId().equals(column.id()));
    }

    public VariableRowModel addRow() {
        VariableRowModel row = new VariableRowModel("r" + nextRow, i18n.text("compare.row.default", nextRow));
        nextRow++;
        row.syncVariables(variableNames());
        rows.add(row);
        return row;
    }

    public void removeRow(VariableRowModel row) {
        rows.remove(row);
        cells.keySet().removeIf(k -> k.rowId().equals(row.id()));
    }

    /** A column that switches prompt may need other variables: the rows follow. */
    private VariantColumn track(VariantColumn column) {
        column.promptProperty().addListener((obs, old, now) -> refreshVariables());
        return column;
    }

    /** Brings every row's variable fields in line with the current draft and every column's saved version. */
    public void refreshVariables() {
        List<String> names = variableNames();
        rows.forEach(r -> r.syncVariables(names));
    }

    private List<String> variableNames() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(TemplateVariables.of(draft.get()));
        for (VariantColumn column : columns) {
            PromptChoice choice = column.promptProperty().get();
            if (choice != null && !choice.isDraft()) names.addAll(TemplateVariables.of(choice.template()));
        }
        return List.copyOf(names);
    }

    /** Lists the current draft and every saved version of every library prompt, newest first, off the FX thread. */
    public CompletableFuture<List<PromptChoice>> refreshPromptChoices() {
        CompletableFuture<List<PromptChoice>> loaded = services.executor().submit(() -> {
            List<PromptChoice> found = new ArrayList<>();
            found.add(PromptChoice.DRAFT);
            for (PromptSummary summary : services.prompts().listPrompts()) {
                if (summary.archived()) continue;
                List<PromptVersion> versions = new ArrayList<>(services.prompts().versions(summary.name()));
                java.util.Collections.reverse(versions);
                for (PromptVersion version : versions) {
                    List<String> aliases = summary.aliases().entrySet().stream().filter(e -> e.getValue() == version.version())
                            .map(Map.Entry::getKey).toList();
                    found.add(new PromptChoice(summary.name(), version.version(), aliases, version.document().template()));
                }
            }
            return found;
        });
        loaded.whenComplete((list, error) -> UiThread.run(() -> {
            if (error != null) status.set(i18n.text("compare.status.promptsFailed", rootMessage(error)));
            else if (!list.equals(promptChoices)) promptChoices.setAll(list);
        }));
        return loaded;
    }

    public CellModel cell(VariantColumn column, VariableRowModel row) {
        CellKey key = new CellKey(column.id(), row.id());
        return cells.computeIfAbsent(key, k -> new CellModel(k, pump, this::feedbackChanged));
    }

    // ---- running ----

    public void runAll() {
        start(columns, rows);
    }

    public void runColumn(VariantColumn column) {
        start(List.of(column), rows);
    }

    public void runRow(VariableRowModel row) {
        start(columns, List.of(row));
    }

    public void runCell(VariantColumn column, VariableRowModel row) {
        start(List.of(column), List.of(row));
    }

    private void start(Collection<VariantColumn> whichColumns, Collection<VariableRowModel> whichRows) {
        if (whichColumns.isEmpty() || whichRows.isEmpty()) {
            status.set(i18n.text("compare.status.nothing"));
            return;
        }
        Comparison comparison;
        try {
            comparison = comparison();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        List<CellKey> keys = new ArrayList<>();
        for (VariableRowModel row : whichRows) for (VariantColumn column : whichColumns) keys.add(new CellKey(column.id(), row.id()));
        keys.forEach(k -> cells.computeIfAbsent(k, key -> new CellModel(key, pump, this::feedbackChanged)).started());
        running.set(true);
        pump.start();
        status.set(i18n.text("compare.status.running", keys.size()));
        ComparisonRun run = runner.run(comparison, keys, new ComparisonListener() {
            @Override
            public void onToken(CellKey cell, int sample, String token) {
                // The first sample streams into the cell; the others run alongside and count in the spread.
                CellModel model = cells.get(cell);
                if (sample == 0 && model != null) model.token(token);
            }

            @Override
            public void onCellFinished(CellResult result) {
                UiThread.run(() -> {
                    CellModel model = cells.get(result.key());
                    if (model != null) model.finished(result, i18n);
                    persistCell(result);
                    refreshAgreement();
                });
            }
        });
        runs.add(run);
        run.done().whenComplete((results, error) -> UiThread.run(() -> {
            runs.remove(run);
            running.set(!runs.isEmpty());
            if (runs.isEmpty()) pump.stop();
            long failed = results == null ? 0 : results.stream().filter(CellResult::anyFailed).count();
            status.set(failed == 0 ? i18n.text("compare.status.done", keys.size()) : i18n.text("compare.status.failed", failed, keys.size()));
        }));
    }

    public void stop() {
        List.copyOf(runs).forEach(ComparisonRun::cancel);
    }

    Comparison comparison() {
        PromptTemplate template = draft.get();
        RetrievalSettings retrieval = new RetrievalSettings("default", "", 5, null, null);
        return new Comparison(title.get(), columns.stream().map(c -> c.toVariant(template, retrieval, defaultPromptName.get())).toList(),
                rows.stream().map(VariableRowModel::toRow).toList(), samples.get(), scoringPlan());
    }

    private ScoringPlan scoringPlan() {
        List<Metric> parsed = new ArrayList<>();
        for (String spec : metricSpecs()) parsed.add(MetricSpecs.parse(spec, embedder()));
        List<Rubric> chosen = chosenRubrics();
        JudgeModel judge = null;
        if (!chosen.isEmpty()) {
            Connection connection = judgeConnection.get() != null ? judgeConnection.get()
                    : columns.isEmpty() ? Connection.dryRun() : columns.get(0).connectionProperty().get();
            String model = judgeModel.get().isBlank() ? connection.defaultModel() : judgeModel.get().strip();
            judge = new JudgeModel(connection, model);
        }
        return new ScoringPlan(parsed, chosen, judge);
    }

    /** The documents' in-process embedding model scores embedding similarity; it loads on first use, off the FX thread. */
    private Optional<TextEmbedder> embedder() {
        return services.documents() == null ? Optional.empty() : Optional.of(TextEmbedder.from(services.documents().embedders().builtIn()));
    }

    private List<String> metricSpecs() {
        List<String> specs = new ArrayList<>();
        for (String part : metrics.get().split(",")) if (!part.isBlank()) specs.add(part.strip());
        return specs;
    }

    private List<Rubric> chosenRubrics() {
        List<Rubric> chosen = new ArrayList<>();
        rubrics.forEach((id, selected) -> {
            if (!selected.get()) return;
            Rubric rubric = BuiltInRubrics.get(id).withTemplate(judgeTemplates.get(id).get());
            chosen.add(id.equals("guideline") ? rubric.withGuideline(guideline.get()) : rubric);
        });
        return chosen;
    }

    // ---- judge prompts ----

    static final String JUDGE_TEMPLATE_KEY = "compare.judge.template.";

    /** Edited judge prompts saved earlier replace the built-in ones; read off the FX thread. */
    private void loadJudgePrompts() {
        services.executor().submit(() -> {
            Map<String, String> saved = new LinkedHashMap<>();
            for (String id : RUBRICS) services.settings().get(JUDGE_TEMPLATE_KEY + id).filter(t -> !t.isBlank()).ifPresent(t -> saved.put(id, t));
            return saved;
        }).thenAccept(saved -> UiThread.run(() -> saved.forEach((id, text) -> judgeTemplates.get(id).set(text))));
    }

    /**
     * Sets the judge prompts (rubric id to template; blank means the built-in one) and saves them
     * for the next session; the built-in ones are stored as blank so later improvements reach the user.
     */
    public CompletableFuture<Void> saveJudgePrompts(Map<String, String> templates) {
        Map<String, String> stored = new LinkedHashMap<>();
        templates.forEach((id, text) -> {
            if (!judgeTemplates.containsKey(id)) return;
            String builtIn = BuiltInRubrics.get(id).template();
            String value = text == null || text.isBlank() ? builtIn : text;
            judgeTemplates.get(id).set(value);
            stored.put(id, value.equals(builtIn) ? "" : value);
        });
        CompletableFuture<Void> saved = services.executor().submit(() -> {
            stored.forEach((id, value) -> services.settings().put(JUDGE_TEMPLATE_KEY + id, value));
            return null;
        });
        saved.whenComplete((ok, error) -> UiThread.run(() -> status.set(error == null ? i18n.text("compare.status.judgePromptsSaved")
                : i18n.text("compare.status.judgePromptsFailed", rootMessage(error)))));
        return saved;
    }

    public static String builtInJudgePrompt(String rubricId) {
        return BuiltInRubrics.get(rubricId).template();
    }

    public StringProperty judgeTemplateProperty(String rubricId) {
        return judgeTemplates.get(rubricId);
    }

    // ---- promoting the winner ----

    public static final String DEFAULT_ALIAS = "champion";

    /**
     * Saves the draft with the winning column's connection, model and parameters as a new version
     * of {@code promptName}, and points {@code alias} at it. Fails with the store's message (bad
     * name, unknown prompt) so the view can show it.
     */
    public CompletableFuture<PromptVersion> promote(VariantColumn column, String promptName, String alias) {
        Variant winner = column.toVariant(draft.get(), RetrievalSettings.OFF, defaultPromptName.get());
        Map<String, String> values = rows.isEmpty() ? Map.of() : rows.get(0).toRow().values();
        PromptDocument document = new PromptDocument(winner.template(), winner.connection().id(), winner.model(), winner.settings(), values);
        String name = promptName.strip();
        String aliasName = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias.strip();
        String message = i18n.text("compare.promote.message", title.get().isBlank() ? i18n.text("compare.title.default") : title.get(), winner.label());
        CompletableFuture<PromptVersion> promoted = services.executor().submit(() -> {
            PromptVersion version = services.prompts().saveVersion(name, document, message, services.author());
            services.aliases().set(name, aliasName, version.version(), services.author());
            return version;
        });
        promoted.whenComplete((version, error) -> UiThread.run(() -> status.set(error == null
                ? i18n.text("compare.status.promoted", aliasName, name, version.version())
                : i18n.text("compare.status.promoteFailed", rootMessage(error)))));
        return promoted;
    }

    // ---- feedback, saving, reopening, export ----

    private void feedbackChanged(CellFeedback feedback) {
        refreshAgreement();
        if (savedId == null) return;
        long id = savedId;
        services.executor().run(() -> repository.saveFeedback(id, feedback));
    }

    private void persistCell(CellResult result) {
        if (savedId == null) return;
        long id = savedId;
        services.executor().run(() -> repository.saveCell(id, result));
    }

    /** The comparison as it stands: set-up, every finished cell and all feedback. */
    public ComparisonRecord record() {
        Comparison comparison = comparison();
        List<CellResult> results = new ArrayList<>();
        List<CellFeedback> feedback = new ArrayList<>();
        for (VariableRowModel row : rows) {
            for (VariantColumn column : columns) {
                CellModel cell = cells.get(new CellKey(column.id(), row.id()));
                if (cell == null) continue;
                if (cell.result() != null) results.add(cell.result());
                feedback.add(cell.feedback());
            }
        }
        return new ComparisonRecord(title.get(), Instant.now(), comparison.variants(), comparison.rows(), comparison.samples(), metricSpecs(),
                chosenRubrics(), comparison.scoring().judge(), results, feedback);
    }

    public void save() {
        ComparisonRecord record;
        try {
            record = record();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Long existing = savedId;
        services.executor().submit(() -> {
            if (existing == null) return repository.create(record);
            repository.replace(existing, record);
            return existing;
        }).whenComplete((id, error) -> UiThread.run(() -> {
            if (error != null) {
                status.set(i18n.text("compare.status.saveFailed", rootMessage(error)));
                return;
            }
            savedId = id;
            status.set(i18n.text("compare.status.saved"));
            refreshSaved();
        }));
    }

    public void refreshSaved() {
        services.executor().submit(repository::list).thenAccept(list -> UiThread.run(() -> saved.setAll(list)));
    }

    public void open(long id) {
        services.executor().submit(() -> repository.load(id)).whenComplete((found, error) -> UiThread.run(() -> {
            if (error != null || found == null || found.isEmpty()) {
                status.set(i18n.text("compare.status.openFailed", error == null ? "" : rootMessage(error)));
                return;
            }
            show(found.get());
            savedId = id;
            status.set(i18n.text("compare.status.opened", found.get().title()));
        }));
    }

    private void show(ComparisonRecord record) {
        title.set(record.title());
        samples.set(record.samples());
        metrics.set(String.join(", ", record.metricSpecs()));
        rubrics.forEach((id, selected) -> selected.set(record.rubrics().stream().anyMatch(r -> r.id().equals(id))));
        record.rubrics().stream().filter(r -> r.id().equals("guideline")).findFirst().ifPresent(r -> guideline.set(r.guideline()));
        record.rubrics().stream().filter(r -> judgeTemplates.containsKey(r.id()) && !r.template().isBlank())
                .forEach(r -> judgeTemplates.get(r.id()).set(r.template()));
        if (record.judge() != null) {
            judgeConnection.set(record.judge().connection());
            judgeModel.set(record.judge().model());
        }
        cells.clear();
        List<VariableRowModel> newRows = new ArrayList<>();
        for (var row : record.rows()) {
            VariableRowModel model = new VariableRowModel(row.id(), row.label());
            row.values().forEach(model::set);
            model.expectedProperty().set(row.expected());
            newRows.add(model);
        }
        List<VariantColumn> newColumns = new ArrayList<>();
        for (var variant : record.variants()) {
            VariantColumn column = new VariantColumn(variant.id(), variant.connection(), variant.model(),
                    variant.settings().temperature() == null ? 0.7 : variant.settings().temperature());
            column.labelProperty().set(variant.label());
            if (variant.settings().maxTokens() != null) column.maxTokensProperty().set(variant.settings().maxTokens());
            column.retrievalProperty().set(variant.retrievalOn());
            column.promptProperty().set(PromptChoice.fromSaved(variant.promptRef(), variant.template()));
            newColumns.add(track(column));
        }
        nextColumn = nextNumber(newColumns.stream().map(VariantColumn::id).toList());
        nextRow = nextNumber(newRows.stream().map(VariableRowModel::id).toList());
        for (CellResult result : record.cells()) {
            CellModel cell = cells.computeIfAbsent(result.key(), k -> new CellModel(k, pump, this::feedbackChanged));
            cell.finished(result, i18n);
        }
        for (CellFeedback feedback : record.feedback()) {
            cells.computeIfAbsent(feedback.cell(), k -> new CellModel(k, pump, this::feedbackChanged)).loadFeedback(feedback);
        }
        rows.setAll(newRows);
        columns.setAll(newColumns);
        refreshAgreement();
    }

    public enum ExportFormat { CSV, JSON, HTML }

    public void export(ExportFormat format, Path file) {
        ComparisonRecord record = record();
        services.executor().run(() -> {
            String text = switch (format) {
                case CSV -> ComparisonExport.csv(record);
                case JSON -> ComparisonExport.json(record);
                case HTML -> ComparisonExport.html(record);
            };
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                UiThread.run(() -> status.set(i18n.text("compare.status.exported", file.getFileName())));
            } catch (Exception e) {
                UiThread.run(() -> status.set(i18n.text("compare.status.exportFailed", file, e.getMessage())));
            }
        });
    }

    /** Word-level diff between two cells' first outputs. */
    public List<WordDiff.Segment> diff(CellKey first, CellKey second) {
        String a = Optional.ofNullable(cells.get(first)).map(c -> c.outputProperty().get()).orElse("");
        String b = Optional.ofNullable(cells.get(second)).map(c -> c.outputProperty().get()).orElse("");
        return WordDiff.between(a, b);
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
            text.append(i18n.text("compare.agreement.item", a.rubric(), a.agreed(), a.compared(), String.format(Locale.ROOT, "%.0f", a.rate() * 100)));
        }
        agreement.set(text.isEmpty() ? "" : i18n.text("compare.agreement", text.toString()));
    }

    /** Ids are a letter and a number ("v3", "r2"); new ones continue after the highest. */
    private static int nextNumber(List<String> ids) {
        int highest = 0;
        for (String id : ids) {
            try {
                highest = Math.max(highest, Integer.parseInt(id.substring(1)));
            } catch (RuntimeException ignored) {
                // an id from elsewhere: it cannot clash with ours
            }
        }
        return highest + 1;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    public ObservableList<VariantColumn> columns() { return columns; }
    public ObservableList<VariableRowModel> rows() { return rows; }
    public ObservableList<Connection> connections() { return connections; }
    public StringProperty titleProperty() { return title; }
    public IntegerProperty samplesProperty() { return samples; }
    public StringProperty metricsProperty() { return metrics; }
    public BooleanProperty rubricProperty(String id) { return rubrics.get(id); }
    public StringProperty guidelineProperty() { return guideline; }
    /** Finished answers show as rendered Markdown (true) or as the raw text. */
    public BooleanProperty markdownProperty() { return markdown; }
    public ObjectProperty<Connection> judgeConnectionProperty() { return judgeConnection; }
    public StringProperty judgeModelProperty() { return judgeModel; }
    /** The playground's prompt name, offered when promoting a winner. */
    public StringProperty defaultPromptNameProperty() { return defaultPromptName; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty agreementProperty() { return agreement.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ObservableList<ComparisonRepository.Summary> savedComparisons() { return saved; }
    /** The current draft and the library's saved versions, for the columns' prompt pickers. */
    public ObservableList<PromptChoice> promptChoices() { return promptChoices; }
    public Optional<Long> savedId() { return Optional.ofNullable(savedId); }
}
