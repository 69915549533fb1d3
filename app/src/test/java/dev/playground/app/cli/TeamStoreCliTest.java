package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.LocalStore;
import dev.playground.store.TeamStore;
import dev.playground.store.testkit.EveryRecordKind;
import dev.playground.store.testkit.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team store from the command line, against a real PostgreSQL server: --store, store migrate, store use. */
class TeamStoreCliTest {
    @TempDir Path dir;

    @Test
    void store_migrate_copies_a_personal_store_once_and_says_what_it_did() {
        TestPostgres server = TestPostgres.require();
        String url = server.newDatabase() + "?user=" + TestPostgres.USER;
        Path personal = dir.resolve("personal");
        try (LocalStore store = LocalStore.open(personal)) {
            EveryRecordKind.fill(store);
        }
        Map<String, String> env = Map.of(TeamStore.PASSWORD_VARIABLE, server.password());

        CliRun first = CliRun.of(env, "--data-dir", dir.resolve("me").toString(), "store", "migrate", "--from", personal.toString(), "--to", url);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("prompt versions:", "3 copied", "run-log entries:", "Done:").doesNotContain(server.password());
        assertThat(first.err()).contains("prompt versions: 3 looked at");

        CliRun second = CliRun.of(env, "--data-dir", dir.resolve("me").toString(), "store", "migrate", "--from", personal.toString(), "--to", url);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Done: 0 records copied");

        CliRun list = CliRun.of(env, "--data-dir", dir.resolve("me").toString(), "--store", url, "prompt", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("tutor");
    }

    @Test
    void store_use_keeps_the_address_without_the_password_and_every_command_then_uses_the_team_store() throws Exception {
        TestPostgres server = TestPostgres.require();
        String url = server.newDatabase() + "?user=" + TestPostgres.USER;
        Path me = dir.resolve("me");
        Map<String, String> env = Map.of(TeamStore.PASSWORD_VARIABLE, server.password());

        CliRun use = CliRun.of(env, "--data-dir", me.toString(), "store", "use", url + "&password=" + server.password());
        assertThat(use.exitCode()).as(use.err()).isZero();
        assertThat(use.out()).contains("now uses the team store").doesNotContain(server.password());
        String kept = Files.readString(me.resolve("store-location"), StandardCharsets.UTF_8);
        assertThat(kept).contains("jdbc:postgresql://").doesNotContain(server.password()).doesNotContain("password");

        Path file = Files.writeString(dir.resolve("p.txt"), "Hola {{nombre}}", StandardCharsets.UTF_8);
        CliRun save = CliRun.of(env, "--data-dir", me.toString(), "prompt", "save", file.toString(), "--name", "saludo", "-m", "first");
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(me.resolve(LocalStore.DATABASE_NAME + ".mv.db")).doesNotExist();

        CliRun check = CliRun.of(env, "--data-dir", me.toString(), "store", "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("uses the team store at jdbc:postgresql://", "can be used").doesNotContain(server.password());

        CliRun local = CliRun.of(env, "--data-dir", me.toString(), "--store", "local", "prompt", "list");
        assertThat(local.exitCode()).as(local.err()).isZero();
        assertThat(local.out()).doesNotContain("saludo");
    }

    @Test
    void a_wrong_password_is_said_in_plain_words_without_the_password() {
        TestPostgres server = TestPostgres.require();
        String url = server.newDatabase() + "?user=" + TestPostgres.USER;
        CliRun run = CliRun.of(Map.of(TeamStore.PASSWORD_VARIABLE, "not-the-password"), "--data-dir", dir.resolve("me").toString(),
                "--store", url, "prompt", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.STORE_UNAVAILABLE);
        assertThat(run.err()).contains("refused the user name or password", "PLAYGROUND_STORE_PASSWORD").doesNotContain("not-the-password");
    }

    @Test
    void a_store_location_that_is_not_a_server_address_is_bad_input() {
        CliRun run = CliRun.of(Map.of(), "--data-dir", dir.resolve("me").toString(), "--store", "mysql://x/y", "prompt", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("jdbc:postgresql://HOST[:PORT]/DATABASE");
    }
}
