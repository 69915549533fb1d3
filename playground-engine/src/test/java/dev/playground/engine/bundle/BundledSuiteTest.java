package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BundledSuiteTest {
    @Test
    void only_files_in_a_bundles_suites_folder_are_suites() {
        assertThat(BundledSuite.nameOf("suites/capitals.suite.yaml")).isEqualTo("capitals");
        assertThat(BundledSuite.nameOf("team/suites/capitals.suite.yaml")).isEqualTo("capitals");
        assertThat(BundledSuite.nameOf("a/b/suites/capitals.suite.yaml")).isNull();
        assertThat(BundledSuite.nameOf("suites/nested/x.suite.yaml")).isNull();
        // A single file imported on its own has a short path; it is not a suite (this used to throw).
        assertThat(BundledSuite.nameOf("1.json")).isNull();
        assertThat(BundledSuite.nameOf("greeter.prompt.yaml")).isNull();
    }
}
