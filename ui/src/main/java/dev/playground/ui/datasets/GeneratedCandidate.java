package dev.playground.ui.datasets;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.generate.SourcePassage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One generated row under review: kept or not (kept at first), edited in place, with the passage it came from. */
public final class GeneratedCandidate {
    private final BooleanProperty kept = new SimpleBooleanProperty(this, "kept", true);
    private final ObjectProperty<DatasetRow> row;
    private final SourcePassage source;

    GeneratedCandidate(DatasetRow row, SourcePassage source) {
        this.row = new SimpleObjectProperty<>(this, "row", row);
        this.source = source;
    }

    public BooleanProperty keptProperty() { return kept; }
    public ObjectProperty<DatasetRow> rowProperty() { return row; }
    public DatasetRow row() { return row.get(); }
    public SourcePassage source() { return source; }
}
