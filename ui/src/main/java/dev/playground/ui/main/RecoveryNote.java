package dev.playground.ui.main;

import dev.playground.ui.common.I18n;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which editors came back from drafts left by a session that did not close cleanly (the app was
 * killed, crashed or lost power). The window shows a note naming them until it is dismissed.
 */
public final class RecoveryNote {
    public static final String PLAYGROUND = "playground";
    public static final String COMPARE = "compare";
    public static final String DOCUMENTS = "documents";
    private static final List<String> ORDER = List.of(PLAYGROUND, COMPARE, DOCUMENTS);

    private final ObservableList<String> parts = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(parts);

    /** Called on the FX thread when an editor restored a draft left by a crash. */
    public void recovered(String part) {
        if (parts.contains(part)) return;
        parts.add(part);
        parts.sort(java.util.Comparator.comparingInt(ORDER::indexOf));
    }

    public void dismiss() {
        parts.clear();
    }

    /** Empty when there is nothing to tell. */
    public ObservableList<String> parts() {
        return readOnly;
    }

    /** The note in the interface's language. */
    public String text(I18n i18n) {
        List<String> named = parts.stream().map(part -> i18n.text("main.recovered." + part)).toList();
        return i18n.text("main.recovered", String.join(", ", named));
    }
}
