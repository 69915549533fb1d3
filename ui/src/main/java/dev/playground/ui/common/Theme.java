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
    }

    public Theme toggled() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme parse(String value) {
        return "dark".equalsIgnoreCase(value) ? DARK : LIGHT;
    }
}
