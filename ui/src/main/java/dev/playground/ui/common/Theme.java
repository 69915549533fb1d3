package dev.playground.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark themes: AtlantaFX Primer plus our colour tokens and component styles. */
public enum Theme {
    LIGHT, DARK;

    private static final String DARK_CLASS = "theme-dark";

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(
                Objects.requireNonNull(Theme.class.getResource("/dev/playground/ui/theme/tokens.css")).toExternalForm(),
                Objects.requireNonNull(Theme.class.getResource("/dev/playground/ui/theme/app.css")).toExternalForm());
        scene.getRoot().getStyleClass().remove(DARK_CLASS);
        if (this == DARK) scene.getRoot().getStyleClass().add(DARK_CLASS);
        scale(scene.getRoot(), fontScale());
    }

    /** The themes' base text size in pixels; every other size is relative to it (em). */
    static final double BASE_FONT_PX = 14;

    /**
     * Text size as a factor of the normal size: {@code -Dplayground.fontScale=1.5} (or {@code 150%}), else the
     * environment variable PLAYGROUND_FONT_SCALE; 1 when neither is set or the value does not read. Kept
     * between 0.75 and 3.
     */
    public static double fontScale() {
        double chosen = chosenScale;
        return Double.isNaN(chosen) ? environmentFontScale() : chosen;
    }

    /** The size the environment asks for (the property, else the variable), 1 when neither is set. */
    public static double environmentFontScale() {
        String value = System.getProperty("playground.fontScale");
        if (value == null || value.isBlank()) value = System.getenv("PLAYGROUND_FONT_SCALE");
        return parseScale(value);
    }

    /** The size chosen in Settings > Appearance; NaN when none was chosen. */
    private static volatile double chosenScale = Double.NaN;

    /**
     * Uses {@code factor} (from Settings > Appearance) instead of the environment's size, for the views built from now
     * on; NaN goes back to the environment's.
     */
    public static void useFontScale(double factor) {
        chosenScale = Double.isNaN(factor) ? Double.NaN : Math.max(0.75, Math.min(3, factor));
    }

    static double parseScale(String value) {
        if (value == null || value.isBlank()) return 1;
        String text = value.strip();
        boolean percent = text.endsWith("%");
        if (percent) text = text.substring(0, text.length() - 1).strip();
        try {
            double factor = Double.parseDouble(text.replace(',', '.'));
            if (percent) factor /= 100;
            return Double.isFinite(factor) ? Math.max(0.75, Math.min(3, factor)) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Sets a window's base text size; sizes given in em (all of ours) follow it. */
    public static void scale(javafx.scene.Parent root, double factor) {
        root.setStyle(factor == 1 ? "" : "-fx-font-size: " + String.format(java.util.Locale.ROOT, "%.1f", BASE_FONT_PX * factor) + "px;");
    }

    /**
     * Gives a dialog the owner window's look: its stylesheets (colour tokens and component styles) and the dark
     * theme's class. A dialog has a scene of its own and would otherwise miss both.
     */
    public static void adopt(javafx.scene.control.DialogPane pane, javafx.stage.Window owner) {
        if (owner == null || owner.getScene() == null) return;
        Scene scene = owner.getScene();
        pane.getStylesheets().setAll(scene.getStylesheets());
        for (String sheet : scene.getRoot().getStylesheets()) if (!pane.getStylesheets().contains(sheet)) pane.getStylesheets().add(sheet);
        pane.getStyleClass().remove(DARK_CLASS);
        if (scene.getRoot().getStyleClass().contains(DARK_CLASS)) pane.getStyleClass().add(DARK_CLASS);
        if (scene.getRoot().getStyle() != null && !scene.getRoot().getStyle().isBlank()) pane.setStyle(scene.getRoot().getStyle());
    }

    /** The theme {@code scene} shows (a dialog takes its owner's). */
    public static Theme of(Scene scene) {
        return scene != null && scene.getRoot() != null && scene.getRoot().getStyleClass().contains(DARK_CLASS) ? DARK : LIGHT;
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme parse(String value) {
        return "dark".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
