package dev.playground.ui.editor;

import java.util.List;
import java.util.function.Supplier;
import org.fxmisc.richtext.CodeArea;

/** Find and replace in the message being edited (find wraps around); "replace all" covers every message. */
final class FindReplace {
    private final Supplier<CodeArea> current;
    private final Supplier<List<CodeArea>> all;

    FindReplace(Supplier<CodeArea> current, Supplier<List<CodeArea>> all) {
        this.current = current;
        this.all = all;
    }

    /** Selects the next match after the caret (wrapping); false when there is none. */
    boolean findNext(String needle) {
        CodeArea area = current.get();
        if (area == null || needle.isEmpty()) return false;
        String text = area.getText();
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        int at = text.indexOf(needle, from);
        if (at < 0) at = text.indexOf(needle);
        if (at < 0) return false;
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    /** Replaces the current selection if it is a match (one undo step). */
    void replace(String needle, String replacement) {
        CodeArea area = current.get();
        if (area == null || needle.isEmpty() || !area.getSelectedText().equals(needle)) return;
        area.replaceSelection(replacement);
    }

    /** Replaces every match in every message; returns how many. */
    int replaceAll(String needle, String replacement) {
        if (needle.isEmpty()) return 0;
        int count = 0;
        for (CodeArea area : all.get()) {
            String text = area.getText();
            int matches = 0;
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) matches++;
            if (matches > 0) {
                area.replaceText(text.replace(needle, replacement));
                count += matches;
            }
        }
        return count;
    }
}
