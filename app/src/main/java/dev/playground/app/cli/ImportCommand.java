package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.FileReport;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.ParsedImport;
import dev.playground.engine.bundle.PromptImportReader;
import dev.playground.store.ImportChange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground import PATH}: a bundle folder or zip, a .prompty, a promptfooconfig.yaml, an
 * MLflow prompt.json or a Langfuse prompt JSON. Prints a report per file and what will change. Files that are
 * refused are left out and the rest is imported (exit 1 says some were refused); {@code --all-or-nothing} imports
 * nothing when any file is refused.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import prompts from a bundle folder or .zip, a .prompty, a promptfoo config, an MLflow prompt.json or export folder,"
                + " a Langfuse JSON, a LangChain prompt (JSON or YAML), a Dotprompt .prompt or a Semantic Kernel prompt. Prints per file what was"
                + " kept as-is, approximated or dropped.")
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH")
    Path path;

    @Option(names = "--dry-run", description = "Only show what would be created or changed.")
    boolean dryRun;

    @Option(names = "--all-or-nothing", description = "Import nothing when any file is refused (default: import the files that can be read).")
    boolean allOrNothing;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResourceBundle words = ResourceBundle.getBundle("dev.playground.app.cli.import", Locale.getDefault(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ParsedImport parsed;
        try {
            parsed = new PromptImportReader(ImportLimits.DEFAULT).read(path);
        } catch (BundleFileException e) {
            throw new BadInputException(e.getMessage());
        }
        for (FileReport report : parsed.reports()) {
            String label = switch (report.status()) {
                case READ -> "read   ";
                case SKIPPED -> "skipped";
                case REFUSED -> "REFUSED";
            };
            out.printf("%s %s (%s)%n", label, report.path(), report.format());
            if (report.status() == FileReport.Status.READ) {
                report.notesByKind().forEach((kind, notes) -> notes.forEach(note -> out.println("        " + words.getString("kind." + kind) + ": " + note)));
            } else {
                report.messages().forEach(message -> out.println("        " + message));
            }
        }
        out.println(summary(parsed.reports(), words));
        int refused = parsed.refusals().size();
        if (refused > 0 && allOrNothing) {
            spec.commandLine().getErr().println("error: nothing was imported: " + refused + " file(s) were refused (see above)"
                    + " and --all-or-nothing was given. Fix or remove them and import again.");
            return ExitCodes.FAILED;
        }
        var bundles = PromptCommand.root(spec).context().store().bundles();
        try {
            List<ImportChange> changes = dryRun ? bundles.preview(parsed.prompts()) : bundles.apply(parsed.prompts(), AppContext.author());
            List<String> suites = dryRun ? parsed.suites().stream().map(s -> s.name()).toList() : bundles.keepSuites(parsed.suites());
            out.println(dryRun ? "Would change:" : "Imported:");
            changes.forEach(change -> out.println("  " + change.describe()));
            suites.forEach(name -> out.println("  suite " + name + ": kept as written (an export writes it back)"));
            if (changes.isEmpty() && suites.isEmpty()) out.println("  nothing: everything is already in the store.");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Nothing was imported: " + e.getMessage());
        }
        if (refused > 0) {
            spec.commandLine().getErr().println("error: " + refused + " file(s) were refused (see above); "
                    + (dryRun ? "the others would be imported." : "the others were imported.") + " Fix them and import them again.");
            return ExitCodes.FAILED;
        }
        return 0;
    }

    /** One line that counts files by outcome and the notes of the files read by kind, so nothing is dropped without a word. */
    static String summary(List<FileReport> reports, ResourceBundle words) {
        long read = reports.stream().filter(r -> r.status() == FileReport.Status.READ).count();
        long skipped = reports.stream().filter(r -> r.status() == FileReport.Status.SKIPPED).count();
        long refused = reports.stream().filter(FileReport::refused).count();
        Map<FileReport.NoteKind, Integer> counts = new EnumMap<>(FileReport.NoteKind.class);
        reports.forEach(r -> r.notesByKind().forEach((kind, notes) -> counts.merge(kind, notes.size(), Integer::sum)));
        return String.format(Locale.ROOT, words.getString("summary"), read, skipped, refused, counts.getOrDefault(FileReport.NoteKind.KEPT, 0),
                counts.getOrDefault(FileReport.NoteKind.APPROXIMATED, 0), counts.getOrDefault(FileReport.NoteKind.DROPPED, 0));
    }
}
