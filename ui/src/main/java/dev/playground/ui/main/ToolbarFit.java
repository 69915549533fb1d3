package dev.playground.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToolBar;

/**
 * Keeps every toolbar action in sight in a narrow window: when the toolbar is narrower than its items with
 * their words, the buttons show only their icons (their words stay as tooltip and screen-reader name) and
 * the title and the word "Language" step aside. What still does not fit goes to the toolbar's own overflow
 * menu (») rather than off the edge.
 */
final class ToolbarFit {
    /** Room kept for the open prompt's name. */
    private static final double NAME_ROOM = 90;

    private final ToolBar toolbar;
    private final List<Labeled> iconButtons;
    private final List<Node> optional;
    private final Node flexible;
    private double fullWidth;
    private boolean compact;

    /**
     * @param iconButtons buttons that keep their icon (and tooltip) when their words go
     * @param optional    items that step aside in a narrow window
     * @param flexible    the item that takes what is left (the prompt name), not counted
     */
    ToolbarFit(ToolBar toolbar, List<Labeled> iconButtons, List<Node> optional, Node flexible) {
        this.toolbar = toolbar;
        this.iconButtons = iconButtons;
        this.optional = optional;
        this.flexible = flexible;
        for (Labeled button : iconButtons) {
            if (button.getAccessibleText() == null || button.getAccessibleText().isBlank()) button.accessibleTextProperty().bind(button.textProperty());
        }
        toolbar.widthProperty().addListener((obs, old, now) -> fit());
    }

    boolean compact() {
        return compact;
    }

    /** Measures the items with their words (only while they show them) and picks the form that fits. */
    void fit() {
        double width = toolbar.getWidth();
        if (width <= 0) return;
        if (!compact) fullWidth = itemsWidth();
        boolean wanted = width < fullWidth;
        if (wanted == compact) return;
        compact = wanted;
        for (Labeled button : iconButtons) button.setContentDisplay(compact ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        for (Node node : optional) {
            node.setVisible(!compact);
            node.setManaged(!compact);
        }
    }

    private double itemsWidth() {
        double sum = toolbar.getInsets().getLeft() + toolbar.getInsets().getRight() + NAME_ROOM;
        for (Node item : toolbar.getItems()) {
            if (item == flexible || !item.isManaged()) continue;
            sum += Math.max(item.prefWidth(-1), item.minWidth(-1)) + 8;
        }
        return sum;
    }
}
