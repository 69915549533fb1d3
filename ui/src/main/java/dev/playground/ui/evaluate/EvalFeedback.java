package dev.playground.ui.evaluate;

import dev.playground.engine.compare.AgreementMatrix;
import dev.playground.engine.compare.CellFeedback;
import dev.playground.engine.compare.CellKey;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Thumbs and ratings given in the Evaluate view, in Compare's feedback model ({@link CellFeedback}), and how the
 * judge's verdicts agree with them ({@link AgreementMatrix}: Cohen's kappa and the confusion matrix): over this run's
 * cells, all judges together, and per judge over every kept call of the prompt (the view model keeps each thumb and
 * rating with the cell's call in the store). FX thread only.
 */
public final class EvalFeedback {
    private final ObservableMap<CellKey, CellFeedback> given = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<AgreementMatrix> agreement = new ReadOnlyObjectWrapper<>(this, "agreement", AgreementMatrix.of(List.of()));
    private final ReadOnlyObjectWrapper<java.util.Map<String, AgreementMatrix>> perJudge = new ReadOnlyObjectWrapper<>(this, "perJudge", java.util.Map.of());

    static CellKey key(int row, int variant) {
        return new CellKey("v" + variant, "r" + row);
    }

    public CellFeedback of(int row, int variant) {
        return given.getOrDefault(key(row, variant), CellFeedback.empty(key(row, variant)));
    }

    /** Thumbs up or down on a cell; the same thumb again takes it back. */
    public void thumb(int row, int variant, CellFeedback.Thumb thumb, List<EvalCell> cells) {
        CellFeedback now = of(row, variant);
        put(now.withThumb(now.thumb() == thumb ? CellFeedback.Thumb.NONE : thumb), cells);
    }

    /** A 1–5 rating on a cell (null takes it back). */
    public void rate(int row, int variant, Integer rating, List<EvalCell> cells) {
        put(of(row, variant).withRating(rating), cells);
    }

    /** A new run: its cells are other answers, so earlier feedback no longer applies. */
    public void clear() {
        given.clear();
        agreement.set(AgreementMatrix.of(List.of()));
    }

    private void put(CellFeedback feedback, List<EvalCell> cells) {
        if (feedback.isEmpty()) given.remove(feedback.cell());
        else given.put(feedback.cell(), feedback);
        recount(cells);
    }

    /** Judge verdict against the person's, over the cells that have both. */
    public void recount(List<EvalCell> cells) {
        List<AgreementMatrix.Pair> pairs = new ArrayList<>();
        for (EvalCell cell : cells) {
            Boolean judge = cell.judgeVerdict();
            CellFeedback feedback = given.get(key(cell.row(), cell.variant()));
            Boolean person = feedback == null ? null : feedback.approves();
            if (judge != null && person != null) pairs.add(new AgreementMatrix.Pair(judge, person));
        }
        agreement.set(AgreementMatrix.of(pairs));
    }

    /** Each judge's agreement with people over the prompt's kept calls (from the store). */
    void showPerJudge(java.util.Map<String, AgreementMatrix> matrices) {
        perJudge.set(java.util.Map.copyOf(matrices));
    }

    public ObservableMap<CellKey, CellFeedback> given() { return given; }
    /** Judge name → its matrix, judges in name order when read through {@link java.util.TreeMap}. */
    public ReadOnlyObjectProperty<java.util.Map<String, AgreementMatrix>> perJudgeProperty() { return perJudge.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AgreementMatrix> agreementProperty() { return agreement.getReadOnlyProperty(); }
}
