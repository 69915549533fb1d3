package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.local.GgufFile;
import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code playground models list|add|download|remove}: local GGUF chat models, the same as Settings > Models. A model
 * is a connection named {@code local-<file name without extension>} whose model is the file; downloads go to the
 * data folder's {@code models} folder.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Manage local models (GGUF chat models run inside the app): each one is a connection named local-NAME.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Add.class, DownloadCommand.class, ModelsCommand.Remove.class})
final class ModelsCommand {
    static final String PREFIX = "local-";

    @Spec CommandSpec spec;

    PlaygroundCommand root() {
        return (PlaygroundCommand) spec.root().userObject();
    }

    ConnectionService connections() {
        return root().context().connections();
    }

    /** The data folder's {@code models} folder, where downloads are saved. */
    Path modelsFolder() {
        return root().context().dataDir().resolve("models");
    }

    /** {@code local-<file name without extension>}. */
    static String connectionName(Path file) {
        return PREFIX + GgufFile.baseName(file);
    }

    /** Saves the connection for {@code file} (checked first); returns it. */
    static Connection addModel(ConnectionService connections, Path file, PrintWriter err) {
        GgufFile header = LocalModelFiles.check(file.toString(), err);
        String name = connectionName(header.path());
        return connections.add(name, ProviderKind.LOCAL, "", "", header.path().toString(), null);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List local models: the local connections and the files in the models folder.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            List<Row> rows = rows(parent.connections().all(), parent.modelsFolder());
            PrintWriter out = parent.spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = mapper.createArrayNode();
                for (Row r : rows) {
                    ObjectNode node = array.addObject().put("name", GgufFile.baseName(r.file())).put("path", r.file().toString());
                    if (r.connection() != null) node.put("connection", r.connection()); else node.putNull("connection");
                    if (r.header() != null) {
                        node.put("sizeBytes", r.header().sizeBytes()).put("architecture", r.header().architecture())
                                .put("contextLength", r.header().contextLength()).put("chatTemplate", r.header().hasChatTemplate());
                    }
                    if (r.problem() != null) node.put("problem", r.problem()); else node.putNull("problem");
                }
                out.println(mapper.writeValueAsString(array));
                return 0;
            }
            if (rows.isEmpty()) out.println("No local models. Add a GGUF file with: playground models add FILE");
            for (Row r : rows) {
                String what = r.header() == null ? r.problem()
                        : r.header().architecture() + ", " + String.format(Locale.ROOT, "%.1f MB", r.header().sizeBytes() / 1048576.0)
                        + ", context " + r.header().contextLength();
                out.println((r.connection() == null ? "(no connection) " : r.connection() + "  ") + r.file() + "  " + what);
            }
            return 0;
        }

        record Row(Path file, String connection, GgufFile header, String problem) {}

        static List<Row> rows(List<Connection> connections, Path folder) throws IOException {
            List<Row> rows = new ArrayList<>();
            List<Path> seen = new ArrayList<>();
            for (Connection c : connections) {
                if (c.kind() != ProviderKind.LOCAL) continue;
                Path file = Path.of(c.defaultModel()).toAbsolutePath().normalize();
                seen.add(file);
                rows.add(row(file, c.name()));
            }
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gguf")).sorted().toList()) {
                        Path file = f.toAbsolutePath().normalize();
                        if (!seen.contains(file)) rows.add(row(file, null));
                    }
                }
            }
            return rows;
        }

        private static Row row(Path file, String connection) {
            try {
                return new Row(file, connection, GgufFile.read(file), null);
            } catch (LocalModelException e) {
                return new Row(file, connection, null, e.getMessage());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a GGUF chat model from disk (the file stays where it is) as the connection local-NAME.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "A .gguf chat model file.")
        Path file;

        @Override
        public Integer call() {
            Connection saved = addModel(parent.connections(), file, parent.spec.commandLine().getErr());
            parent.spec.commandLine().getOut().println("Added " + saved.defaultModel() + " as connection '" + saved.name()
                    + "'. Run a prompt with: playground run PROMPT --connection " + saved.name());
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a local model's connection; a file downloaded into "
            + "the models folder is deleted too, a file added from elsewhere is left on disk.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "The model's name or its connection's (local-NAME).")
        String name;

        @Override
        public Integer call() throws IOException {
            ConnectionService connections = parent.connections();
            String connection = connections.find(name).isPresent() ? name : PREFIX + name;
            Connection found = connections.find(connection).filter(c -> c.kind() == ProviderKind.LOCAL)
                    .orElseThrow(() -> new BadInputException("No local model named '" + name + "'. See: playground models list"));
            connections.remove(found.id());
            Path file = Path.of(found.defaultModel()).toAbsolutePath().normalize();
            PrintWriter out = parent.spec.commandLine().getOut();
            if (file.startsWith(parent.modelsFolder().toAbsolutePath().normalize()) && Files.deleteIfExists(file)) {
                out.println("Removed connection '" + found.name() + "' and deleted " + file + ".");
            } else {
                out.println("Removed connection '" + found.name() + "'; the file " + file + " is left where it is.");
            }
            return 0;
        }
    }
}
