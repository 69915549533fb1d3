package dev.playground.ui.compare;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.DraftRepository;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.EditorDraft;
import dev.playground.ui.playground.VariableValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;

/**
 * The comparison being set up, kept as a draft: title, samples, every column (prompt, connection,
 * model, parameters, retrieval), every row (label, values, expected answer), the metrics and the
 * judges. Results and feedback are not part of it: they belong to a saved comparison.
 */
final class CompareDraft {
    /** One column as the draft keeps it; {@code promptRef} is "draft" or "name@version" with that version's template. */
    public record Column(String id, String label, Connection connection, String model, double temperature, int maxTokens,
                         boolean retrieval, String promptRef, PromptTemplate promptTemplate) {}

    /** One row as the draft keeps it. */
    public record Row(String id, String label, Map<String, String> values, String expected) {}

    /** The whole set-up; {@code savedId} is the saved comparison it edits, if any. */
    public record State(String title, int samples, List<Column> columns, List<Row> rows, String metrics, List<String> rubrics,
                        String guideline, Connection judgeConnection, String judgeModel, Long savedId) {}

    private final CompareViewModel viewModel;
    private final EditorDraft<State> draft;

    CompareDraft(CompareViewModel viewModel, DraftRepository drafts, TaskExecutor executor) {
        this.viewModel = viewModel;
        this.draft = new EditorDraft<>(DraftKind.COMPARE, State.class, drafts, executor, this::capture, this::show);
        watch();
    }

    EditorDraft<State> draft() {
        return draft;
    }

    private void watch() {
        CompareScoring scoring = viewModel.scoring();
        draft.watch(viewModel.titleProperty(), viewModel.samplesProperty(), scoring.metricsProperty(), scoring.guidelineProperty(),
                scoring.judgeConnectionProperty(), scoring.judgeModelProperty());
        CompareScoring.RUBRICS.forEach(id -> draft.watch(scoring.rubricProperty(id)));
        draft.watchList(viewModel.columns()).watchList(viewModel.rows());
        viewModel.columns().forEach(this::watch);
        viewModel.rows().forEach(this::watch);
        viewModel.columns().addListener((ListChangeListener<VariantColumn>) change -> {
            while (change.next()) change.getAddedSubList().forEach(this::watch);
        });
        viewModel.rows().addListener((ListChangeListener<VariableRowModel>) change -> {
            while (change.next()) change.getAddedSubList().forEach(this::watch);
        });
    }

    private void watch(VariantColumn column) {
        draft.watch(column.labelProperty(), column.connectionProperty(), column.modelProperty(), column.temperatureProperty(),
                column.maxTokensProperty(), column.retrievalProperty(), column.promptProperty());
    }

    private void watch(VariableRowModel row) {
        draft.watch(row.labelProperty(), row.expectedProperty());
        row.values().forEach(value -> draft.watch(value.valueProperty()));
        // A row's fields are rebuilt when the prompts bring other variables; the new fields are watched too.
        row.values().addListener((ListChangeListener<VariableValue>) change -> {
            while (change.next()) change.getAddedSubList().forEach(value -> draft.watch(value.valueProperty()));
        });
    }

    private State capture() {
        CompareScoring scoring = viewModel.scoring();
        List<Column> columns = viewModel.columns().stream().map(c -> {
            PromptChoice choice = c.promptProperty().get() == null ? PromptChoice.DRAFT : c.promptProperty().get();
            return new Column(c.id(), c.labelProperty().get(), c.connectionProperty().get(), c.modelProperty().get(),
                    c.temperatureProperty().get(), c.maxTokensProperty().get(), c.retrievalProperty().get(), choice.ref(), choice.template());
        }).toList();
        List<Row> rows = viewModel.rows().stream().map(r -> {
            Map<String, String> values = new LinkedHashMap<>();
            r.values().forEach(v -> values.put(v.name(), v.valueProperty().get()));
            return new Row(r.id(), r.labelProperty().get(), values, r.expectedProperty().get());
        }).toList();
        List<String> rubrics = CompareScoring.RUBRICS.stream().filter(id -> scoring.rubricProperty(id).get()).toList();
        return new State(viewModel.titleProperty().get(), viewModel.samplesProperty().get(), columns, rows, scoring.metricsProperty().get(),
                rubrics, scoring.guidelineProperty().get(), scoring.judgeConnectionProperty().get(), scoring.judgeModelProperty().get(),
                viewModel.archive().savedId().orElse(null));
    }

    private void show(State state) {
        CompareGrid grid = viewModel.grid();
        CompareScoring scoring = viewModel.scoring();
        viewModel.titleProperty().set(state.title() == null ? "" : state.title());
        viewModel.samplesProperty().set(Math.max(1, state.samples()));
        if (state.metrics() != null) scoring.metricsProperty().set(state.metrics());
        List<String> rubrics = state.rubrics() == null ? List.of() : state.rubrics();
        CompareScoring.RUBRICS.forEach(id -> scoring.rubricProperty(id).set(rubrics.contains(id)));
        scoring.guidelineProperty().set(state.guideline() == null ? "" : state.guideline());
        scoring.judgeConnectionProperty().set(grid.fresh(state.judgeConnection()));
        scoring.judgeModelProperty().set(state.judgeModel() == null ? "" : state.judgeModel());
        List<VariantColumn> columns = new ArrayList<>();
        for (Column c : state.columns() == null ? List.<Column>of() : state.columns()) {
            VariantColumn column = new VariantColumn(c.id(), grid.fresh(c.connection()), c.model(), c.temperature());
            column.labelProperty().set(c.label() == null ? "" : c.label());
            column.maxTokensProperty().set(c.maxTokens());
            column.retrievalProperty().set(c.retrieval());
            column.promptProperty().set(PromptChoice.fromSaved(c.promptRef() == null ? "" : c.promptRef(), c.promptTemplate()));
            columns.add(column);
        }
        List<VariableRowModel> rows = new ArrayList<>();
        for (Row r : state.rows() == null ? List.<Row>of() : state.rows()) {
            VariableRowModel row = new VariableRowModel(r.id(), r.label() == null ? "" : r.label());
            if (r.values() != null) r.values().forEach(row::set);
            row.expectedProperty().set(r.expected() == null ? "" : r.expected());
            rows.add(row);
        }
        grid.restore(columns, rows);
        viewModel.archive().resume(state.savedId());
    }
}
