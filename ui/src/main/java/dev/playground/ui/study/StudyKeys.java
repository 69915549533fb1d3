package dev.playground.ui.study;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The study window's keys: number keys 1-9 (top row or keypad) pick an option. */
final class StudyKeys {
    private StudyKeys() {}

    /** 1-9 for a number key without modifiers, 0 otherwise. */
    static int digit(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return 0;
        KeyCode code = e.getCode();
        if (code.ordinal() >= KeyCode.DIGIT1.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) return code.ordinal() - KeyCode.DIGIT1.ordinal() + 1;
        if (code.ordinal() >= KeyCode.NUMPAD1.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) return code.ordinal() - KeyCode.NUMPAD1.ordinal() + 1;
        return 0;
    }
}
