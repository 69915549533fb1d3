package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCommandTest {
    private static final String KEY = "sk-never-stored-0123456789abcdef";

    @TempDir Path dir;

    @Test
    void saved_versions_are_listed_and_visible_to_the_window_store() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("tutor.txt"), "Explain {{topic}}", StandardCharsets.UTF_8);

        CliRun first = CliRun.of(Map.of(), "--data-dir", data.toString(), "prompt", "save", file.toString(), "--name", "tutor", "-m", "first");
        CliRun second = CliRun.of(Map.of(), "prompt", "save", file.toString(), "--name", "tutor", "-m", "second", "--data-dir", data.toString());
        CliRun list = CliRun.of(Map.of("PLAYGROUND_HOME", data.toString()), "prompt", "list");

        assertThat(first.out()).contains("Saved tutor version 1.");
        assertThat(second.out()).contains("Saved tutor version 2.");
        assertThat(list.out()).contains("tutor").containsPattern("tutor\\s+2");
        try (LocalStore store = LocalStore.open(data)) {
            assertThat(store.prompts().versions("tutor")).hasSize(2);
        }
    }

    @Test
    void a_bad_name_exits_2_with_the_rule() throws Exception {
        Path file = Files.writeString(dir.resolve("p.txt"), "x");
        CliRun run = CliRun.of(Map.of("PLAYGROUND_HOME", dir.resolve("data").toString()), "prompt", "save", file.toString(), "--name", "bad name", "-m", "m");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("letters (any language), digits");
    }

    @Test
    void no_api_key_is_written_into_the_data_folder() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> env = Map.of("PLAYGROUND_HOME", data.toString(), "OPENAI_API_KEY", KEY);
        Path file = Files.writeString(dir.resolve("p.txt"), "Say hi", StandardCharsets.UTF_8);
        try (OpenAiWireServer server = OpenAiWireServer.start()) {
            assertThat(CliRun.of(env, "run", file.toString(), "--base-url", server.baseUrl(), "--model", "m").exitCode()).isZero();
            assertThat(server.lastRequest().authorization()).contains(KEY);
        }
        assertThat(CliRun.of(env, "prompt", "save", file.toString(), "--name", "hi", "-m", "m").exitCode()).isZero();

        try (Stream<Path> files = Files.walk(data)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
                assertThat(content).as(path.toString()).doesNotContain(KEY).doesNotContain(KEY.substring(3, 20));
            }
        }
    }
}
