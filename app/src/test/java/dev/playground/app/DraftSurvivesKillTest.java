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
import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.model.Role;
import dev.playground.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: text is typed into the playground and into Compare (a row's expected answer), and the
 * window's process is killed (kill -9) as soon as both drafts are in the store; the next start shows
 * both with a note that they were recovered, and after a normal close the start after that shows no
 * note. How soon the drafts are written is the view models' tests' business (with a hand-moved
 * clock); here the test waits for the rows themselves, however slow the machine.
 */
class DraftSurvivesKillTest {
    private static final String TYPED = "Summarise {{ticket}} in two lines";
    private static final String EXPECTED = "Two short lines";

    @TempDir Path dir;

    @Test
    void typed_text_is_back_after_kill_9_with_a_recovered_note_and_a_clean_close_clears_the_note() throws Exception {
        Path data = dir.resolve("data");
        Process typing = start("type", data.toString(), TYPED, EXPECTED);
        List<String> typingOutput = new ArrayList<>();
        CompletableFuture<String> typed = readUntil(typing, "TYPED", typingOutput);
        assertThat(typed.get(120, TimeUnit.SECONDS)).as(() -> String.join("\n", typingOutput)).startsWith("TYPED");
        waitForDrafts(data);
        typing.destroyForcibly();
        assertThat(typing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Map<String, String> afterKill = look(data);
        assertThat(afterKill.get("EDITOR")).isEqualTo(TYPED);
        assertThat(afterKill.get("EXPECTED")).isEqualTo(EXPECTED);
        assertThat(afterKill.get("NOTE")).contains("did not close normally").contains("your prompt draft")
                .contains("the comparison you were setting up");

        Map<String, String> afterCleanClose = look(data);
        assertThat(afterCleanClose.get("EDITOR")).isEqualTo(TYPED);
        assertThat(afterCleanClose.get("EXPECTED")).isEqualTo(EXPECTED);
        assertThat(afterCleanClose.get("NOTE")).isEmpty();
    }

    /**
     * Reads the store beside the window (as the command line does) until both drafts hold the whole
     * text; the kill comes after that, so what is checked is that a written draft survives it.
     */
    private static void waitForDrafts(Path data) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (LocalStore store = LocalStore.open(data)) {
            while (true) {
                boolean playground = store.drafts().load("main").map(d -> d.document().template().textOf(Role.USER)).filter(TYPED::equals).isPresent();
                boolean compare = store.drafts().loadState("compare", JsonNode.class)
                        .map(state -> state.path("rows").path(0).path("expected").asText()).filter(EXPECTED::equals).isPresent();
                if (playground && compare) return;
                if (System.nanoTime() > deadline) throw new AssertionError("The drafts never reached the store (playground " + playground + ", compare " + compare + ")");
                Thread.sleep(50);
            }
        }
    }

    private Map<String, String> look(Path data) throws Exception {
        Process looking = start("look", data.toString());
        List<String> output = new ArrayList<>();
        CompletableFuture<String> closed = readUntil(looking, "CLOSED", output);
        closed.get(120, TimeUnit.SECONDS);
        assertThat(looking.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.stream().filter(l -> l.startsWith("EDITOR=") || l.startsWith("EXPECTED=") || l.startsWith("NOTE="))
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
