package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The language switch relies on reaching JavaFX's kept render paths (decision record 0083). A JavaFX upgrade
 * that renames or closes them fails here, before old views start to linger after a switch.
 */
class RenderPathsTest {
    @Test
    void the_painter_of_this_javafx_can_let_go_of_its_render_paths() {
        assertThat(RenderPaths.release()).isTrue();
    }
}
