package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabText;
import dev.playground.engine.study.StudyContentException;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.study.StudyLanguage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground study labs}: the hands-on labs, by section, readable or as JSON. */
@Command(name = "labs", mixinStandardHelpOptions = true, description = "List the hands-on labs, all or one section's.")
final class StudyLabsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--section", paramLabel = "N", description = "Only the labs of exam section N (1-6).")
    Integer section;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or es (default: the system's language, Spanish when it is Spanish).")
    String lang;

    @Option(names = "--json", description = "Print a JSON array with both languages, what each lab opens and whether it needs a model.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StudyCommand.checkSection(section);
        List<Lab> labs = labs().labs().stream().filter(lab -> section == null || lab.section() == section).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(labs)));
            return ExitCodes.OK;
        }
        StudyLanguage language = StudyCommand.language(lang, Locale.getDefault());
        for (Lab lab : labs) {
            out.printf("%-32s section %d  %-9s %s%n", lab.id(), lab.section(), lab.needsModel() ? "model" : "offline", lab.text(language).title());
        }
        out.println(labs.size() + (language == StudyLanguage.ES ? " prácticas. Ábrelas con: playground study lab open ID" : " labs. Open one with: playground study lab open ID"));
        return ExitCodes.OK;
    }

    /** The labs shipped with the app; a broken set is reported in one line rather than a trace. */
    static StudyLabs labs() {
        try {
            return StudyLabs.load();
        } catch (StudyContentException e) {
            throw new IllegalStateException("the labs shipped with the app cannot be read: " + e.getMessage(), e);
        }
    }

    private static ArrayNode toJson(List<Lab> labs) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (Lab lab : labs) {
            ObjectNode node = array.addObject();
            node.put("id", lab.id());
            node.put("section", lab.section());
            node.put("topic", lab.topic());
            node.put("needsModel", lab.needsModel());
            lab.facts().forEach(node.putArray("facts")::add);
            ObjectNode opens = node.putObject("opens");
            opens.put("prompt", lab.opens().prompt());
            opens.put("collection", lab.opens().collection() == null ? "" : lab.opens().collection().name());
            text(node.putObject("en"), lab.en());
            text(node.putObject("es"), lab.es());
        }
        return array;
    }

    private static void text(ObjectNode node, LabText text) {
        node.put("title", text.title());
        node.put("goal", text.goal());
        text.steps().forEach(node.putArray("steps")::add);
        node.put("check", text.check());
    }
}
