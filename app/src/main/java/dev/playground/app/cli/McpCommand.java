package dev.playground.app.cli;

import dev.playground.engine.mcp.McpResponder;
import dev.playground.engine.mcp.McpServerConfig;
import dev.playground.engine.mcp.McpServers;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.provider.SecretResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code playground mcp add|list|tools|remove}: MCP servers whose tools a prompt can call ({@code run --mcp NAME}). */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Manage MCP servers: a local command (standard input/output) or a URL (streamable HTTP) whose tools run and compare offer with --mcp NAME.",
        subcommands = {McpCommand.Add.class, McpCommand.ListServers.class, McpCommand.Tools.class, McpCommand.Remove.class})
final class McpCommand {
    @Spec CommandSpec spec;

    PlaygroundCommand root() {
        return (PlaygroundCommand) spec.root().userObject();
    }

    McpServers servers() {
        return root().context().store().mcpServers();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save an MCP server. Header values (tokens) are read from standard "
            + "input as 'Name: value' lines and go to the system keychain (or the encrypted key file), never to the store.")
    static final class Add implements Callable<Integer> {
        @ParentCommand McpCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "The server's name, as --mcp NAME uses it.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        static final class Where {
            @Option(names = "--command", paramLabel = "COMMAND",
                    description = "The command line that starts the server (spoken to over standard input/output), e.g. \"npx -y @modelcontextprotocol/server-everything\".")
            String command;

            @Option(names = "--url", paramLabel = "URL", description = "The server's streamable HTTP endpoint, e.g. https://mcp.example.com/mcp.")
            String url;
        }

        @Option(names = "--headers-stdin", description = "Read HTTP headers as 'Name: value' lines from standard input (values are kept in the keychain).")
        boolean headersStdin;

        @Override
        public Integer call() throws IOException {
            Map<String, String> headers = headersStdin ? readHeaders() : Map.of();
            McpServerConfig config = where.command != null
                    ? McpServerConfig.stdio(name, words(where.command))
                    : McpServerConfig.http(name, where.url, new ArrayList<>(headers.keySet()));
            if (where.command != null && !headers.isEmpty()) throw new BadInputException(ToolLines.current().text("mcp.headersForUrl"));
            List<String> problems = config.problems();
            if (!problems.isEmpty()) throw new BadInputException(String.join(" ", problems));
            SecretResolver secrets = parent.root().context().gateway().secrets();
            headers.forEach((header, value) -> secrets.storeSecret(config.secretAccount(header), value));
            parent.servers().save(config);
            parent.spec.commandLine().getOut().println(ToolLines.current().text("mcp.saved", config.name(), config.transport().word(), config.where(),
                    headers.size()));
            return 0;
        }

        private Map<String, String> readHeaders() throws IOException {
            String text = new String(parent.root().stdin().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.split("\\R")) {
                if (line.isBlank()) continue;
                int colon = line.indexOf(':');
                if (colon <= 0) throw new BadInputException(ToolLines.current().text("mcp.headerLine"));
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            if (headers.isEmpty()) throw new BadInputException(ToolLines.current().text("mcp.headersEmpty"));
            return headers;
        }
    }

    /** A command line split into words; "double quotes" keep spaces together. */
    static List<String> words(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : commandLine.strip().toCharArray()) {
            if (c == '"') quoted = !quoted;
            else if (Character.isWhitespace(c) && !quoted) {
                if (!word.isEmpty()) words.add(word.toString());
                word.setLength(0);
            } else word.append(c);
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved MCP servers.")
    static final class ListServers implements Callable<Integer> {
        @ParentCommand McpCommand parent;

        @Override
        public Integer call() {
            PrintWriter out = parent.spec.commandLine().getOut();
            List<McpServerConfig> all = parent.servers().all();
            ToolLines words = ToolLines.current();
            if (all.isEmpty()) out.println(words.text("mcp.none"));
            for (McpServerConfig server : all) {
                out.println(server.name() + "  " + server.transport().word() + "  " + server.where()
                        + (server.headerNames().isEmpty() ? "" : "  " + words.text("mcp.headers", String.join(", ", server.headerNames()))));
            }
            return 0;
        }
    }

    @Command(name = "tools", mixinStandardHelpOptions = true, description = "Connect to an MCP server and list its tools with their parameters.")
    static final class Tools implements Callable<Integer> {
        @ParentCommand McpCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "The saved MCP server.")
        String name;

        @Override
        public Integer call() {
            ToolOptions options = new ToolOptions();
            options.mcp = List.of(name);
            PrintWriter out = parent.spec.commandLine().getOut();
            try (McpResponder mcp = options.connect(parent.servers(), parent.root().context().gateway().secrets())) {
                ToolLines words = ToolLines.current();
                for (ToolDefinition tool : mcp.tools()) out.println(tool.name() + "  " + tool.description() + "\n    " + words.text("mcp.parameters", tool.parameters()));
                if (mcp.tools().isEmpty()) out.println(words.text("mcp.noTools", name));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget an MCP server and the header values kept for it.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand McpCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            McpServerConfig config = parent.servers().find(name).orElseThrow(() -> new BadInputException(ToolLines.current().text("mcp.unknown", name)));
            SecretResolver secrets = parent.root().context().gateway().secrets();
            for (String header : config.headerNames()) secrets.storeSecret(config.secretAccount(header), null);
            parent.servers().remove(name);
            parent.spec.commandLine().getOut().println(ToolLines.current().text("mcp.removed", name));
            return 0;
        }
    }
}
