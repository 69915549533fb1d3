package dev.playground.ui.compare;

import dev.playground.engine.compare.CellKey;
import dev.playground.engine.compare.CellResult;
import dev.playground.engine.compare.Comparison;
import dev.playground.engine.compare.ComparisonListener;
import dev.playground.engine.compare.ComparisonRun;
import dev.playground.engine.compare.ComparisonRunner;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs one cell, a row, a column or everything at once; several runs may be under way together, and
 * Stop cancels them all. Tokens stream into the cells once per frame; each finished cell is reported.
 */
public final class CompareRuns {
    private final ComparisonRunner runner;
    private final CompareGrid grid;
    private final StreamPump pump;
    private final Supplier<Comparison> comparison;
    private final Supplier<I18n> i18n;
    private final Consumer<String> status;
    private final Consumer<CellResult> onCellFinished;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final List<ComparisonRun> runs = new ArrayList<>();

    /**
     * @param comparison     the comparison as set up now; throws IllegalArgumentException with a message for the person
     * @param onCellFinished called on the FX thread after a cell shows its result
     */
    CompareRuns(ComparisonRunner runner, CompareGrid grid, StreamPump pump, Supplier<Comparison> comparison, Supplier<I18n> i18n,
                Consumer<String> status, Consumer<CellResult> onCellFinished) {
        this.runner = runner;
        this.grid = grid;
        this.pump = pump;
        this.comparison = comparison;
        this.i18n = i18n;
        this.status = status;
        this.onCellFinished = onCellFinished;
    }

    public void runAll() {
        start(grid.columns(), grid.rows());
    }

    public void runColumn(VariantColumn column) {
        start(List.of(column), grid.rows());
    }

    public void runRow(VariableRowModel row) {
        start(grid.columns(), List.of(row));
    }

    public void runCell(VariantColumn column, VariableRowModel row) {
        start(List.of(column), List.of(row));
    }

    private void start(Collection<VariantColumn> whichColumns, Collection<VariableRowModel> whichRows) {
        if (whichColumns.isEmpty() || whichRows.isEmpty()) {
            status.accept(i18n.get().text("compare.status.nothing"));
            return;
        }
        Comparison setUp;
        try {
            setUp = comparison.get();
        } catch (IllegalArgumentException e) {
            status.accept(e.getMessage());
            return;
        }
        List<CellKey> keys = new ArrayList<>();
        int refused = 0;
        for (VariableRowModel row : whichRows) {
            for (VariantColumn column : whichColumns) {
                CellKey key = new CellKey(column.id(), row.id());
                // A row that lacks a value the variant's prompt needs is not sent: the cell says which, in the window's words.
                List<String> missing = missingValues(setUp, key);
                if (missing.isEmpty()) {
                    keys.add(key);
                } else {
                    grid.cell(key).refused(i18n.get().text("compare.cell.fillRow", String.join(", ", missing), missing.size()));
                    refused++;
                }
            }
        }
        if (keys.isEmpty()) {
            status.accept(i18n.get().text("compare.status.fillRows", refused));
            return;
        }
        keys.forEach(k -> grid.cell(k).started());
        final int refusedCells = refused;
        running.set(true);
        pump.start();
        status.accept(i18n.get().text("compare.status.running", keys.size()));
        ComparisonRun run = runner.run(setUp, keys, new ComparisonListener() {
            @Override
            public void onToken(CellKey cell, int sample, String token) {
                // The first sample streams into the cell; the others run alongside and count in the spread.
                CellModel model = grid.existing(cell);
                if (sample == 0 && model != null) model.token(token);
            }

            @Override
            public void onCellFinished(CellResult result) {
                UiThread.run(() -> {
                    CellModel model = grid.existing(result.key());
                    if (model != null) model.finished(result, i18n.get());
                    onCellFinished.accept(result);
                });
            }
        });
        runs.add(run);
        run.done().whenComplete((results, error) -> UiThread.run(() -> {
            runs.remove(run);
            running.set(!runs.isEmpty());
            if (runs.isEmpty()) pump.stop();
            long failed = (results == null ? 0 : results.stream().filter(CellResult::anyFailed).count()) + refusedCells;
            int total = keys.size() + refusedCells;
            status.accept(failed == 0 ? i18n.get().text("compare.status.done", total)
                    : failed == total ? i18n.get().text("compare.status.allFailed", total)
                    : i18n.get().text("compare.status.failed", failed, total));
        }));
    }

    /** The input variables {@code key}'s prompt uses that its row gives no value for ({{context}} too, unless retrieval fills it). */
    private static List<String> missingValues(Comparison setUp, CellKey key) {
        var variant = setUp.variants().stream().filter(v -> v.id().equals(key.variantId())).findFirst().orElse(null);
        var row = setUp.rows().stream().filter(r -> r.id().equals(key.rowId())).findFirst().orElse(null);
        if (variant == null || row == null) return List.of();
        java.util.Map<String, String> values = new java.util.HashMap<>(row.values());
        if (variant.retrievalOn()) values.put(dev.playground.engine.prompt.TemplateVariables.CONTEXT, "");
        try {
            return dev.playground.engine.prompt.VariableValues.missing(variant.template(),
                    dev.playground.engine.prompt.VariableValues.prepare(values, variant.template()));
        } catch (RuntimeException e) {
            return List.of(); // a template that does not read: the run itself says why
        }
    }

    public void stop() {
        List.copyOf(runs).forEach(ComparisonRun::cancel);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
}
