package dev.playground.engine.compare;

import java.util.List;
import java.util.Optional;

/** The whole grid: variants as columns, variable rows, samples per cell and how outputs are scored. */
public record Comparison(String title, List<Variant> variants, List<VariableRow> rows, int samples, ScoringPlan scoring) {
    public static final int MAX_SAMPLES = 10;

    public Comparison {
        title = title == null || title.isBlank() ? "Comparison" : title;
        variants = List.copyOf(variants);
        rows = List.copyOf(rows);
        if (samples < 1 || samples > MAX_SAMPLES) throw new IllegalArgumentException("Samples per cell must be between 1 and " + MAX_SAMPLES + ".");
        scoring = scoring == null ? ScoringPlan.NONE : scoring;
    }

    public Optional<Variant> variant(String id) {
        return variants.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<VariableRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every cell, row by row. */
    public List<CellKey> allCells() {
        return rows.stream().flatMap(r -> variants.stream().map(v -> new CellKey(v.id(), r.id()))).toList();
    }

    public List<CellKey> column(String variantId) {
        return rows.stream().map(r -> new CellKey(variantId, r.id())).toList();
    }

    public List<CellKey> rowCells(String rowId) {
        return variants.stream().map(v -> new CellKey(v.id(), rowId)).toList();
    }
}
