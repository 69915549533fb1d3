package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.app.AppContext;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground dataset …}: datasets with immutable versions, in the same store as the window. */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Import, list, show, export and generate datasets (rows of inputs and expectations).",
        subcommands = {DatasetCommand.Import.class, DatasetCommand.ListDatasets.class, DatasetShowCommand.class, DatasetCommand.Export.class,
                DatasetGenerateCommand.class})
final class DatasetCommand {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private DatasetCommand() {}

    static DatasetService service(CommandSpec spec) {
        return new DatasetService(PromptCommand.root(spec).context().store().datasets());
    }

    static void printNotes(CommandSpec spec, List<String> notes) {
        PrintWriter err = spec.commandLine().getErr();
        notes.forEach(note -> err.println("note: " + note + "."));
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Save FILE as the next version of dataset NAME: .csv, .jsonl, .json (MLflow evaluation records) or .yaml (promptfoo tests"
                    + " or a promptfoo config's tests). A broken row refuses the whole file (exit 2).")
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = {"--name", "-n"}, required = true, paramLabel = "NAME", description = "Dataset name: letters (any language), digits, _ . - (not starting with .)")
        String name;

        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "What this version is (default: imported from FILE).")
        String message;

        @Override
        public Integer call() throws BundleFileException {
            DatasetService.Imported imported = service(spec).importFile(file, name, message, AppContext.author());
            printNotes(spec, imported.warnings());
            var version = imported.version();
            int rows = version.dataset().size();
            spec.commandLine().getOut().println(imported.alreadyStored()
                    ? version.reference() + " already holds these " + rows + (rows == 1 ? " row" : " rows") + "; nothing new was saved."
                    : "Saved " + rows + (rows == 1 ? " row" : " rows") + " from " + file.getFileName() + " as " + version.reference() + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List datasets with their latest version and row count.")
    static final class ListDatasets implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array: name, latestVersion, rowCount, updatedAt.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<DatasetSummary> datasets = service(spec).list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode array = CliJson.MAPPER.createArrayNode();
                for (DatasetSummary d : datasets) {
                    ObjectNode item = array.addObject();
                    item.put("name", d.name());
                    item.put("latestVersion", d.latestVersion());
                    item.put("rowCount", d.rowCount());
                    item.put("updatedAt", d.updatedAt().toString());
                }
                out.println(CliJson.MAPPER.writeValueAsString(array));
                return ExitCodes.OK;
            }
            if (datasets.isEmpty()) {
                out.println("No datasets. Import one with: playground dataset import FILE --name NAME");
                return ExitCodes.OK;
            }
            out.printf("%-40s %8s %8s  %s%n", "NAME", "VERSION", "ROWS", "UPDATED (UTC)");
            for (DatasetSummary d : datasets) out.printf("%-40s %8d %8d  %s%n", d.name(), d.latestVersion(), d.rowCount(), WHEN.format(d.updatedAt()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a dataset version to FILE; the extension picks the format: .csv, .jsonl, .json (MLflow evaluation records), .yaml (promptfoo tests).")
    static final class Export implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME[/VERSION]")
        String reference;

        @Option(names = {"--output", "--out", "-o"}, required = true, paramLabel = "FILE", description = "File to write (replaced whole if it exists).")
        Path output;

        @Override
        public Integer call() throws BundleFileException {
            DatasetService.Exported exported = service(spec).export(reference, output);
            printNotes(spec, exported.notes());
            int rows = exported.version().dataset().size();
            spec.commandLine().getOut().println("Wrote " + exported.version().reference() + " (" + rows + (rows == 1 ? " row" : " rows") + ") to " + output + ".");
            return ExitCodes.OK;
        }
    }
}
