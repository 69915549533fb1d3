package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.local.ModelLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code playground models list|add|download|remove}: local models through {@link ModelLibrary}, the same service
 * Settings > Models calls. A chat model is a connection named {@code local-<file name without extension>} whose model
 * is the file; downloads go to the data folder's {@code models} folder.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Manage local models (GGUF chat models run inside the app, ONNX embedding models): each chat model is a connection named local-NAME.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Add.class, DownloadCommand.class, ModelsCommand.Remove.class})
final class ModelsCommand {
    @Spec CommandSpec spec;

    PlaygroundCommand root() {
        return (PlaygroundCommand) spec.root().userObject();
    }

    ModelLibrary library() {
        return root().context().modelLibrary();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List local models: the local connections and the model files in the models folder.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Option(names = "--json", description = "Print a JSON array instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<ModelLibrary.Entry> rows = parent.library().list();
            PrintWriter out = parent.spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = mapper.createArrayNode();
                for (ModelLibrary.Entry r : rows) {
                    ObjectNode node = array.addObject().put("name", r.name()).put("kind", r.kind().name().toLowerCase(Locale.ROOT))
                            .put("path", r.file().toString()).put("sizeBytes", r.sizeBytes());
                    if (r.connection() != null) node.put("connection", r.connection()); else node.putNull("connection");
                    if (r.header() != null) {
                        node.put("architecture", r.header().architecture()).put("contextLength", r.header().contextLength())
                                .put("chatTemplate", r.header().hasChatTemplate());
                    }
                    if (r.problem() != null) node.put("problem", r.problem()); else node.putNull("problem");
                }
                out.println(mapper.writeValueAsString(array));
                return 0;
            }
            if (rows.isEmpty()) out.println("No local models. Add a GGUF file with: playground models add FILE");
            for (ModelLibrary.Entry r : rows) {
                String what = r.problem() != null ? r.problem()
                        : r.header() == null ? "embedding model, " + mb(r.sizeBytes())
                        : r.header().architecture() + ", " + mb(r.sizeBytes()) + ", context " + r.header().contextLength();
                out.println((r.connection() == null ? "(no connection) " : r.connection() + "  ") + r.file() + "  " + what);
            }
            return 0;
        }

        private static String mb(long bytes) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a model from disk: a GGUF chat model (the file stays where it is) becomes the connection local-NAME; "
                    + "an ONNX embedding model is copied into the models folder.")
    static final class Add implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "A .gguf chat model or a .onnx embedding model.")
        Path file;

        @Override
        public Integer call() {
            ModelLibrary.Added added;
            try {
                added = parent.library().add(file);
            } catch (LocalModelException e) {
                throw new BadInputException(e.getMessage());
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            added.memoryWarning().ifPresent(w -> parent.spec.commandLine().getErr().println("Warning: " + w));
            if (added.entry().connection() == null) {
                out.println("Added the embedding model " + added.entry().file() + ".");
            } else {
                out.println("Added " + added.entry().file() + " as connection '" + added.entry().connection()
                        + "'. Run a prompt with: playground run PROMPT --connection " + added.entry().connection());
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a local model and its connection; a file downloaded into "
            + "the models folder is deleted too, a file added from elsewhere is left on disk.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "The model's name or its connection's (local-NAME).")
        String name;

        @Override
        public Integer call() {
            ModelLibrary.Removed removed;
            try {
                removed = parent.library().remove(name);
            } catch (LocalModelException e) {
                throw new BadInputException(e.getMessage());
            }
            String what = removed.connection() == null ? "the model '" + removed.name() + "'" : "connection '" + removed.connection() + "'";
            PrintWriter out = parent.spec.commandLine().getOut();
            if (removed.deleted()) out.println("Removed " + what + " and deleted " + removed.file() + ".");
            else out.println("Removed " + what + "; the file " + removed.file() + " is left where it is.");
            return 0;
        }
    }
}
