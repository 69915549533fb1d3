package dev.playground.ui.compare;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The default scroll pane skin caches its viewport as a bitmap, which makes scrolling cheap but
 * re-renders the whole bitmap whenever anything inside changes. A compare grid changes on every
 * frame while it streams, so its scroll panes render straight to the screen instead: a frame then
 * repaints only the cells that changed, not the whole grid.
 */
final class Viewports {
    private Viewports() {}

    static void renderUncached(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> uncache(pane));
        uncache(pane);
    }

    private static void uncache(ScrollPane pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) child.setCache(false);
        }
    }
}
