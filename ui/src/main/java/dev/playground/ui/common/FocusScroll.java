package dev.playground.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the focused control in sight: when Tab (or a click, or code) moves the focus to a control that a
 * scroll pane has scrolled out of view, every scroll pane around it scrolls just enough to show it.
 */
public final class FocusScroll {
    private static final double MARGIN = 8;

    private FocusScroll() {}

    /** Follows the focus in {@code scene} for as long as the scene lives. */
    public static void follow(Scene scene) {
        scene.focusOwnerProperty().addListener((obs, old, now) -> {
            if (now != null) reveal(now);
        });
    }

    /** Scrolls each scroll pane that holds {@code node} so that the node lies inside its viewport. */
    public static void reveal(Node node) {
        Node target = node;
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null && holds(scroll.getContent(), target)) {
                scrollTo(scroll, target);
                target = scroll;
            }
        }
    }

    private static boolean holds(Node content, Node node) {
        for (Node at = node; at != null; at = at.getParent()) if (at == content) return true;
        return false;
    }

    private static void scrollTo(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds viewport = scroll.getViewportBounds();
        Bounds whole = content.getLayoutBounds();
        Bounds shown = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        if (shown == null || viewport.getHeight() <= 0) return;
        double spareY = whole.getHeight() - viewport.getHeight();
        if (spareY > 0) {
            double top = scroll.getVvalue() / (scroll.getVmax() - scroll.getVmin()) * spareY;
            if (shown.getMinY() - MARGIN < top) top = shown.getMinY() - MARGIN;
            else if (shown.getMaxY() + MARGIN > top + viewport.getHeight()) top = shown.getMaxY() + MARGIN - viewport.getHeight();
            scroll.setVvalue(scroll.getVmin() + clamp(top / spareY) * (scroll.getVmax() - scroll.getVmin()));
        }
        double spareX = whole.getWidth() - viewport.getWidth();
        if (spareX > 0) {
            double left = scroll.getHvalue() / (scroll.getHmax() - scroll.getHmin()) * spareX;
            if (shown.getMinX() - MARGIN < left) left = shown.getMinX() - MARGIN;
            else if (shown.getMaxX() + MARGIN > left + viewport.getWidth()) left = shown.getMaxX() + MARGIN - viewport.getWidth();
            scroll.setHvalue(scroll.getHmin() + clamp(left / spareX) * (scroll.getHmax() - scroll.getHmin()));
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
