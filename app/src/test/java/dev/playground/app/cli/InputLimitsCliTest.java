package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge, deep or out-of-range input ends with exit 2 and a message that names the value, never a crash or a hang. */
class InputLimitsCliTest {
    @TempDir Path dir;

    private CliRun run(String... args) {
        return CliRun.of(Map.of("PLAYGROUND_HOME", dir.resolve("data").toString()), args);
    }

    @Test
    void dev_zero_is_refused_by_size_before_it_is_read() {
        CliRun render = run("render", "/dev/zero");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.err()).contains("larger than 4 MiB");
    }

    @Test
    void a_deeply_nested_template_fails_with_line_and_column() throws Exception {
        Path file = Files.writeString(dir.resolve("deep.txt"), "{% if x %}".repeat(20_000) + "{% endif %}".repeat(20_000));
        CliRun render = run("render", file.toString(), "--var", "x=1");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.err()).contains("deeper than 64 levels").contains("line 1, column 641");
    }

    @Test
    void out_of_range_options_name_the_value_and_the_range() throws Exception {
        Path file = Files.writeString(dir.resolve("p.txt"), "Hi");
        CliRun nan = run("run", file.toString(), "--provider", "dry-run", "--temperature", "NaN");
        assertThat(nan.exitCode()).isEqualTo(2);
        assertThat(nan.err()).contains("temperature NaN is out of range").contains("from 0 to 2");
        CliRun negative = run("run", file.toString(), "--provider", "dry-run", "--max-tokens", "-5");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("max-tokens -5 is out of range");
        CliRun overflow = run("prompt", "alias", "p", "champion", "99999999999");
        assertThat(overflow.exitCode()).isEqualTo(2);
        assertThat(overflow.err()).contains("99999999999");
        Path hot = Files.writeString(dir.resolve("hot.prompt.yaml"), "model: {name: m, temperature: hot}\nmessages:\n  - role: user\n    content: hi\n");
        CliRun save = run("prompt", "save", hot.toString(), "--name", "hot", "-m", "m");
        assertThat(save.exitCode()).isEqualTo(2);
        assertThat(save.err()).contains("temperature: 'hot' is not a number");
    }

    @Test
    void an_unknown_filter_is_an_error() throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "Hello {{ name | shuot }}");
        CliRun render = run("render", file.toString(), "--var", "name=Ana");
        assertThat(render.exitCode()).isEqualTo(2);
        assertThat(render.err()).contains("unknown filter `shuot`").contains("line 1, column 17");
    }
}
