package dev.playground.app.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the picocli tree for one invocation. Picocli inspects and instantiates every command it is handed, some
 * 180 classes and most of a command's start-up time; when the arguments name a subcommand (after nothing but
 * {@code --data-dir} or {@code --store}), only that subcommand is added. Anything else (help, an unknown or misspelt name, no
 * subcommand) gets the whole tree, so usage, suggestions and errors read as before.
 */
final class CommandTree {
    private CommandTree() {}

    static CommandLine build(PlaygroundCommand root, String[] args) {
        CommandLine commandLine = new CommandLine(root);
        Class<?> only = named(args);
        for (Class<?> subcommand : PlaygroundCommand.SUBCOMMANDS) {
            if (only == null || only == subcommand) commandLine.addSubcommand(subcommand);
        }
        return commandLine;
    }

    /** The subcommand the arguments name, or null when the whole tree is needed. */
    static Class<?> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") || arg.equals("--store")) {
                i++;
                continue;
            }
            if (arg.startsWith("--data-dir=") || arg.startsWith("--store=")) continue;
            if (arg.startsWith("-")) return null;
            for (Class<?> subcommand : PlaygroundCommand.SUBCOMMANDS) {
                if (subcommand == CommandLine.HelpCommand.class) continue;
                Command command = subcommand.getAnnotation(Command.class);
                if (command.name().equals(arg) || List.of(command.aliases()).contains(arg)) return subcommand;
            }
            return null;
        }
        return null;
    }
}
