package dev.playground.ui.compare;

import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.ComparisonRecord;
import dev.playground.engine.compare.WordDiff;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.ui.common.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.FXCollections;

/**
 * The comparison's grid: variant columns, variable rows and a cell per pair. Rows keep their
 * variable fields in line with the prompts the columns use.
 */
public final class CompareGrid {
    private final Supplier<PromptTemplate> draft;
    private final ObservableList<Connection> connections;
    private final Supplier<I18n> i18n;
    private final StreamPump pump;
    private final Consumer<CellFeedback> onFeedback;

    private final ObservableList<VariantColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<VariableRowModel> rows = FXCollections.observableArrayList();
    private final Map<CellKey, CellModel> cells = new HashMap<>();
    private int nextColumn = 1;
    private int nextRow = 1;

    /**
     * @param draft       the playground's current template, which columns use unless they pick a saved version
     * @param connections the live list of saved connections; columns follow edits made in Settings
     * @param onFeedback  told of each change a person makes to a cell's rating, thumb or comment
     */
    CompareGrid(Supplier<PromptTemplate> draft, ObservableList<Connection> connections, Supplier<I18n> i18n, StreamPump pump,
                Consumer<CellFeedback> onFeedback) {
        this.draft = draft;
        this.connections = connections;
        this.i18n = i18n;
        this.pump = pump;
        this.onFeedback = onFeedback;
        // A connection edited in Settings: columns use the fresh copy from then on.
        connections.addListener((ListChangeListener<Connection>) change -> {
            for (VariantColumn column : columns) column.connectionProperty().set(fresh(column.connectionProperty().get()));
        });
    }

    /** The listed connection with the same id, or {@code current} itself when it is no longer listed. */
    Connection fresh(Connection current) {
        if (current == null) return null;
        return connections.stream().filter(c -> c.id().equals(current.id())).findFirst().orElse(current);
    }

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

    private java.util.function.Supplier<Map<String, String>> seeds = Map::of;

    public VariableRowModel addRow() {
        VariableRowModel row = new VariableRowModel("r" + nextRow, i18n.get().text("compare.row.default", nextRow));
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
        // The first row starts from the values typed in the Playground; the others start empty.
        rows.forEach(r -> r.syncVariables(names));
        if (!rows.isEmpty()) rows.get(0).fillBlanks(seeds.get());
    }

    /** Where the first row's new variables take their starting values from (the Playground's variables). */
    void seedFrom(java.util.function.Supplier<Map<String, String>> values) {
        this.seeds = values;
    }

    private List<String> variableNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>(TemplateVariables.of(draft.get()));
        for (VariantColumn column : columns) {
            PromptChoice choice = column.promptProperty().get();
            if (choice != null && !choice.isDraft()) names.addAll(TemplateVariables.of(choice.template()));
        }
        return List.copyOf(names);
    }

    public CellModel cell(VariantColumn column, VariableRowModel row) {
        return cell(new CellKey(column.id(), row.id()));
    }

    CellModel cell(CellKey key) {
        return cells.computeIfAbsent(key, k -> new CellModel(k, pump, onFeedback));
    }

    /** The cell if it has been shown or run, else null. */
    CellModel existing(CellKey key) {
        return cells.get(key);
    }

    /** The finished results and the feedback of every cell, row by row. */
    void collect(List<CellResult> results, List<CellFeedback> feedback) {
        for (VariableRowModel row : rows) {
            for (VariantColumn column : columns) {
                CellModel cell = cells.get(new CellKey(column.id(), row.id()));
                if (cell == null) continue;
                if (cell.result() != null) results.add(cell.result());
                feedback.add(cell.feedback());
            }
        }
    }

    /** Replaces the grid with a saved comparison's columns, rows, results and feedback. */
    void show(ComparisonRecord record) {
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
        for (CellResult result : record.cells()) cell(result.key()).finished(result, i18n.get());
        for (CellFeedback feedback : record.feedback()) cell(feedback.cell()).loadFeedback(feedback);
        rows.setAll(newRows);
        columns.setAll(newColumns);
    }

    /** Replaces the grid with a draft's columns and rows (no results: a draft keeps only the set-up). */
    void restore(List<VariantColumn> newColumns, List<VariableRowModel> newRows) {
        cells.clear();
        newColumns.forEach(this::track);
        nextColumn = nextNumber(newColumns.stream().map(VariantColumn::id).toList());
        nextRow = nextNumber(newRows.stream().map(VariableRowModel::id).toList());
        rows.setAll(newRows);
        columns.setAll(newColumns);
    }

    /** Word-level diff between two cells' first outputs. */
    public List<WordDiff.Segment> diff(CellKey first, CellKey second) {
        String a = Optional.ofNullable(cells.get(first)).map(c -> c.outputProperty().get()).orElse("");
        String b = Optional.ofNullable(cells.get(second)).map(c -> c.outputProperty().get()).orElse("");
        return WordDiff.between(a, b);
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

    public ObservableList<VariantColumn> columns() { return columns; }
    public ObservableList<VariableRowModel> rows() { return rows; }
    public ObservableList<Connection> connections() { return connections; }
}
