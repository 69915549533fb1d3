package dev.playground.ui.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Evaluate matrix: one line per dataset row, one cell per variant, filled as cells finish; the filter shows all
 * rows, rows with a failing cell, or rows whose verdict changed against the baseline. FX thread only.
 */
public final class EvalMatrix {
    public enum Filter { ALL, FAILURES, CHANGED }

    /** One line of the matrix: a dataset row's label and its cells, null where a variant has not finished. */
    public record Line(int row, String label, List<EvalCell> cells) {
        public Line {
            cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        }

        public EvalCell cell(int variant) {
            return variant < cells.size() ? cells.get(variant) : null;
        }

        boolean failing() {
            return cells.stream().anyMatch(c -> c != null && !c.passed());
        }

        boolean changed() {
            return cells.stream().anyMatch(c -> c != null && c.change() != null && c.change() != EvalCell.Change.SAME);
        }
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final FilteredList<Line> shown = new FilteredList<>(lines);
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);

    public EvalMatrix() {
        filter.addListener((obs, old, now) -> shown.setPredicate(predicate(now)));
    }

    /** Empties the matrix for a run with these rows and variants. */
    public void reset(List<String> rowLabels, List<String> variantLabels) {
        variants.setAll(variantLabels);
        List<Line> fresh = new ArrayList<>();
        for (int i = 0; i < rowLabels.size(); i++) fresh.add(new Line(i, rowLabels.get(i), Arrays.asList(new EvalCell[variantLabels.size()])));
        lines.setAll(fresh);
    }

    /** Puts a finished cell in its place (a cell outside the matrix is ignored). */
    public void put(EvalCell cell) {
        if (cell.row() < 0 || cell.row() >= lines.size() || cell.variant() < 0 || cell.variant() >= variants.size()) return;
        Line line = lines.get(cell.row());
        List<EvalCell> cells = new ArrayList<>(line.cells());
        cells.set(cell.variant(), cell);
        lines.set(cell.row(), new Line(line.row(), line.label(), cells));
    }

    public EvalCell cell(int row, int variant) {
        return row < 0 || row >= lines.size() ? null : lines.get(row).cell(variant);
    }

    /** Every finished cell, row by row. */
    public List<EvalCell> cells() {
        return lines.stream().flatMap(line -> line.cells().stream()).filter(java.util.Objects::nonNull).toList();
    }

    private static Predicate<Line> predicate(Filter filter) {
        return switch (filter == null ? Filter.ALL : filter) {
            case ALL -> null;
            case FAILURES -> Line::failing;
            case CHANGED -> Line::changed;
        };
    }

    /** Every line, whatever the filter. */
    public ObservableList<Line> lines() { return lines; }
    /** The lines the filter lets through: what the table shows. */
    public ObservableList<Line> shown() { return shown; }
    public ObservableList<String> variants() { return variants; }
    public ObjectProperty<Filter> filterProperty() { return filter; }
}
