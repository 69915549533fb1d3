package dev.playground.engine.diff;

/** A setting that differs between two versions, shown as text ("" when unset). */
public record FieldChange(String field, String left, String right) {}
