package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.connections.KeySource;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.local.GgufFile;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway.ConnectionCheck;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code playground connections add|list|test|remove}: the saved connections of Settings > Connections. */
@Command(name = "connections", mixinStandardHelpOptions = true,
        description = "Manage saved connections: the same ones as Settings > Connections, used by run and compare with --connection NAME.",
        subcommands = {ConnectionsCommand.Add.class, ConnectionsCommand.ListConnections.class, ConnectionsCommand.Test.class,
                ConnectionsCommand.Remove.class})
final class ConnectionsCommand {
    @Spec CommandSpec spec;

    ConnectionService service() {
        return ((PlaygroundCommand) spec.root().userObject()).context().connections();
    }

    static String keyDescription(ConnectionService service, Connection connection) {
        return switch (service.keySource(connection)) {
            case ENVIRONMENT -> "key from $" + connection.apiKeyEnv();
            case STORED -> "key stored (" + service.keyStoreDescription() + ")";
            case NONE -> connection.apiKeyEnv().isEmpty() ? "no key" : "no key ($" + connection.apiKeyEnv() + " is not set)";
        };
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Save a connection. A key read from standard input goes to the "
            + "system keychain (or the encrypted key file); --api-key-env saves only the variable's name.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ConnectionsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "The connection's name, as --connection NAME and the window show it.")
        String name;

        @Option(names = "--provider", paramLabel = "KIND", defaultValue = "openai-compatible",
                description = "openai-compatible (default), openai, anthropic, gemini, ollama, databricks, local (a GGUF file given "
                        + "with --model FILE, run inside the app), or dry-run.")
        String provider;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Server base URL. Required for openai-compatible; the others default to the provider's public API.")
        String baseUrl;

        @Option(names = "--model", paramLabel = "M", description = "The connection's default model.")
        String model;

        @Option(names = "--guard", paramLabel = "RAIL=ACTION,…",
                description = "Guardrails for every call through this connection, e.g. pii=mask,injection=block (actions flag, mask, block); "
                        + "run and compare --guard override them.")
        String guard;

        @ArgGroup(exclusive = true)
        KeyChoice key;

        static final class KeyChoice {
            @Option(names = "--api-key-stdin", description = "Read the API key from standard input and store it (never shown again).")
            boolean stdin;

            @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable that holds the key (only its name is saved).")
            String env;
        }

        @Override
        public Integer call() throws IOException {
            ProviderKind kind = kind(provider);
            GuardPolicy guardPolicy = GuardOption.parse(guard);
            String typedKey = key != null && key.stdin ? readKey() : null;
            // With a key of its own, no variable: a set $OPENAI_API_KEY would otherwise win over the stored key.
            String env = key != null && key.env != null ? key.env : typedKey != null || !kind.keyRequired() ? "" : kind.keyVariable();
            ConnectionService service = parent.service();
            PrintWriter out = parent.spec.commandLine().getOut();
            if (kind == ProviderKind.LOCAL) {
                GgufFile file = LocalModelFiles.check(model, parent.spec.commandLine().getErr());
                Connection saved = service.add(name, kind, "", "", file.path().toString(), null);
                if (!guardPolicy.isEmpty()) service.setGuardPolicy(saved, guardPolicy);
                out.println("Saved connection '" + saved.name() + "' (local, " + file.path() + ").");
                return 0;
            }
            Connection saved = service.add(name, kind, baseUrl, env, model, typedKey);
            if (!guardPolicy.isEmpty()) service.setGuardPolicy(saved, guardPolicy);
            out.println("Saved connection '" + saved.name() + "' (" + kind.cliName() + (saved.baseUrl().isEmpty() ? "" : ", " + saved.baseUrl())
                    + "); " + keyDescription(service, saved) + (guardPolicy.isEmpty() ? "" : "; guardrails " + guardPolicy) + ".");
            return 0;
        }

        private String readKey() throws IOException {
            String text = new String(((PlaygroundCommand) parent.spec.root().userObject()).stdin().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) throw new BadInputException("--api-key-stdin read nothing: pipe the key in, e.g. printenv MY_KEY | playground connections add ...");
            if (text.contains("\n") || text.contains(" ")) throw new BadInputException("The key read from standard input has spaces or several lines; give the key alone.");
            return text;
        }
    }

    /** The kinds the command line accepts. */
    static ProviderKind kind(String name) {
        try {
            return ProviderKind.fromCliName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved connections and where each one's key comes from.")
    static final class ListConnections implements Callable<Integer> {
        @ParentCommand ConnectionsCommand parent;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            ConnectionService service = parent.service();
            List<Connection> all = service.all();
            PrintWriter out = parent.spec.commandLine().getOut();
            if (json) {
                out.println(toJson(service, all));
                return 0;
            }
            if (all.isEmpty()) out.println("No saved connections. Add one with: playground connections add NAME --provider KIND ...");
            for (Connection c : all) {
                out.println(c.name() + "  [" + c.kind().cliName() + "]  " + (c.baseUrl().isEmpty() ? c.kind().defaultBaseUrl() : c.baseUrl())
                        + (c.defaultModel().isEmpty() ? "" : "  model " + c.defaultModel()) + "  " + keyDescription(service, c)
                        + (service.guardPolicy(c).isEmpty() ? "" : "  guardrails " + service.guardPolicy(c)));
            }
            return 0;
        }

        private static String toJson(ConnectionService service, List<Connection> all) throws IOException {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (Connection c : all) {
                ObjectNode node = array.addObject().put("name", c.name()).put("id", c.id()).put("provider", c.kind().cliName())
                        .put("baseUrl", c.baseUrl()).put("model", c.defaultModel()).put("apiKeyEnv", c.apiKeyEnv())
                        .put("key", service.keySource(c).jsonName());
                GatewayPolicy policy = service.policy(c);
                node.putObject("policy").put("connectTimeoutMs", policy.connectTimeout().toMillis())
                        .put("firstTokenTimeoutMs", policy.firstTokenTimeout().toMillis()).put("totalTimeoutMs", policy.totalTimeout().toMillis())
                        .put("retries", policy.maxRetries()).put("maxConcurrent", policy.maxConcurrent())
                        .put("requestsPerMinute", policy.requestsPerMinute()).put("cacheResponses", policy.cacheResponses());
                ObjectNode guardrails = node.putObject("guardrails");
                service.guardPolicy(c).actions().forEach((rail, action) -> guardrails.put(rail, action.cliName()));
            }
            return mapper.writeValueAsString(array);
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Ask the server for its models, as Test connection does in Settings.")
    static final class Test implements Callable<Integer> {
        @ParentCommand ConnectionsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            ConnectionService service = parent.service();
            Connection connection = service.use(name);
            ConnectionCheck check;
            try {
                check = service.test(connection);
            } catch (ProviderException e) {
                throw new ProviderException(e.kind(), "'" + connection.name() + "' did not answer as expected: " + e.getMessage());
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println("'" + connection.name() + "' answered in " + check.latency().toMillis() + " ms with " + check.models().size()
                    + (check.models().size() == 1 ? " model" : " models") + (check.models().isEmpty() ? "." : ":"));
            check.models().forEach(m -> out.println("  " + m));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a saved connection, its settings and its stored key.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand ConnectionsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Connection removed = parent.service().remove(name);
            parent.spec.commandLine().getOut().println("Removed connection '" + removed.name() + "'.");
            return 0;
        }
    }
}
