package dev.playground.ui.compare;

import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.ScoringPlan;
import dev.playground.engine.compare.ScoringSetup;
import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.model.Connection;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.SettingsRepository;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How a comparison is scored: the metrics, the judge rubrics with their (editable, remembered) judge
 * prompts and the guideline, and which connection and model judge.
 */
public final class CompareScoring {
    public static final List<String> RUBRICS = BuiltInRubrics.IDS;
    static final String JUDGE_TEMPLATE_KEY = "compare.judge.template.";

    private final SettingsRepository settings;
    private final TaskExecutor executor;
    private final ScoringSetup setup;

    private final StringProperty metrics = new SimpleStringProperty(this, "metrics", "exact, rouge-l, bleu");
    private final Map<String, BooleanProperty> rubrics = new LinkedHashMap<>();
    /** Each rubric's judge prompt as the user has it: the built-in text until edited. */
    private final Map<String, StringProperty> judgeTemplates = new LinkedHashMap<>();
    private final StringProperty guideline = new SimpleStringProperty(this, "guideline", "");
    private final ObjectProperty<Connection> judgeConnection = new SimpleObjectProperty<>(this, "judgeConnection");
    private final StringProperty judgeModel = new SimpleStringProperty(this, "judgeModel", "");

    /**
     * @param setup the engine's scoring set-up, the same one {@code playground compare} uses
     */
    public CompareScoring(SettingsRepository settings, TaskExecutor executor, ScoringSetup setup) {
        this.settings = settings;
        this.executor = executor;
        this.setup = setup;
        RUBRICS.forEach(id -> rubrics.put(id, new SimpleBooleanProperty(this, id, false)));
        RUBRICS.forEach(id -> judgeTemplates.put(id, new SimpleStringProperty(this, id + "Template", BuiltInRubrics.get(id).template())));
    }

    /** The scoring as set up; {@code firstColumn} judges when no judge connection is chosen. Throws on an unknown metric. */
    ScoringPlan plan(Connection firstColumn) {
        return setup.plan(metricSpecs(), chosenRubrics(), ScoringSetup.judge(judgeConnection.get(), judgeModel.get(), firstColumn, ""));
    }

    List<String> metricSpecs() {
        List<String> specs = new ArrayList<>();
        for (String part : metrics.get().split(",")) if (!part.isBlank()) specs.add(part.strip());
        return specs;
    }

    List<Rubric> chosenRubrics() {
        List<Rubric> chosen = new ArrayList<>();
        rubrics.forEach((id, selected) -> {
            if (!selected.get()) return;
            Rubric rubric = BuiltInRubrics.get(id).withTemplate(judgeTemplates.get(id).get());
            chosen.add(id.equals("guideline") ? rubric.withGuideline(guideline.get()) : rubric);
        });
        return chosen;
    }

    /** Shows a saved comparison's scoring. */
    void show(ComparisonRecord record) {
        metrics.set(String.join(", ", record.metricSpecs()));
        rubrics.forEach((id, selected) -> selected.set(record.rubrics().stream().anyMatch(r -> r.id().equals(id))));
        record.rubrics().stream().filter(r -> r.id().equals("guideline")).findFirst().ifPresent(r -> guideline.set(r.guideline()));
        record.rubrics().stream().filter(r -> judgeTemplates.containsKey(r.id()) && !r.template().isBlank())
                .forEach(r -> judgeTemplates.get(r.id()).set(r.template()));
        if (record.judge() != null) {
            judgeConnection.set(record.judge().connection());
            judgeModel.set(record.judge().model());
        }
    }

    // ---- judge prompts ----

    /** Edited judge prompts saved earlier replace the built-in ones; read off the FX thread. */
    CompletableFuture<Void> loadJudgePrompts() {
        return executor.submit(() -> {
            Map<String, String> saved = new LinkedHashMap<>();
            for (String id : RUBRICS) settings.get(JUDGE_TEMPLATE_KEY + id).filter(t -> !t.isBlank()).ifPresent(t -> saved.put(id, t));
            return saved;
        }).thenAccept(saved -> UiThread.run(() -> saved.forEach((id, text) -> judgeTemplates.get(id).set(text))));
    }

    /**
     * Sets the judge prompts (rubric id to template; blank means the built-in one) and saves them
     * for the next session; the built-in ones are stored as blank so later improvements reach the user.
     */
    CompletableFuture<Void> saveJudgePrompts(Map<String, String> templates) {
        Map<String, String> stored = new LinkedHashMap<>();
        templates.forEach((id, text) -> {
            if (!judgeTemplates.containsKey(id)) return;
            String builtIn = BuiltInRubrics.get(id).template();
            String value = text == null || text.isBlank() ? builtIn : text;
            judgeTemplates.get(id).set(value);
            stored.put(id, value.equals(builtIn) ? "" : value);
        });
        return executor.submit(() -> {
            stored.forEach((id, value) -> settings.put(JUDGE_TEMPLATE_KEY + id, value));
            return null;
        });
    }

    public static String builtInJudgePrompt(String rubricId) {
        return BuiltInRubrics.get(rubricId).template();
    }

    public StringProperty judgeTemplateProperty(String rubricId) { return judgeTemplates.get(rubricId); }
    public StringProperty metricsProperty() { return metrics; }
    public BooleanProperty rubricProperty(String id) { return rubrics.get(id); }
    public StringProperty guidelineProperty() { return guideline; }
    public ObjectProperty<Connection> judgeConnectionProperty() { return judgeConnection; }
    public StringProperty judgeModelProperty() { return judgeModel; }
}
