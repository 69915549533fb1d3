package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingTest {
    @TempDir Path dir;

    @Test
    void the_training_evaluation_passes_against_its_loopback_model_with_and_without_the_cache() throws Exception {
        assertThat(StartupTraining.evaluate(dir, dir.resolve("data").toString())).isTrue();
    }
}
