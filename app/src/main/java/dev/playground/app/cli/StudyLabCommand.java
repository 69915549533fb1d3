package dev.playground.app.cli;

import dev.playground.app.study.AppLabWorkbench;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabText;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.study.StudyLanguage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground study lab show|open|check ID}: one hands-on lab. */
@Command(name = "lab", mixinStandardHelpOptions = true, description = "Show, open or check one hands-on lab.",
        subcommands = {StudyLabCommand.Show.class, StudyLabCommand.Open.class, StudyLabCheckCommand.class})
final class StudyLabCommand {
    private StudyLabCommand() {}

    static Lab find(StudyLabs labs, String id) {
        return labs.lab(id).orElseThrow(() -> new BadInputException("There is no lab '" + id + "'; see the list with: playground study labs"));
    }

    static void print(PrintWriter out, Lab lab, StudyLanguage language) {
        LabText text = lab.text(language);
        boolean es = language == StudyLanguage.ES;
        out.println(lab.id() + " · " + text.title());
        out.println((es ? "Objetivo: " : "Goal: ") + text.goal());
        out.println(lab.needsModel() ? (es ? "Necesita un modelo (cualquier conexión, también local)." : "Needs a model (any connection, a local one too).")
                : (es ? "Sin modelo: funciona sin conexión." : "No model needed: works offline."));
        for (int i = 0; i < text.steps().size(); i++) out.println("  " + (i + 1) + ". " + text.steps().get(i));
        out.println((es ? "Qué comprueba la app: " : "What the app checks: ") + text.check());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a lab's goal, steps and what the app checks.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--lang", paramLabel = "LANG", description = "en or es (default: the system's language).")
        String lang;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), find(StudyLabsCommand.labs(), id), StudyCommand.language(lang, Locale.getDefault()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Open a lab: write its starter prompt into a folder, make its handbook collection (indexed the first time), "
                    + "and print the steps.")
    static final class Open implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the starter prompt (default: the current folder).")
        Path dir = Path.of(".");

        @Option(names = "--force", description = "Replace a starter file already in the folder (your edits to it are lost).")
        boolean force;

        @Option(names = "--lang", paramLabel = "LANG", description = "en or es (default: the system's language).")
        String lang;

        @Override
        public Integer call() throws Exception {
            PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
            PrintWriter out = spec.commandLine().getOut();
            StudyLabs labs = StudyLabsCommand.labs();
            Lab lab = find(labs, id);
            StudyLanguage language = StudyCommand.language(lang, Locale.getDefault());
            print(out, lab, language);
            if (lab.opens().hasPrompt()) out.println((language == StudyLanguage.ES ? "Prompt inicial: " : "Starter prompt: ") + writeStarter(labs, lab));
            if (lab.opens().collection() != null) {
                PrintWriter err = spec.commandLine().getErr();
                var collection = new AppLabWorkbench(root.context(), null, "", progress(err)).collection(lab.opens().collection());
                out.println((language == StudyLanguage.ES ? "Colección: " : "Collection: ") + collection.name() + " ("
                        + collection.stats().chunks() + " chunks, " + collection.settings().chunking().signature() + ")");
            }
            return ExitCodes.OK;
        }

        private Path writeStarter(StudyLabs labs, Lab lab) throws Exception {
            String text = labs.starterText(lab).orElseThrow();
            Path target = dir.resolve(Path.of(lab.opens().prompt()).getFileName().toString());
            if (Files.exists(target) && !force) {
                if (Files.readString(target).equals(text)) return target;
                throw new BadInputException(target + " already exists and differs from the starter (your own edits?). Keep it, or use --force to "
                        + "replace it, or --dir to write elsewhere.");
            }
            try {
                Files.createDirectories(dir);
                Files.writeString(target, text);
            } catch (IOException e) {
                throw new BadInputException("Cannot write the starter into " + dir + ": " + e.getMessage());
            }
            return target;
        }
    }

    /** Indexing progress on standard error, once per tenth of each phase. */
    static IndexProgress progress(PrintWriter err) {
        int[] last = {-1, -1};
        return (phase, done, total, current) -> {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (phase.ordinal() == last[0] && tenth == last[1]) return;
            last[0] = phase.ordinal();
            last[1] = tenth;
            err.printf("%s the handbook %d/%d%n", phase == IndexProgress.Phase.READING ? "reading" : "embedding", done, total);
        };
    }
}
