package dev.playground.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window keeps the store open while the command line, in another process, writes to it. */
class SharedStoreAcrossProcessesTest {
    @TempDir Path dir;

    @Test
    void a_second_process_saves_while_the_first_holds_the_store_open() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("p.txt"), "Hola {{nombre}}", StandardCharsets.UTF_8);
        try (LocalStore window = LocalStore.open(data)) {
            window.prompts().saveVersion("saludo", PromptDocument.of(PromptTemplate.systemAndUser("", "from the window")), "window", "ana");

            Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", data.toString(), "prompt", "save", file.toString(), "--name", "saludo", "-m", "from the cli")
                    .redirectErrorStream(true).start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(output).isZero();
            assertThat(output).contains("Saved saludo version 2.");

            List<PromptVersion> versions = window.prompts().versions("saludo");
            assertThat(versions).extracting(PromptVersion::commitMessage).containsExactly("window", "from the cli");
        }
    }
}
