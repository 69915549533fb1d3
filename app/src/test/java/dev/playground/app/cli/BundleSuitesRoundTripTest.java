package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a bundle's suites (suites/NAME.suite.yaml) survive import and export unchanged, and are not read as prompts. */
class BundleSuitesRoundTripTest {
    @TempDir Path dir;

    private static final String SUITE = """
            formatVersion: 2
            suite: capitals
            # a comment stays too: the file is kept as written
            prompts: [geo]
            tests:
              - vars: {country: France}
                assert:
                  - type: icontains
                    value: paris
            """;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlaygroundCommand.execute(args, new PrintWriter(out), new PrintWriter(err), Map.of("PLAYGROUND_HOME", dir.resolve("data").toString()));
        assertThat(code).as(out + "\n" + err).isZero();
        return out.toString();
    }

    @Test
    void suites_are_kept_on_import_and_written_back_on_export() throws Exception {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle.resolve("prompts"));
        Files.createDirectories(bundle.resolve("suites"));
        Files.writeString(bundle.resolve("prompts/geo.prompt.yaml"), """
                formatVersion: 2
                name: geo
                versions:
                  - version: 1
                    author: tester
                    commitMessage: first
                    messages:
                      - role: user
                        content: What is the capital of {{ country }}?
                """, StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("suites/capitals.suite.yaml"), SUITE, StandardCharsets.UTF_8);

        String imported = run("import", bundle.toString());
        assertThat(imported).contains("read    suites/capitals.suite.yaml (suite)").contains("suite capitals: kept as written");
        assertThat(run("prompt", "list")).contains("geo").doesNotContain("capitals");

        String exported = run("export", "--out", dir.resolve("out").toString());
        assertThat(exported).contains("1 suite");
        assertThat(Files.readString(dir.resolve("out/suites/capitals.suite.yaml"), StandardCharsets.UTF_8)).isEqualTo(SUITE);
        assertThat(dir.resolve("out/prompts/geo.prompt.yaml")).exists();

        // Importing the export again keeps the same suite: nothing new to keep.
        assertThat(run("import", dir.resolve("out").toString())).contains("already stored").doesNotContain("suite capitals: kept");
    }
}
