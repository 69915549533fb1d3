package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.store.PromptSummary;
import dev.playground.store.PromptVersion;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground prompt …}: the saved prompts, in the same store as the window. */
@Command(name = "prompt", mixinStandardHelpOptions = true, description = "Save, list, show, alias and compare prompt versions; their suite scores and judge agreement.",
        subcommands = {PromptCommand.Save.class, PromptCommand.ListPrompts.class, PromptShowCommand.class, PromptAliasCommand.class,
                PromptDiffCommand.class, PromptScoresCommand.class, PromptAgreementCommand.class})
final class PromptCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static PlaygroundCommand root(CommandSpec spec) {
        return (PlaygroundCommand) spec.root().userObject();
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Save FILE as the next version of prompt NAME.")
    static final class Save implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Prompt file.")
        Path file;

        @Option(names = {"--name", "-n"}, required = true, paramLabel = "NAME", description = "Prompt name: letters (any language), digits, _ . - (not starting with .)")
        String name;

        @Option(names = {"-m", "--message"}, required = true, paramLabel = "MESSAGE", description = "What changed in this version.")
        String message;

        @Override
        public Integer call() {
            PromptDocument document = PromptFileDocuments.read(file);
            PromptVersion saved = root(spec).context().store().prompts().saveVersion(name, document, message, AppContext.author());
            spec.commandLine().getOut().println("Saved " + saved.promptName() + " version " + saved.version() + ".");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved prompts with their latest version.")
    static final class ListPrompts implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            var prompts = root(spec).context().store().prompts().listPrompts();
            var out = spec.commandLine().getOut();
            if (prompts.isEmpty()) {
                out.println("No saved prompts. Save one with: playground prompt save FILE --name NAME -m MESSAGE");
                return 0;
            }
            out.printf("%-40s %8s  %s%n", "NAME", "VERSION", "UPDATED (UTC)");
            for (PromptSummary prompt : prompts) {
                out.printf("%-40s %8d  %s%n", prompt.name(), prompt.latestVersion(), WHEN.format(prompt.updatedAt()));
            }
            return 0;
        }
    }
}
