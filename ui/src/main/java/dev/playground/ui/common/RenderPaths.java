package dev.playground.ui.common;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.concurrent.locks.Lock;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of the render paths JavaFX keeps from frames painted before a view was replaced (decision record 0083).
 *
 * <p>JavaFX's painter keeps one render path per dirty region in a static array and empties each after painting
 * it, but not when the region was empty: that path stays until a later frame has as many dirty regions again. It
 * holds the render nodes of the frame it came from, and through rich text (a text flow's runs point back at their
 * text nodes) the whole view that frame showed. After a language switch that is the previous generation of views,
 * kept alive for as long as no busy frame comes (seen in {@code LanguageSwitchLeakTest}; JavaFX 21, and the same
 * code is still in JavaFX's main branch).
 *
 * <p>Two frames after a view is replaced every frame that showed the old view has been painted (the toolkit
 * waits for a frame's painting before it updates the render nodes for the next), so the paths are dropped then,
 * under the painter's own lock. Only the JavaFX of the class path can be reached this way; if its internals differ
 * or are closed (JavaFX on the module path), nothing is done and the old views go when JavaFX next paints a busy
 * frame.
 */
public final class RenderPaths {
    private static final Logger LOG = LoggerFactory.getLogger(RenderPaths.class);
    private static final int FRAMES = 2;

    private RenderPaths() {}

    /** On the FX thread, right after {@code scene} got a new root. */
    public static void releaseAfterNextFrames(Scene scene) {
        Runnable[] listener = new Runnable[1];
        int[] frames = {0};
        listener[0] = () -> {
            if (++frames[0] < FRAMES) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            release();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Drops every kept render path; each frame makes the ones it needs again. */
    static boolean release() {
        try {
            Class<?> painter = Class.forName("com.sun.javafx.tk.quantum.ViewPainter");
            Field pathsField = painter.getDeclaredField("ROOT_PATHS");
            Field lockField = painter.getDeclaredField("renderLock");
            pathsField.setAccessible(true);
            lockField.setAccessible(true);
            Lock lock = (Lock) lockField.get(null);
            lock.lock();
            try {
                Object paths = pathsField.get(null);
                for (int i = 0; i < Array.getLength(paths); i++) Array.set(paths, i, null);
            } finally {
                lock.unlock();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("JavaFX's render paths could not be released: {}", e.toString());
            return false;
        }
    }
}
