package dev.playground.app.cli;

import dev.playground.store.StoreHealth;
import dev.playground.store.StoreMaintenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground store …}: check, repair, back up and restore the store as a whole. Exit 3 when it cannot be used. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Check, repair, back up and restore the local store; move it to a team store and choose which store to use.",
        subcommands = {StoreCommand.Check.class, StoreCommand.Repair.class, StoreCommand.Backup.class, StoreCommand.Restore.class,
                TeamStoreCommands.Migrate.class, TeamStoreCommands.Use.class, TeamStoreCommands.Password.class})
final class StoreCommand {
    static StoreMaintenance maintenance(CommandSpec spec) {
        return new StoreMaintenance(PromptCommand.root(spec).context().dataDir());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Say what state the store is in, without changing it. Exit 0 when it can be used, 3 when not.")
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PlaygroundCommand root = PromptCommand.root(spec);
            var team = dev.playground.app.StoreLocation.team(root.store, root.context().dataDir(), root.environment());
            if (team.isPresent()) {
                // A team store: opening it reaches the server, signs in and brings its tables up to date, or says why not (exit 3).
                root.context().store();
                out.println("This data folder uses the team store at " + team.get().display() + " as " + team.get().user() + ".");
                out.println("The team store can be used. (Back it up with the server's tools, e.g. pg_dump; "
                        + "`store check --store local` checks this folder's own store.)");
                return 0;
            }
            StoreHealth health = maintenance(spec).check();
            health.findings().forEach(out::println);
            out.println(health.usable() ? "The store can be used." : "The store cannot be used as it is. Run: playground store repair");
            return health.usable() ? 0 : ExitCodes.STORE_UNAVAILABLE;
        }
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = "Make the store open again: undo an interrupted upgrade, recover what a damaged file holds, "
                    + "or put back the newest backup. Replaced files are kept in the backups folder.")
    static final class Repair implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return print(spec, maintenance(spec).repair());
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Copy the store into a zip file (it may stay in use meanwhile).")
    static final class Backup implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the copy (default: a new file in <data dir>/backups).")
        Path out;

        @Override
        public Integer call() {
            Path written = maintenance(spec).backup(out);
            spec.commandLine().getOut().println("Backed up the store to " + written + ".");
            spec.commandLine().getOut().println("Restore it with: playground store restore " + written);
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put a backup in place of the store (close the window and other commands first). "
                    + "Without FILE, the newest backup in <data dir>/backups. The current store is kept in the backups folder.")
    static final class Restore implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A zip written by `store backup` or a daily backup.")
        Path file;

        @Override
        public Integer call() {
            try {
                return print(spec, maintenance(spec).restore(file));
            } catch (IOException e) {
                throw new BadInputException("Cannot restore: " + e.getMessage() + ".");
            }
        }
    }

    private static int print(CommandSpec spec, StoreMaintenance.Outcome outcome) {
        outcome.lines().forEach(spec.commandLine().getOut()::println);
        return outcome.repaired() ? 0 : ExitCodes.STORE_UNAVAILABLE;
    }
}
