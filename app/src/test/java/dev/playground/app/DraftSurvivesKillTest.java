package dev.playground.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the window's process is killed (kill -9) a little over two seconds after the last
 * keystroke; the next start shows what was typed with a note that it was recovered, and after a
 * normal close the start after that shows no note.
 */
class DraftSurvivesKillTest {
    private static final String TYPED = "Summarise {{ticket}} in two lines";

    @TempDir Path dir;

    @Test
    void typed_text_is_back_after_kill_9_with_a_recovered_note_and_a_clean_close_clears_the_note() throws Exception {
        Path data = dir.resolve("data");
        Process typing = start("type", data.toString(), TYPED);
        List<String> typingOutput = new ArrayList<>();
        CompletableFuture<String> typed = readUntil(typing, "TYPED", typingOutput);
        assertThat(typed.get(120, TimeUnit.SECONDS)).as(() -> String.join("\n", typingOutput)).startsWith("TYPED");
        // The promise under test: on disk within two seconds of the last keystroke. Waiting is the test.
        Thread.sleep(2_300);
        typing.destroyForcibly();
        assertThat(typing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Map<String, String> afterKill = look(data);
        assertThat(afterKill.get("EDITOR")).isEqualTo(TYPED);
        assertThat(afterKill.get("NOTE")).contains("did not close normally").contains("your prompt draft");

        Map<String, String> afterCleanClose = look(data);
        assertThat(afterCleanClose.get("EDITOR")).isEqualTo(TYPED);
        assertThat(afterCleanClose.get("NOTE")).isEmpty();
    }

    private Map<String, String> look(Path data) throws Exception {
        Process looking = start("look", data.toString());
        List<String> output = new ArrayList<>();
        CompletableFuture<String> closed = readUntil(looking, "CLOSED", output);
        closed.get(120, TimeUnit.SECONDS);
        assertThat(looking.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.stream().filter(l -> l.startsWith("EDITOR=") || l.startsWith("NOTE="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtestfx.headless=true", "-Dtestfx.robot=glass", "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US",
                "-Duser.home=" + dir, "-Djava.io.tmpdir=" + dir, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), WindowProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output on a thread of its own; completes with the first line starting with {@code marker}. */
    private static CompletableFuture<String> readUntil(Process process, String marker, List<String> lines) {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith(marker)) found.complete(line);
                }
                found.completeExceptionally(new AssertionError("The window process ended without " + marker + ":\n" + String.join("\n", lines)));
            } catch (Exception e) {
                found.completeExceptionally(e);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return found;
    }
}
