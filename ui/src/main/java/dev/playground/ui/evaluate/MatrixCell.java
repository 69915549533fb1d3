package dev.playground.ui.evaluate;

import dev.playground.ui.common.I18n;
import javafx.scene.control.TableCell;

/** A matrix cell: pass, fail or error with its score, a mark when it moved against the baseline, empty while it runs. */
final class MatrixCell extends TableCell<EvalMatrix.Line, EvalCell> {
    private final I18n i18n;

    MatrixCell(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("eval-cell");
    }

    @Override
    protected void updateItem(EvalCell cell, boolean empty) {
        super.updateItem(cell, empty);
        getStyleClass().removeAll("eval-pass", "eval-fail", "eval-error", "eval-pending");
        if (empty) {
            setText(null);
            return;
        }
        if (cell == null) {
            setText("…");
            getStyleClass().add("eval-pending");
            return;
        }
        String change = cell.change() == EvalCell.Change.NEWLY_FAILING ? " ↓" : cell.change() == EvalCell.Change.NEWLY_PASSING ? " ↑" : "";
        setText(verdict(i18n, cell) + change);
        getStyleClass().add(styleOf(cell));
    }

    static String verdict(I18n i18n, EvalCell cell) {
        return switch (cell.status()) {
            case PASS -> "✓ " + i18n.text("evaluate.pass") + " " + i18n.number(cell.score(), 2, 2);
            case FAIL -> "✗ " + i18n.text("evaluate.fail") + " " + i18n.number(cell.score(), 2, 2);
            case ERROR -> "⚠ " + i18n.text("evaluate.error");
        };
    }

    static String styleOf(EvalCell cell) {
        return switch (cell.status()) {
            case PASS -> "eval-pass";
            case FAIL -> "eval-fail";
            case ERROR -> "eval-error";
        };
    }
}
