package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.InFlightCalls;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {
    private static final PlaygroundCommand ROOT = new PlaygroundCommand(Map.of(), System.in, new InFlightCalls());

    @Test
    void a_named_subcommand_is_the_only_one_built() {
        CommandLine tree = CommandTree.build(ROOT, new String[] {"--data-dir", "/tmp/x", "prompt", "list"});

        assertThat(tree.getSubcommands()).containsOnlyKeys("prompt");
        assertThat(tree.getSubcommands().get("prompt").getSubcommands()).containsKeys("list", "save", "show");
        assertThat(CommandTree.named(new String[] {"--data-dir=/tmp/x", "runs", "list"})).isEqualTo(RunsCommand.class);
        assertThat(CommandTree.named(new String[] {"render", "--help"})).isEqualTo(RenderCommand.class);
    }

    @Test
    void help_options_and_unknown_names_get_every_subcommand_in_order() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "run"}, {"promt", "list"}, {"--version"}, {"-x", "prompt"}}) {
            assertThat(CommandTree.named(args)).isNull();
            assertThat(CommandTree.build(ROOT, args).getSubcommands().keySet()).containsExactly("run", "connections", "mcp", "trace", "models", "runs", "render",
                    "prompt", "compare", "export", "import", "dataset", "eval", "index", "search", "store", "study", "guard", "monitor", "help");
        }
    }

    @Test
    void a_misspelt_name_is_still_suggested() {
        CliRun misspelt = CliRun.of(Map.of(), "promt", "list");

        assertThat(misspelt.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(misspelt.err()).contains("Did you mean: playground prompt");
    }
}
