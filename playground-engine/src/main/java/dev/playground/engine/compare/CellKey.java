package dev.playground.engine.compare;

/** Where a cell sits: which variant (column) and which row. */
public record CellKey(String variantId, String rowId) {}
