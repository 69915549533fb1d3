package dev.playground.ui.datasets;

import java.util.List;

/**
 * One column of the dataset grid: a prompt variable (an input) or one of the row's expectations. The header text
 * of the fixed columns uses the names MLflow and our files use, so a pasted header can name them.
 */
public record GridColumn(Kind kind, String name) {
    public enum Kind { INPUT, EXPECTED_RESPONSE, EXPECTED_FACTS, GUIDELINES, TAGS, METADATA }

    public static final GridColumn EXPECTED_RESPONSE = new GridColumn(Kind.EXPECTED_RESPONSE, "expected_response");
    public static final GridColumn EXPECTED_FACTS = new GridColumn(Kind.EXPECTED_FACTS, "expected_facts");
    public static final GridColumn GUIDELINES = new GridColumn(Kind.GUIDELINES, "guidelines");
    public static final GridColumn TAGS = new GridColumn(Kind.TAGS, "tags");
    /** A row's free metadata (where a generated row came from, say): shown after the tags, not part of a pasted block. */
    public static final GridColumn METADATA = new GridColumn(Kind.METADATA, "metadata");
    /** The expectation columns, after the inputs, in this order. */
    public static final List<GridColumn> EXPECTATIONS = List.of(EXPECTED_RESPONSE, EXPECTED_FACTS, GUIDELINES, TAGS);

    public static GridColumn input(String name) {
        return new GridColumn(Kind.INPUT, name);
    }

    /** Whether a cell of this column holds a list, one item per line. */
    public boolean multiLine() {
        return kind != Kind.INPUT;
    }
}
