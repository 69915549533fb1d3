package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.store.AliasMove;
import dev.playground.store.LocalStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground prompt alias NAME ALIAS VERSION}: point an alias at a version (the move is recorded). */
@Command(name = "alias", mixinStandardHelpOptions = true,
        description = "Point ALIAS (champion, challenger, production, or your own) of prompt NAME at VERSION; --remove takes it away.")
final class PromptAliasCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ALIAS")
    String alias;

    @Parameters(index = "2", paramLabel = "VERSION", arity = "0..1")
    Integer version;

    @Option(names = "--remove", description = "Remove the alias instead of moving it.")
    boolean remove;

    @Override
    public Integer call() {
        LocalStore store = PromptCommand.root(spec).context().store();
        var out = spec.commandLine().getOut();
        try {
            if (remove) {
                var removed = store.aliases().remove(name, alias, AppContext.author());
                out.println(removed.isPresent() ? "Removed " + name + "@" + alias + " (was version " + removed.get().from() + ")."
                        : name + " has no alias " + alias + "; nothing changed.");
                return 0;
            }
            if (version == null) throw new BadInputException("Give the VERSION the alias should point at, e.g. prompt alias " + name + " " + alias + " 2");
            AliasMove move = store.aliases().set(name, alias, version, AppContext.author());
            out.println(move.from() == null ? name + "@" + alias + " now points at version " + version + "."
                    : move.from().equals(version) ? name + "@" + alias + " already points at version " + version + "."
                    : name + "@" + alias + " moved from version " + move.from() + " to version " + version + ".");
            return 0;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
