package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.app.StoreLocation;
import dev.playground.store.LocalStore;
import dev.playground.store.StoreMigration;
import dev.playground.store.TeamStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground store migrate | use | password}: the team store on a PostgreSQL server (decision 0095). */
final class TeamStoreCommands {
    private TeamStoreCommands() {}

    static TeamStore address(CommandSpec spec, String location) {
        PlaygroundCommand root = PromptCommand.root(spec);
        Path dataDir = root.context().dataDir();
        Map<String, String> environment = root.environment();
        if (!TeamStore.isServerAddress(location)) {
            throw new BadInputException("\"" + TeamStore.mask(location) + "\" is not a team store's address: give "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE (add ?user=NAME if your server user is not " + AppContext.author() + ").");
        }
        TeamStore bare = TeamStore.of(location, environment, AppContext.author(), Optional.empty());
        if (!bare.password().isEmpty()) return bare;
        return TeamStore.of(location, environment, AppContext.author(), StoreLocation.keychain(dataDir).get(bare.keychainName()));
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = "Copy a personal store (prompts with versions, tags, aliases and their history, datasets, comparisons, the run "
                    + "log, drafts, settings, study progress, suite runs) into a team store. Running it again adds nothing. Exit 0 when "
                    + "everything is there, 1 when some records differ from the team store's and were left as the team store has them.")
    static final class Migrate implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--from", paramLabel = "DIR", description = "The data folder of the personal store (default: this data folder).")
        Path from;

        @Option(names = "--to", required = true, paramLabel = "LOCATION", description = "The team store: jdbc:postgresql://HOST[:PORT]/DATABASE.")
        String to;

        @Override
        public Integer call() {
            PlaygroundCommand root = PromptCommand.root(spec);
            Path source = from == null ? root.context().dataDir() : from.toAbsolutePath();
            if (!Files.exists(source.resolve(LocalStore.DATABASE_NAME + ".mv.db"))) {
                throw new BadInputException("There is no store in " + source + ": give --from the data folder that holds "
                        + LocalStore.DATABASE_NAME + ".mv.db.");
            }
            TeamStore team = address(spec, to);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            out.println("Copying the store in " + source + " into the team store at " + team.display() + ".");
            StoreMigration.Summary summary;
            try (LocalStore personal = LocalStore.open(source); LocalStore shared = LocalStore.openTeam(root.context().dataDir(), team)) {
                summary = StoreMigration.copy(personal, shared, (kind, rows) -> {
                    err.println("  " + kind + ": " + rows + " looked at");
                    err.flush();
                });
            }
            for (StoreMigration.Kind kind : summary.kinds()) {
                if (kind.copied() == 0 && kind.alreadyThere() == 0 && kind.conflicts().isEmpty()) continue; // none in either store
                out.printf("%-24s %s copied, %s already there%s%n", kind.label() + ":", kind.copied(), kind.alreadyThere(),
                        kind.conflicts().isEmpty() ? "" : ", " + kind.conflicts().size() + " kept as the team store has them");
            }
            out.println("Done: " + records(summary.copied()) + " copied, " + records(summary.alreadyThere())
                    + " already in the team store.");
            if (summary.conflicts().isEmpty()) return 0;
            out.println("These differ from what the team store already has under the same name, and were left as the team store has them:");
            summary.conflicts().forEach(c -> out.println("  " + c));
            return ExitCodes.FAILED;
        }

        private static String records(int n) {
            return n == 1 ? "1 record" : n + " records";
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true,
            description = "Make this data folder use a team store from now on (the window and every command), or 'local' for the "
                    + "store in the data folder. The address is kept in <data dir>/store-location without any password.")
    static final class Use implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOCATION", description = "jdbc:postgresql://HOST[:PORT]/DATABASE, or local.")
        String location;

        @Override
        public Integer call() throws IOException {
            Path dataDir = PromptCommand.root(spec).context().dataDir();
            PrintWriter out = spec.commandLine().getOut();
            if (location.strip().equalsIgnoreCase(StoreLocation.LOCAL)) {
                StoreLocation.use(dataDir, null);
                out.println("This data folder uses its own store again (" + dataDir + ").");
                return 0;
            }
            TeamStore team = address(spec, location);
            try (LocalStore opened = LocalStore.openTeam(dataDir, team)) {
                StoreLocation.use(dataDir, team);
                out.println("This data folder now uses the team store at " + team.display() + " as " + team.user() + ".");
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Keep a team store's password in the OS keychain (or the encrypted secrets file when there is none), read "
                    + "from standard input: e.g. printenv PGPASSWORD | playground store password jdbc:postgresql://db/team")
    static final class Password implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "LOCATION", description = "The team store (default: the one this data folder uses).")
        String location;

        @Override
        public Integer call() throws IOException {
            PlaygroundCommand root = PromptCommand.root(spec);
            Path dataDir = root.context().dataDir();
            String chosen = location != null ? location : StoreLocation.setting(dataDir).orElseThrow(() ->
                    new BadInputException("Name the team store: playground store password jdbc:postgresql://HOST/DATABASE"));
            TeamStore team = TeamStore.of(address(spec, chosen).url(), Map.of(), AppContext.author(), Optional.empty());
            String password = new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new BadInputException("No password came on standard input: pipe it in, e.g. printenv PGPASSWORD | playground store password");
            }
            StoreLocation.keychain(dataDir).put(team.keychainName(), password);
            spec.commandLine().getOut().println("Kept the password for " + team.user() + " at " + team.display() + " in "
                    + StoreLocation.keychain(dataDir).description() + ".");
            return 0;
        }
    }
}
