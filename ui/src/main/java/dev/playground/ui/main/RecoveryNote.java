package dev.playground.ui.main;

import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.I18n;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which editors came back from drafts left by a session that did not close cleanly (the app was
 * killed, crashed or lost power). The window shows a note naming them until it is dismissed (the
 * restored work stays) or discarded (the editors go back to how they start and the drafts are removed).
 */
public final class RecoveryNote {
    private final ObservableList<DraftKind> parts = FXCollections.observableArrayList();
    private final ObservableList<DraftKind> readOnly = FXCollections.unmodifiableObservableList(parts);

    /** Called on the FX thread when an editor restored a draft left by a crash. */
    public void recovered(DraftKind part) {
        if (parts.contains(part)) return;
        parts.add(part);
        parts.sort(Comparator.naturalOrder());
    }

    public void dismiss() {
        parts.clear();
    }

    /** Empty when there is nothing to tell. */
    public ObservableList<DraftKind> parts() {
        return readOnly;
    }

    /** The note in the interface's language. */
    public String text(I18n i18n) {
        if (parts.isEmpty()) return "";
        List<String> named = parts.stream().map(part -> i18n.text(part.noteKey())).toList();
        return i18n.text("main.recovered", String.join(", ", named));
    }
}
