package dev.playground.engine.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
    @TempDir
    Path folder;

    @Test
    void reports_new_changed_and_nested_files_once_writes_settle() throws Exception {
        Path nested = Files.createDirectories(folder.resolve("notes"));
        LinkedBlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), Duration.ofMillis(200), reports::add)) {
            Files.writeString(folder.resolve("a.txt"), "one");
            Files.writeString(folder.resolve("a.txt"), "one, edited");
            Files.writeString(nested.resolve("b.md"), "# two");
            Set<Path> changed = reports.poll(10, TimeUnit.SECONDS);
            assertThat(changed).contains(folder.resolve("a.txt"), nested.resolve("b.md"));
        }
    }
}
