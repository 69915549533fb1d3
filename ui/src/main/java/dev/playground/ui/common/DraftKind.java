package dev.playground.ui.common;

import java.util.Locale;

/**
 * The editors whose unsaved work is kept as a draft in the store, in the order the recovery note
 * names them. A new editor adds a constant here (with its {@code main.recovered.*} text in English
 * and Spanish) and keeps its state through an {@link EditorDraft}.
 */
public enum DraftKind {
    /** The playground's prompt draft (kept as a document, see the playground's own draft). */
    PLAYGROUND("main"),
    /** The comparison being set up: columns, rows, models, parameters, metrics and judges. */
    COMPARE("compare"),
    /** The chosen collection and its settings form before Apply. */
    DOCUMENTS("documents"),
    /** The suite editor (issue 13). */
    SUITE("suite"),
    /** The dataset grid's rows not yet saved as a version (issue 13). */
    DATASET("dataset");

    private final String id;

    DraftKind(String id) {
        this.id = id;
    }

    /** The draft's key in the store. */
    public String id() {
        return id;
    }

    /** The words for this editor in the recovery note ("the comparison you were setting up"). */
    public String noteKey() {
        return "main.recovered." + name().toLowerCase(Locale.ROOT);
    }
}
