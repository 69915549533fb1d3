package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.app.study.AppLabWorkbench;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabCheck;
import dev.playground.engine.study.LabFinding;
import dev.playground.engine.study.LabResult;
import dev.playground.engine.study.LabSubmission;
import dev.playground.engine.study.StudyLabs;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground study lab check ID}: the app checks a lab, as the study window's Check button does. Exit 0 when it
 * passes, 1 when an assertion fails (each finding says why), 2 for bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a lab: run its suite on your prompt (or the starter, or the version its alias points at), search its "
                + "collection, read the run log, compare your answers. Exit 0 when it passes, 1 when it does not.")
final class StudyLabCheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Option(names = "--prompt", paramLabel = "PROMPT", description = "Your version: a prompt file or a saved version (NAME, NAME/3, NAME@alias). "
            + "Default: the lab's starter.")
    String prompt;

    @Option(names = "--collection", paramLabel = "NAME", description = "The collection you worked on (default: the lab's own).")
    String collection;

    @Option(names = "--answer", paramLabel = "NAME=VALUE", description = "Your answer to one of the lab's questions; repeat for each.")
    Map<String, String> answers = new LinkedHashMap<>();

    @Mixin ConnectionOptions target;

    @Option(names = "--model", paramLabel = "M", description = "Model for the lab's runs and its judge (default: the prompt's, else the connection's).")
    String model;

    @Option(names = "--json", description = "Print one JSON object: labId, passed and every finding.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        StudyLabs labs = StudyLabsCommand.labs();
        Lab lab = StudyLabCommand.find(labs, id);
        PromptDocument own = prompt == null ? null : RunTarget.resolve(prompt, () -> root.context().store()).document();
        Connection connection = null;
        if (lab.check().callsModel()) {
            String chosen = model == null ? "" : model.strip();
            connection = target.resolve(root.context().connections(), chosen, own == null ? "" : own.connectionId());
        }
        PrintWriter err = spec.commandLine().getErr();
        AppLabWorkbench workbench = new AppLabWorkbench(root.context(), connection, model, StudyLabCommand.progress(err));
        LabResult result = new LabCheck(labs, workbench).check(lab, new LabSubmission(own, collection, answers));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(result));
        } else {
            for (LabFinding finding : result.findings()) out.println((finding.passed() ? "  ok    " : "  FAIL  ") + finding.label() + ": " + finding.detail());
            out.println(result.passed() ? "PASS " + lab.id() : "FAIL " + lab.id() + " (" + result.failures() + " of " + result.findings().size() + " checks failed)");
        }
        return result.passed() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String json(LabResult result) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = mapper.createObjectNode();
        node.put("labId", result.labId());
        node.put("passed", result.passed());
        var findings = node.putArray("findings");
        for (LabFinding finding : result.findings()) {
            findings.addObject().put("label", finding.label()).put("passed", finding.passed()).put("detail", finding.detail());
        }
        return mapper.writeValueAsString(node);
    }
}
