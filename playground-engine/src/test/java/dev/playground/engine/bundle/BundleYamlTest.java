package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleYamlTest {
    private final BundleYaml bundle = new BundleYaml();
    private final SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);

    private BundledPrompt readBack(String text, List<String> warnings) throws Exception {
        return bundle.read(yaml.readYaml(text.getBytes(StandardCharsets.UTF_8), "tutor.prompt.yaml"), "tutor.prompt.yaml", warnings);
    }

    @Test
    void a_prompt_survives_writing_and_reading_unchanged() throws Exception {
        BundledPrompt prompt = BundleSamples.tutorPrompt();
        List<String> warnings = new ArrayList<>();
        assertThat(readBack(bundle.write(prompt), warnings)).isEqualTo(prompt);
        assertThat(warnings).isEmpty();
    }

    @Test
    void the_file_is_readable_and_diffs_line_by_line() {
        String text = bundle.write(BundleSamples.tutorPrompt());
        assertThat(text).startsWith("formatVersion: 2\nname: exam.tutor\ntags:\n  - exam\n  - rag\naliases:\n  challenger: 2\n  champion: 1\nversions:\n");
        assertThat(text).contains("        content: |\n          Eres un tutor paciente.\n          Responde en {{language}}.\n");
        assertThat(text).contains("        content: |-\n          Explica {{topic}}\n");
        assertThat(text).contains("      responseFormat: |-\n        {\n          \"type\": \"object\"\n        }\n");
        assertThat(text.indexOf("commitMessage")).isLessThan(text.indexOf("messages:"));
        assertThat(text.indexOf("judge:")).isGreaterThan(text.indexOf("retrieval:"));
        assertThat(bundle.write(BundleSamples.tutorPrompt())).as("stable output").isEqualTo(text);
    }

    @Test
    void unknown_version_fields_are_kept_and_unknown_top_level_fields_reported() throws Exception {
        String text = bundle.write(BundleSamples.tutorPrompt()).replace("versions:\n", "owner: team-a\nversions:\n")
                .replace("    commitMessage: first\n", "    commitMessage: first\n    reviewedBy: marta\n");
        List<String> warnings = new ArrayList<>();
        BundledPrompt read = readBack(text, warnings);
        assertThat(read.versions().getFirst().extras()).containsEntry("reviewedBy", "marta");
        assertThat(warnings).containsExactly("unknown top-level field 'owner' was not imported");
        assertThat(bundle.write(read)).contains("    reviewedBy: marta\n");
    }

    @Test
    void a_newer_or_missing_format_version_is_refused_with_what_to_do() {
        String text = bundle.write(BundleSamples.tutorPrompt());
        assertThatThrownBy(() -> readBack(text.replace("formatVersion: 2", "formatVersion: 3"), new ArrayList<>()))
                .hasMessageContaining("formatVersion 3").hasMessageContaining("Update the app");
        assertThatThrownBy(() -> readBack(text.replace("formatVersion: 2\n", ""), new ArrayList<>()))
                .hasMessageContaining("has no formatVersion");
        assertThatThrownBy(() -> readBack(text.replace("champion: 1", "champion: 9"), new ArrayList<>()))
                .hasMessageContaining("alias 'champion' points at version 9");
    }

    @Test
    void secrets_never_reach_a_bundle() throws Exception {
        BundledPrompt prompt = BundleSamples.tutorPrompt();
        BundledVersion leaky = prompt.versions().getFirst().withExtras(java.util.Map.of("provider",
                java.util.Map.of("apiKey", "abc123secretvalue", "apiKeyEnv", "OPENAI_API_KEY", "note", "key sk-abcdefghijklmnop1234")));
        String text = bundle.write(new BundledPrompt(prompt.name(), prompt.tags(), prompt.aliases(), List.of(leaky, prompt.versions().get(1))));
        assertThat(text).doesNotContain("abc123secretvalue").doesNotContain("sk-abcdefghijklmnop1234").contains("apiKeyEnv: OPENAI_API_KEY");

        String handWritten = bundle.write(prompt).replace("    commitMessage: first\n", "    commitMessage: first\n    token: ghp_realtoken\n");
        List<String> warnings = new ArrayList<>();
        assertThat(readBack(handWritten, warnings).versions().getFirst().extras()).doesNotContainKey("token");
        assertThat(warnings).containsExactly("version 1: 'token' looks like a secret and was not imported");
    }

    @Test
    void yaml_bombs_deep_nesting_and_oversized_files_are_refused() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                """;
        assertThatThrownBy(() -> yaml.readYaml(bomb.getBytes(StandardCharsets.UTF_8), "bomb.prompt.yaml"))
                .hasMessageContaining("uses a YAML alias (*a)");
        String deep = "x: " + "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> yaml.readYaml(deep.getBytes(StandardCharsets.UTF_8), "deep.prompt.yaml"))
                .hasMessageContaining("deep.prompt.yaml is not valid YAML");
        SafeYaml small = new SafeYaml(new ImportLimits(1024, 4096, 10, 64));
        assertThatThrownBy(() -> small.readYaml(("x: " + "y".repeat(2000)).getBytes(StandardCharsets.UTF_8), "big.prompt.yaml"))
                .hasMessageContaining("files over 1 KiB are not imported");
    }
}
