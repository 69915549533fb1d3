package dev.playground.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.bundle.BundleFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteYamlTest {
    @TempDir Path dir;

    private static final String SUITE = """
            formatVersion: 2
            suite: support
            description: Refund answers
            prompts: [support@champion, {ref: support/3, label: candidate}]
            providers:
              - connection: local
                model: small
                config: {temperature: 0}
              - openai:chat:gpt-4o-mini
            parameters:
              - {temperature: 0}
              - {temperature: 0.7}
            dataset: refunds/2
            assert:
              - type: icontains
                value: refund
                weight: 2
                metric: mentions-refund
              - type: not-contains
                value: sorry
            threshold: 0.8
            judge: {connection: local, model: judge}
            repeat: 3
            concurrency: 2
            """;

    @Test
    void a_suite_round_trips_through_its_file() throws Exception {
        Path file = Files.writeString(dir.resolve("support.suite.yaml"), SUITE, StandardCharsets.UTF_8);
        Suite suite = SuiteFiles.load(file);
        assertThat(suite.name()).isEqualTo("support");
        assertThat(suite.prompts()).extracting(SuitePrompt::ref).containsExactly("support@champion", "support/3");
        assertThat(suite.prompts().get(1).label()).isEqualTo("candidate");
        assertThat(suite.providers()).hasSize(2);
        assertThat(suite.providers().get(0).connection()).isEqualTo("local");
        assertThat(suite.providers().get(0).settings().temperature()).isEqualTo(0.0);
        assertThat(suite.providers().get(1).model()).isEqualTo("gpt-4o-mini");
        assertThat(suite.parameters()).hasSize(2);
        assertThat(suite.dataset()).isEqualTo("refunds/2");
        assertThat(suite.asserts()).extracting(SuiteAssertion::code).containsExactly("icontains", "not-contains");
        assertThat(suite.asserts().get(0).weight()).isEqualTo(2.0);
        assertThat(suite.threshold()).isEqualTo(0.8);
        assertThat(suite.repeat()).isEqualTo(3);

        String written = new SuiteYaml().write(suite);
        Path again = Files.writeString(dir.resolve("again.suite.yaml"), written, StandardCharsets.UTF_8);
        Suite reread = SuiteFiles.load(again);
        assertThat(new SuiteYaml().write(reread)).isEqualTo(written);
        assertThat(reread.asserts()).isEqualTo(suite.asserts());
        assertThat(reread.providers()).extracting(SuiteProvider::label).isEqualTo(suite.providers().stream().map(SuiteProvider::label).toList());
    }

    @Test
    void rows_written_in_the_suite_and_a_bundle_folder_are_found() throws Exception {
        Files.createDirectories(dir.resolve("b/suites"));
        Files.createDirectories(dir.resolve("b/prompts"));
        Files.writeString(dir.resolve("b/suites/one.suite.yaml"), """
                suite: one
                prompts: [p]
                tests:
                  - vars: {q: hi}
                    assert: [{type: contains, value: hello}]
                """);
        Suite suite = SuiteFiles.load(dir.resolve("b"));
        assertThat(suite.rows()).hasSize(1);
        assertThat(suite.rows().getFirst().assertions()).hasSize(1);
        assertThat(SuiteFiles.bundleOf(dir.resolve("b/suites/one.suite.yaml"))).isEqualTo(dir.resolve("b").toAbsolutePath());
        Files.writeString(dir.resolve("b/suites/two.suite.yaml"), "suite: two\n");
        assertThatThrownBy(() -> SuiteFiles.load(dir.resolve("b"))).isInstanceOf(BundleFileException.class)
                .hasMessageContaining("holds 2 suites");
    }

    @Test
    void a_newer_format_and_a_file_that_is_no_suite_are_refused() throws Exception {
        Path newer = Files.writeString(dir.resolve("n.yaml"), SUITE.replace("formatVersion: 2", "formatVersion: 9"));
        assertThatThrownBy(() -> SuiteFiles.load(newer)).hasMessageContaining("formatVersion 9");
        Path other = Files.writeString(dir.resolve("o.yaml"), "name: x\n");
        assertThatThrownBy(() -> SuiteFiles.load(other)).hasMessageContaining("neither a suite");
    }
}
