package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowClassesTest {
    @Test
    void loads_the_javafx_classes_without_starting_the_toolkit() throws Exception {
        int loaded = WindowClasses.load();

        // javafx-controls alone has over a thousand classes; none of them may have been initialised.
        assertThat(loaded).isGreaterThan(1000);
        assertThat(Class.forName("javafx.scene.control.Button", false, getClass().getClassLoader())).isNotNull();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("JavaFX Application Thread"));
    }
}
