package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir Path dir;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
    }

    @Test
    void prints_each_message_with_its_role_and_tokens_then_the_total() throws Exception {
        Path prompty = Files.writeString(dir.resolve("tutor.prompty"), """
                ---
                name: tutor
                model:
                  id: gpt-4o-mini
                inputs:
                  - name: idioma
                    default: español
                ---
                system:
                Responde en {{ idioma }}.

                user:
                Explica {{ tema }}.
                """);

        CliRun run = CliRun.of(env, "render", prompty.toString(), "--var", "tema=la recursión");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("── system · ").contains("Responde en español.").contains("── user · ").contains("Explica la recursión.")
                .contains("(gpt-4o-mini, o200k_base)").doesNotContain("estimate");
    }

    @Test
    void json_has_messages_per_message_tokens_and_the_total_with_values_from_a_file() throws Exception {
        Path prompt = Files.writeString(dir.resolve("shots.txt"),
                "{% for ex in examples %}{{ ex.q }} => {{ ex.a }}\n{% endfor %}{{ user.name }} asks: {{ question }}");
        Path values = Files.writeString(dir.resolve("values.json"),
                "{\"examples\": [{\"q\": \"2+2\", \"a\": \"4\"}], \"user\": {\"name\": \"Ana\"}, \"question\": \"from file\"}");

        CliRun run = CliRun.of(env, "render", prompt.toString(), "--vars", values.toString(), "--var", "question=¿3+3?", "--json",
                "--model", "llama3.1:8b");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(json.path("messages").get(0).path("content").asText()).isEqualTo("2+2 => 4\nAna asks: ¿3+3?");
        int tokens = json.path("messages").get(0).path("tokens").asInt();
        assertThat(tokens).isPositive();
        assertThat(json.path("totalTokens").asInt()).isEqualTo(tokens);
        assertThat(json.path("estimate").asBoolean()).isTrue();
    }

    @Test
    void a_template_error_exits_2_and_names_line_and_column() throws Exception {
        Path prompt = Files.writeString(dir.resolve("broken.txt"), "Hola\nExplica {{tema en una frase.");

        CliRun run = CliRun.of(env, "render", prompt.toString(), "--var", "tema=x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unclosed `{{` at line 2, column 9").contains("close the variable with `}}`");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missing_variables_and_bad_values_files_exit_2_with_what_to_do() throws Exception {
        Path prompt = Files.writeString(dir.resolve("ask.txt"), "{{ a }} and {{ b }}");
        Path notJson = Files.writeString(dir.resolve("v.json"), "[1, 2]");

        CliRun missing = CliRun.of(env, "render", prompt.toString(), "--var", "a=1");
        CliRun badValues = CliRun.of(env, "render", prompt.toString(), "--vars", notJson.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing value for variable b").contains("--var NAME=VALUE");
        assertThat(badValues.exitCode()).isEqualTo(2);
        assertThat(badValues.err()).contains("must hold one JSON object");
    }
}
