package dev.playground.ui.editor;

import dev.playground.ui.common.I18n;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcut sheet (F1 or Ctrl+/ on every tab): every shortcut the window has. */
public final class ShortcutSheet {
    /** Key text (same in every language) and the bundle key of what it does. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Ctrl+Enter", "editor.keys.run"},
            new String[] {"Ctrl+.", "editor.keys.stop"},
            new String[] {"Ctrl+S", "editor.keys.save"},
            new String[] {"Ctrl+N", "editor.keys.new"},
            new String[] {"Ctrl+F", "editor.keys.find"},
            new String[] {"Ctrl+,", "settings.keys.open"},
            new String[] {"Ctrl+Z / Ctrl+Y", "editor.keys.undo"},
            new String[] {"Alt+↑ / Alt+↓", "editor.keys.move"},
            new String[] {"{{  {%  {#", "editor.keys.brackets"},
            new String[] {"Ctrl+Tab / Ctrl+Shift+Tab", "main.keys.tabs"},
            new String[] {"Ctrl+1 … Ctrl+9", "main.keys.tabNumber"},
            new String[] {"Enter", "library.keys.open"},
            new String[] {"Esc", "main.keys.escape"},
            new String[] {"F1 / Ctrl+/", "editor.keys.help"});

    private ShortcutSheet() {}

    public static void show(Window owner, I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcut-sheet");
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label keys = new Label(SHORTCUTS.get(row)[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row, keys, new Label(i18n.text(SHORTCUTS.get(row)[1])));
        }
        Alert sheet = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        sheet.initOwner(owner);
        dev.playground.ui.common.Theme.adopt(sheet.getDialogPane(), owner);
        sheet.setTitle(i18n.text("editor.shortcuts"));
        sheet.setHeaderText(i18n.text("editor.shortcuts"));
        sheet.getDialogPane().setContent(grid);
        sheet.getDialogPane().setId("shortcut-sheet");
        sheet.show();
    }
}
