package dev.playground.engine.archfixture;

/**
 * A deliberate rule breaker in an engine package (test sources of app, where JavaFX is on the class path), to
 * prove the JavaFX rule really fails. Never used by the app.
 */
public final class EngineClassThatUsesJavaFx {
    public javafx.beans.property.StringProperty name = new javafx.beans.property.SimpleStringProperty();
}
