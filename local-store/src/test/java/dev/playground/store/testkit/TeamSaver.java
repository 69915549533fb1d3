package dev.playground.store.testkit;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.LocalStore;
import dev.playground.store.TeamStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A second person on the team store, in a process of its own: opens the store, prints "ready", waits for "go" on
 * standard input, then saves {@code count} versions of one prompt and after each points the alias "live" at the version
 * it just saved, signed with its name. The password comes from PLAYGROUND_STORE_PASSWORD, never the command line.
 */
public final class TeamSaver {
    private TeamSaver() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String name = args[2];
        int count = Integer.parseInt(args[3]);
        TeamStore team = TeamStore.of(url, System.getenv(), user, java.util.Optional.empty());
        Path data = Files.createTempDirectory("team-saver");
        try (LocalStore store = LocalStore.openTeam(data, team);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            System.out.flush();
            if (!"go".equals(in.readLine())) throw new IllegalStateException("expected go");
            for (int i = 1; i <= count; i++) {
                PromptDocument document = new PromptDocument(PromptTemplate.systemAndUser("", name + " says " + i),
                        "dry-run", "m", dev.playground.engine.model.ModelSettings.of(0.1, 16), Map.of());
                int version = store.prompts().saveVersion("shared", document, name + "-" + i, name).version();
                store.aliases().set("shared", "live", version, name);
            }
            System.out.println("done");
        }
    }
}
