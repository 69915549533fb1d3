package dev.playground.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three command-line processes save into one store at once: every save succeeds with its own number. */
class ConcurrentWritersTest {
    private static final int WRITERS = 3;
    private static final int SAVES = 20;

    @TempDir Path dir;

    @Test
    void three_processes_saving_twenty_versions_each_lose_nothing() throws Exception {
        Path data = dir.resolve("data");
        List<Process> children = new ArrayList<>();
        for (int w = 1; w <= WRITERS; w++) children.add(ChildJvm.start(dir.resolve("writer-" + w + ".err"), SaveLoop.class, data.toString(), "w" + w, String.valueOf(SAVES)));
        List<String> lines = new ArrayList<>();
        for (Process child : children) {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            lines.addAll(output.lines().toList());
        }
        assertThat(lines).filteredOn(l -> l.startsWith("ok ")).as(String.join("\n", lines)).hasSize(WRITERS * SAVES);

        try (LocalStore store = LocalStore.open(data)) {
            List<PromptVersion> versions = store.prompts().versions("shared");
            assertThat(versions).extracting(PromptVersion::version)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS * SAVES).boxed().toList());
            Set<String> messages = new HashSet<>();
            for (PromptVersion version : versions) {
                String[] writerAndSave = version.commitMessage().split("-");
                assertThat(version.document().template().toString())
                        .contains(SaveLoop.text(writerAndSave[0], Integer.parseInt(writerAndSave[1])));
                messages.add(version.commitMessage());
            }
            assertThat(messages).hasSize(WRITERS * SAVES);
        }
    }
}
