package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.testkit.TeamSaver;
import dev.playground.store.testkit.TeamStores;
import dev.playground.store.testkit.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one team store at the same moment, each in a process of its own, against a real PostgreSQL server. */
class TeamStoreConcurrencyTest {
    private static final int SAVES = 25;
    @TempDir Path dir;

    @Test
    void two_processes_saving_at_once_keep_every_version_with_distinct_numbers_and_alias_moves_chain() throws Exception {
        TeamStores stores = new TeamStores();
        TeamStore team = stores.address(dir);
        stores.open(dir).close(); // made and migrated once, so both children only open it

        List<Process> children = new ArrayList<>();
        for (String name : List.of("ana", "luis")) children.add(start(team, name));
        for (Process child : children) {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as(errors()).isEqualTo("ready");
        }
        for (Process child : children) {
            Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
            in.write("go\n");
            in.flush();
        }
        for (Process child : children) {
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the saver finished").isTrue();
            assertThat(child.exitValue()).as(errors()).isZero();
        }

        try (LocalStore store = stores.open(dir)) {
            List<PromptVersion> versions = store.prompts().versions("shared");
            assertThat(versions).extracting(PromptVersion::version)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 * SAVES).boxed().toList());
            Set<String> messages = new HashSet<>();
            versions.forEach(v -> messages.add(v.commitMessage()));
            for (String name : List.of("ana", "luis")) {
                for (int i = 1; i <= SAVES; i++) assertThat(messages).contains(name + "-" + i);
            }

            // Each move starts where the one before it left the alias: no two moves saw the same "from".
            List<AliasMove> moves = store.aliases().history("shared");
            assertThat(moves).hasSize(2 * SAVES);
            Integer previous = null;
            for (AliasMove move : moves) {
                assertThat(move.from()).isEqualTo(previous);
                assertThat(move.movedBy()).isIn("ana", "luis");
                assertThat(move.movedAt()).isNotNull();
                previous = move.to();
            }
            assertThat(store.aliases().resolve("shared", "live")).contains(previous);
        }
    }

    private Process start(TeamStore team, String name) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TeamSaver.class.getName(), team.url(), team.user(), name,
                Integer.toString(SAVES));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("errors.txt").toFile()));
        builder.environment().put(TeamStore.PASSWORD_VARIABLE, TestPostgres.require().password());
        return builder.start();
    }

    private String errors() throws Exception {
        Path file = dir.resolve("errors.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
