package dev.playground.app.cli;

import dev.playground.engine.diff.DocumentDiff;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground prompt diff NAME V1 V2}: what changed between two versions, messages and settings. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two versions of NAME. V1 and V2 are version numbers or aliases.")
final class PromptDiffCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "V1")
    String left;

    @Parameters(index = "2", paramLabel = "V2")
    String right;

    @Override
    public Integer call() {
        LocalStore store = PromptCommand.root(spec).context().store();
        PromptVersion a = resolve(store, left);
        PromptVersion b = resolve(store, right);
        spec.commandLine().getOut().print(DocumentDiff.between(a.document(), b.document())
                .unified(name + "/" + a.version(), name + "/" + b.version()));
        return 0;
    }

    private PromptVersion resolve(LocalStore store, String which) {
        return PromptRef.parse(which.matches("\\d+") ? name + "/" + which : name + "@" + which).resolve(store);
    }
}
