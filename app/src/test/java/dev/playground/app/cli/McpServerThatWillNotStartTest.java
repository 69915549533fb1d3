package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.app.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing cryptic: an MCP server whose command does not exist gets one plain sentence on standard error, not the
 * MCP client's and Reactor's stack traces. In a child JVM, because the logging set-up is the real one only there.
 */
class McpServerThatWillNotStartTest {
    @TempDir
    Path dir;

    @Test
    void a_missing_command_is_named_in_plain_words_with_no_stack_trace() throws Exception {
        String missing = dir.resolve("no-such-program").toString();
        assertThat(cli("mcp", "add", "broken", "--command", missing).exitCode).isZero();

        Result tools = cli("mcp", "tools", "broken");

        assertThat(tools.exitCode).isEqualTo(1);
        assertThat(tools.err).contains("The MCP server 'broken' cannot start: the program").contains(missing);
        assertThat(tools.err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("reactor");
    }

    private record Result(int exitCode, String err) {}

    private Result cli(String... args) throws Exception {
        Path errors = Files.createTempFile(dir, "stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        return new Result(process.exitValue(), Files.readString(errors, StandardCharsets.UTF_8));
    }
}
