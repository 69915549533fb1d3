package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry from the command line, end to end: the "must show" sequence. */
class RegistryCliTest {
    @TempDir Path dir;

    private CliRun run(Path data, String... args) {
        return CliRun.of(Map.of("PLAYGROUND_HOME", data.toString()), args);
    }

    @Test
    void save_two_versions_alias_the_first_diff_export_and_import_into_an_empty_store() throws Exception {
        Path team = dir.resolve("team");
        Path v1 = Files.writeString(dir.resolve("tutor.txt"), "Explain {{topic}}.\nKeep it short.", StandardCharsets.UTF_8);
        assertThat(run(team, "prompt", "save", v1.toString(), "--name", "exam.tutor", "-m", "first").out()).contains("version 1");
        Path v2 = Files.writeString(dir.resolve("tutor.txt"), "Explain {{topic}}.\nUse one example.", StandardCharsets.UTF_8);
        assertThat(run(team, "prompt", "save", v2.toString(), "--name", "exam.tutor", "-m", "add an example").out()).contains("version 2");

        CliRun alias = run(team, "prompt", "alias", "exam.tutor", "champion", "1");
        assertThat(alias.exitCode()).isZero();
        assertThat(alias.out()).contains("exam.tutor@champion now points at version 1.");

        CliRun diff = run(team, "prompt", "diff", "exam.tutor", "champion", "2");
        assertThat(diff.out()).isEqualTo("""
                --- exam.tutor/1
                +++ exam.tutor/2
                @@ message 1 (user) @@
                  Explain {{topic}}.
                - Keep it short.
                + Use one example.
                """);

        CliRun show = run(team, "prompt", "show", "exam.tutor@champion");
        assertThat(show.out()).contains("exam.tutor version 1 of 2").contains("aliases:  champion").contains("Keep it short.");

        Path bundle = dir.resolve("repo/prompts-bundle");
        CliRun export = run(team, "export", "--out", bundle.toString(), "exam.tutor");
        assertThat(export.exitCode()).as(export.err()).isZero();
        String yaml = Files.readString(bundle.resolve("prompts/exam.tutor.prompt.yaml"));
        assertThat(yaml).startsWith("formatVersion: 2\nname: exam.tutor\naliases:\n  champion: 1\n")
                .contains("content: |-\n          Explain {{topic}}.\n          Keep it short.");

        Path empty = dir.resolve("mine");
        CliRun preview = run(empty, "import", "--dry-run", bundle.toString());
        assertThat(preview.out()).contains("Would change:").contains("exam.tutor: alias champion set to version 1");
        CliRun imported = run(empty, "import", bundle.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("exam.tutor: version 2 in the file becomes version 2");

        try (LocalStore store = LocalStore.open(empty)) {
            assertThat(store.aliases().aliases("exam.tutor")).containsExactly(Map.entry("champion", 1));
            assertThat(store.prompts().versions("exam.tutor")).extracting(PromptVersion::commitMessage).containsExactly("first", "add an example");
        }
        assertThat(run(empty, "prompt", "show", "exam.tutor@champion").out()).contains("Keep it short.");
        assertThat(run(empty, "import", bundle.toString()).out()).contains("already stored as version 1");
    }

    @Test
    void prompty_v1_and_v2_promptfoo_and_mlflow_files_import() throws Exception {
        Path data = dir.resolve("data");
        Path v1 = Files.writeString(dir.resolve("support.prompty"), """
                ---
                name: support-answer
                tags: [support]
                model:
                  api: chat
                  configuration:
                    type: openai
                    name: gpt-4o-mini
                  parameters:
                    temperature: 0.1
                sample:
                  question: Where is my order?
                ---
                system:
                Answer from the help centre.

                user:
                {{question}}
                """);
        Path v2 = Files.writeString(dir.resolve("weather.prompty"), """
                ---
                name: weather
                model:
                  id: gpt-4o-mini
                  provider: openai
                  options:
                    maxOutputTokens: 120
                inputs:
                  - name: city
                    kind: string
                    default: Lima
                ---
                user:
                Weather in {{city}}?
                """);
        Path promptfoo = dir.resolve("pf");
        Files.createDirectories(promptfoo);
        Files.writeString(promptfoo.resolve("promptfooconfig.yaml"), """
                prompts:
                  - id: 'Summarize {{text}} in one line'
                    label: one-line-summary
                providers:
                  - openai:gpt-4.1-mini
                tests:
                  - description: short
                    vars:
                      text: The meeting moved to Friday.
                    assert:
                      - type: icontains
                        value: friday
                """);
        Path mlflow = Files.writeString(dir.resolve("prompt.json"), """
                {"system": {"mlflow_version": "2.22.0"},
                 "mlflow": {"prompt": {"name": "qa", "version": 2, "template": "Answer: {{question}}",
                   "tags": {"team": "docs"}, "user_id": "ana", "commit_message": "v2", "uri": "prompts:/qa/2"}}}
                """);

        for (Path file : new Path[] {v1, v2, promptfoo.resolve("promptfooconfig.yaml"), mlflow}) {
            CliRun imported = run(data, "import", file.toString());
            assertThat(imported.exitCode()).as(file + ": " + imported.out() + imported.err()).isZero();
        }
        CliRun list = run(data, "prompt", "list");
        assertThat(list.out()).contains("support-answer").contains("weather").contains("one-line-summary").contains("qa");
        assertThat(run(data, "prompt", "show", "weather").out()).contains("max_tokens=120").contains("Weather in {{city}}?");
        assertThat(run(data, "prompt", "show", "one-line-summary").out()).contains("test inputs: short");
        assertThat(run(data, "prompt", "show", "qa").out()).contains("saved:").contains("by ana").contains("version tags: team=docs");
    }

    @Test
    void a_zip_with_an_escaping_entry_imports_the_rest_unless_all_or_nothing_is_asked() throws Exception {
        Path team = dir.resolve("team");
        Path file = Files.writeString(dir.resolve("p.txt"), "Hi {{name}}");
        run(team, "prompt", "save", file.toString(), "--name", "hello", "-m", "m");
        Path bundle = dir.resolve("b");
        run(team, "export", "--out", bundle.toString());
        Path zip = dir.resolve("evil.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("prompts/hello.prompt.yaml"));
            z.write(Files.readAllBytes(bundle.resolve("prompts/hello.prompt.yaml")));
            z.putNextEntry(new ZipEntry("../../outside.prompt.yaml"));
            z.write("formatVersion: 1".getBytes(StandardCharsets.UTF_8));
        }
        Path empty = dir.resolve("empty");
        CliRun whole = run(empty, "import", zip.toString(), "--all-or-nothing");
        assertThat(whole.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(whole.out()).contains("REFUSED ../../outside.prompt.yaml").contains("leads outside the bundle folder");
        assertThat(whole.err()).contains("nothing was imported");
        assertThat(run(empty, "prompt", "list").out()).contains("No saved prompts");

        CliRun partial = run(empty, "import", zip.toString());
        assertThat(partial.exitCode()).as("some files were refused").isEqualTo(ExitCodes.FAILED);
        assertThat(partial.err()).contains("1 file(s) were refused").contains("the others were imported");
        assertThat(run(empty, "prompt", "list").out()).contains("hello");
        assertThat(run(empty, "import", bundle.toString()).exitCode()).as("all files imported").isZero();
    }

    @Test
    void bad_references_say_what_to_do() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("p.txt"), "Hi");
        run(data, "prompt", "save", file.toString(), "--name", "hello", "-m", "m");
        CliRun missingAlias = run(data, "prompt", "show", "hello@production");
        assertThat(missingAlias.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(missingAlias.err()).contains("has no alias 'production'");
        assertThat(run(data, "prompt", "alias", "hello", "champion", "4").err()).contains("has no version 4");
        assertThat(run(data, "prompt", "show", "nope").err()).contains("There is no prompt named 'nope'");
    }
}
