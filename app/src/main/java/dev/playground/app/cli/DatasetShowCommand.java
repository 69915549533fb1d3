package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground dataset show NAME[/VERSION]}: one version with its rows. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a dataset version: NAME (latest) or NAME/2, with its rows.")
final class DatasetShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME[/VERSION]")
    String reference;

    @Option(names = "--json", description = "Print JSON: name, version, latestVersion, rowCount, commitMessage, author, source, createdAt,"
            + " inputNames and rows (inputs, expectedResponse, expectedFacts, guidelines, description, tags, metadata, assert, threshold).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DatasetService service = DatasetCommand.service(spec);
        DatasetVersion version = service.resolve(reference);
        int latest = service.versions(version.name()).stream().mapToInt(v -> v.version()).max().orElse(version.version());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CliJson.MAPPER.writeValueAsString(json(version, latest)));
            return ExitCodes.OK;
        }
        int rows = version.dataset().size();
        out.printf("%s version %d of %d: %d %s%n", version.name(), version.version(), latest, rows, rows == 1 ? "row" : "rows");
        out.printf("saved:    %s UTC by %s%s%n", DatasetCommand.WHEN.format(version.createdAt()), version.author(),
                version.source().isEmpty() ? "" : " from " + version.source());
        out.printf("message:  %s%n", version.commitMessage());
        out.printf("inputs:   %s%n", String.join(", ", version.dataset().inputNames()));
        int number = 0;
        for (DatasetRow row : version.dataset().rows()) {
            number++;
            out.printf("%n%d.%s%n", number, row.description().isEmpty() ? "" : " " + row.description());
            row.inputs().forEach((name, value) -> out.printf("   %s: %s%n", name, oneLine(value)));
            if (row.expectedResponse() != null) out.printf("   expected response: %s%n", oneLine(row.expectedResponse()));
            row.expectedFacts().forEach(fact -> out.printf("   expected fact: %s%n", oneLine(fact)));
            row.guidelines().forEach(rule -> out.printf("   guideline: %s%n", oneLine(rule)));
            row.assertions().forEach(check -> out.printf("   assert: %s%n", oneLine(check.get("type") + (check.containsKey("value") ? " " + check.get("value") : ""))));
            if (!row.tags().isEmpty()) out.printf("   tags: %s%n", row.tags());
        }
        return ExitCodes.OK;
    }

    private static String oneLine(Object value) {
        String text = String.valueOf(value).replace("\r\n", "\n").replace("\n", " ⏎ ");
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    private static ObjectNode json(DatasetVersion version, int latest) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("name", version.name());
        root.put("version", version.version());
        root.put("latestVersion", latest);
        root.put("rowCount", version.dataset().size());
        root.put("commitMessage", version.commitMessage());
        root.put("author", version.author());
        root.put("source", version.source());
        root.put("createdAt", version.createdAt().toString());
        root.set("inputNames", CliJson.MAPPER.valueToTree(version.dataset().inputNames()));
        ArrayNode rows = root.putArray("rows");
        for (DatasetRow row : version.dataset().rows()) {
            ObjectNode item = rows.addObject();
            item.set("inputs", CliJson.MAPPER.valueToTree(row.inputs()));
            if (row.expectedResponse() != null) item.put("expectedResponse", row.expectedResponse());
            item.set("expectedFacts", CliJson.MAPPER.valueToTree(row.expectedFacts()));
            item.set("guidelines", CliJson.MAPPER.valueToTree(row.guidelines()));
            if (!row.description().isEmpty()) item.put("description", row.description());
            item.set("tags", CliJson.MAPPER.valueToTree(row.tags()));
            item.set("metadata", CliJson.MAPPER.valueToTree(row.metadata()));
            item.set("assert", CliJson.MAPPER.valueToTree(row.assertions()));
            if (row.threshold() != null) item.put("threshold", row.threshold());
        }
        return root;
    }
}
